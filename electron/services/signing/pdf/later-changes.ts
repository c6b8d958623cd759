import { PdfDocument } from '../../pdf-reader/pdf-document';
import { PdfDict, PdfRef, isName, sameValue, type PdfValue } from '../../pdf-reader/pdf-values';
import type { Revision } from './revisions';

/**
 * Judges an incremental update against the revision before it: does it only add a signature, or does it change
 * what the earlier signatures showed? New objects are free to add (nothing old refers to them; the rules below
 * decide which old objects may start referring to new ones). Existing objects may be redefined only where a
 * signature needs it:
 * - the catalog, in its /AcroForm alone;
 * - the AcroForm, in /Fields (earlier fields kept, in order, followed by signature fields) and /SigFlags;
 * - a page, in /Annots alone (earlier annotations kept, followed by signature widgets);
 * - an indirect /Annots or /Fields array, under the same rule;
 * - an empty signature field, by filling in its value and appearance.
 * Anything else — a content stream, the document information, a freed object, a new trailer /Root — is another
 * change.
 */

export type RevisionChange = 'signatures' | 'other';

const onlyKeysDiffer = (before: PdfDict, after: PdfDict, allowed: string[]) => {
  const keys = new Set([...before.entries.keys(), ...after.entries.keys()]);
  return [...keys].every((key) => allowed.includes(key) || sameValue(before.get(key), after.get(key)));
};

function isSignatureField(doc: PdfDocument, value: PdfValue): boolean {
  const field = doc.dict(value);
  return field !== null && isName(field.get('FT'), 'Sig');
}

function isSignatureWidget(doc: PdfDocument, value: PdfValue): boolean {
  const widget = doc.dict(value);
  if (!widget || !isName(widget.get('Subtype'), 'Widget')) return false;
  return isName(widget.get('FT'), 'Sig') || isSignatureField(doc, widget.get('Parent') ?? null);
}

/** The new list keeps the old one as its beginning and adds only accepted items. */
function appendsOnly(before: PdfValue[], after: PdfValue[], accept: (item: PdfValue) => boolean): boolean {
  if (after.length < before.length) return false;
  if (!before.every((item, index) => sameValue(item, after[index]))) return false;
  return after.slice(before.length).every((item) => item instanceof PdfRef && accept(item));
}

function acroFormChangeAllowed(before: PdfDocument, after: PdfDocument, oldForm: PdfDict | null, newForm: PdfDict | null): boolean {
  if (!newForm) return oldForm === null;
  if (!onlyKeysDiffer(oldForm ?? new PdfDict(), newForm, ['Fields', 'SigFlags'])) return false;
  const oldFields = before.array(oldForm?.get('Fields')) ?? [];
  const newFields = after.array(newForm.get('Fields')) ?? [];
  return appendsOnly(oldFields, newFields, (item) => isSignatureField(after, item));
}

const refersTo = (value: PdfValue | undefined, num: number) => value instanceof PdfRef && value.num === num;

function redefinitionAllowed(num: number, before: PdfDocument, after: PdfDocument): boolean {
  const old = before.object(num);
  const current = after.object(num);
  if (!old || !current || old.streamStart !== null || current.streamStart !== null) return false;
  if (sameValue(old.value, current.value)) return true;

  const catalog = before.catalog();
  const oldForm = before.dict(catalog.get('AcroForm'));
  if (old.value instanceof PdfDict && current.value instanceof PdfDict) {
    const [was, now] = [old.value, current.value];
    if (num === before.catalogRef().num) {
      return onlyKeysDiffer(was, now, ['AcroForm']) && acroFormChangeAllowed(before, after, oldForm, after.dict(now.get('AcroForm')));
    }
    if (refersTo(catalog.get('AcroForm'), num)) return acroFormChangeAllowed(before, after, was, now);
    if (isName(was.get('Type'), 'Page')) {
      if (!onlyKeysDiffer(was, now, ['Annots'])) return false;
      return appendsOnly(before.array(was.get('Annots')) ?? [], after.array(now.get('Annots')) ?? [], (item) => isSignatureWidget(after, item));
    }
    if (isName(was.get('FT'), 'Sig') && !was.has('V')) return onlyKeysDiffer(was, now, ['V', 'AP']);
    return false;
  }
  if (Array.isArray(old.value) && Array.isArray(current.value)) {
    if (refersTo(oldForm?.get('Fields'), num)) return appendsOnly(old.value, current.value, (item) => isSignatureField(after, item));
    const isAnnotsOfAPage = before.pages().some((page) => refersTo(before.dict(page)?.get('Annots'), num));
    if (isAnnotsOfAPage) return appendsOnly(old.value, current.value, (item) => isSignatureWidget(after, item));
  }
  return false;
}

/** What the revision `next` changed against `previous`; anything unreadable counts as another change. */
export function revisionChange(pdf: Buffer, previous: Revision, next: Revision): RevisionChange {
  try {
    const before = PdfDocument.open(pdf, previous.startxref);
    const after = PdfDocument.open(pdf, next.startxref);
    const section = after.sections[0];
    // The update must link back to the revision before it and lie in its own bytes.
    if (!section || section.at < previous.end || section.at >= next.eofEnd || after.sections[1]?.at !== before.sections[0]?.at) return 'other';
    if (!sameValue(after.trailer.get('Root'), before.trailer.get('Root')) || !sameValue(after.trailer.get('Info'), before.trailer.get('Info'))) {
      return 'other';
    }
    const previousSize = before.size;
    for (const [num, entry] of section.entries) {
      const old = before.entries.get(num);
      if (old && old.free === entry.free && old.offset === entry.offset && old.gen === entry.gen) continue;
      if (entry.free) return 'other';
      if (!old || old.free) {
        // A number below the old /Size could be one an earlier object already refers to.
        if (num < previousSize) return 'other';
        continue;
      }
      if (!redefinitionAllowed(num, before, after)) return 'other';
    }
    return 'signatures';
  } catch {
    return 'other';
  }
}
