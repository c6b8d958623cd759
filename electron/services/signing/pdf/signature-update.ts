import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { SignerRole } from '../../../../shared/ipc/contract';
import { AppFailure } from '../../../../shared/domain/result';
import { resourcesDir } from '../../paths';
import { loadReportFonts } from '../../report/fonts';
import { PdfDocument } from '../../pdf-reader/pdf-document';
import { PdfDict, PdfRaw, PdfRef, dict, isName, name, ref, textOf, textString, type PdfValue } from '../../pdf-reader/pdf-values';
import type { PdfSignatureOptions } from '../signing-types';
import { outlineFont } from './glyph-outlines';
import { appendUpdate, type UpdatedObject } from './incremental-update';
import { signatureBlockContent } from './signature-appearance';
import { placeSignature, type Rect } from './signature-placement';

/**
 * Builds the incremental update that carries one signature: the signature dictionary with a zero-filled /Contents,
 * the signature field (merged with its widget annotation), the widget's appearance, and the page and AcroForm that
 * now list them. The /ByteRange is filled in once the update's layout is known; the CMS goes in afterwards.
 */

export interface PreparedSignature {
  pdf: Buffer;
  byteRange: [number, number, number, number];
  /** The parts of `pdf` the signature covers, in order. */
  signedParts: Buffer[];
  /** Room for the DER signature, in bytes. */
  capacity: number;
}

export const FIELD_NAMES: Record<SignerRole, string> = { assessor: 'Assessor signature', approver: 'Approver signature' };
/** Annotation flags Print (4) and Locked (128): printed, and not to be moved or deleted in a viewer. */
const PRINT_LOCKED = 132;
const BYTE_RANGE_PLACEHOLDER = `[0 ${'*'.repeat(10)} ${'*'.repeat(10)} ${'*'.repeat(10)}]`;

const pad = (value: number) => String(value).padStart(2, '0');

/** A PDF date (§7.9.4) in UTC. */
export function pdfDate(time: Date): string {
  return `D:${time.getUTCFullYear()}${pad(time.getUTCMonth() + 1)}${pad(time.getUTCDate())}${pad(time.getUTCHours())}${pad(time.getUTCMinutes())}${pad(time.getUTCSeconds())}Z`;
}

function existingFieldNames(doc: PdfDocument, fields: PdfValue[]): Set<string> {
  const names = new Set<string>();
  for (const field of fields) {
    const title = textOf(doc.dict(field)?.get('T'));
    if (title !== null) names.add(title);
  }
  return names;
}

function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let counter = 2; ; counter++) if (!taken.has(`${base} ${counter}`)) return `${base} ${counter}`;
}

function blockFonts() {
  const fonts = loadReportFonts(join(resourcesDir(), 'fonts'));
  return { regular: outlineFont(fonts.sans), bold: outlineFont(fonts.sansBold) };
}

/** An identity without an organisation gets no empty "Organisation:" line. */
function blockLines({ identity, labels, reason }: PdfSignatureOptions): string[] {
  const organisation = identity.info.organisation.trim();
  return [
    `${labels.signedBy} ${identity.info.name}`,
    `${labels.roleLabel}: ${labels.role}`,
    ...(organisation === '' ? [] : [`${labels.organisationLabel}: ${organisation}`]),
    `${labels.dateLabel}: ${labels.date}`,
    `${labels.reasonLabel}: ${reason}`,
  ];
}

function appearanceStream(rect: Rect, options: PdfSignatureOptions): { value: PdfDict; stream: Buffer } {
  const width = rect[2] - rect[0];
  const height = rect[3] - rect[1];
  const content = signatureBlockContent(width, height, blockLines(options), blockFonts());
  return {
    value: dict({ Type: name('XObject'), Subtype: name('Form'), BBox: [0, 0, width, height], Resources: new PdfDict(), Filter: name('FlateDecode') }),
    stream: deflateSync(Buffer.from(content, 'latin1')),
  };
}

/** The catalog or AcroForm objects to rewrite so that the form lists the new field; earlier fields stay. */
function formUpdates(doc: PdfDocument, field: PdfRef): { objects: UpdatedObject[]; takenNames: Set<string> } {
  const catalogRef = doc.catalogRef();
  const catalog = doc.catalog();
  const acroFormValue = catalog.get('AcroForm');
  const acroForm = doc.dict(acroFormValue) ?? new PdfDict();
  const fields = doc.array(acroForm.get('Fields')) ?? [];
  const updated = acroForm.with('Fields', [...fields, field]).with('SigFlags', 3);
  const objects: UpdatedObject[] =
    acroFormValue instanceof PdfRef
      ? [{ num: acroFormValue.num, gen: acroFormValue.gen, value: updated }]
      : [{ num: catalogRef.num, gen: catalogRef.gen, value: catalog.with('AcroForm', updated) }];
  return { objects, takenNames: existingFieldNames(doc, fields) };
}

function pageUpdate(doc: PdfDocument, page: PdfRef, widget: PdfRef): UpdatedObject {
  const pageDict = doc.dict(page);
  if (!pageDict || !isName(pageDict.get('Type'), 'Page')) throw new AppFailure('UNSUPPORTED_PDF', 'The page for the signature cannot be read.');
  const annotations = doc.array(pageDict.get('Annots')) ?? [];
  return { num: page.num, gen: page.gen, value: pageDict.with('Annots', [...annotations, widget]) };
}

export function prepareSignature(pdf: Buffer, options: PdfSignatureOptions, capacity: number): PreparedSignature {
  const doc = PdfDocument.open(pdf);
  const placement = placeSignature(doc, options.role, options.appearance);
  const first = doc.size;
  const [signatureRef, widgetRef, appearanceRef] = [ref(first), ref(first + 1), ref(first + 2)];
  const visible = options.appearance === 'visible';

  const signature = dict({
    Type: name('Sig'),
    Filter: name('Adobe.PPKLite'),
    SubFilter: name('ETSI.CAdES.detached'),
    ByteRange: new PdfRaw(BYTE_RANGE_PLACEHOLDER),
    Contents: new PdfRaw(`<${'0'.repeat(capacity * 2)}>`),
    M: textString(pdfDate(options.signingTime)),
    Name: textString(options.identity.info.name),
    Reason: textString(options.reason),
    ContactInfo: options.identity.info.email ? textString(options.identity.info.email) : undefined,
  });

  const form = formUpdates(doc, widgetRef);
  const widget = dict({
    Type: name('Annot'),
    Subtype: name('Widget'),
    FT: name('Sig'),
    T: textString(uniqueName(FIELD_NAMES[options.role], form.takenNames)),
    TU: textString(options.labels.role),
    V: signatureRef,
    F: PRINT_LOCKED,
    P: placement.page,
    Rect: placement.rect,
    AP: visible ? dict({ N: appearanceRef }) : undefined,
  });

  const objects: UpdatedObject[] = [
    { num: signatureRef.num, gen: 0, value: signature },
    { num: widgetRef.num, gen: 0, value: widget },
    ...(visible ? [{ num: appearanceRef.num, gen: 0, ...appearanceStream(placement.rect, options) }] : []),
    pageUpdate(doc, placement.page, widgetRef),
    ...form.objects,
  ];

  const trailer = dict({
    Size: first + (visible ? 3 : 2),
    Root: doc.catalogRef(),
    Info: doc.trailer.get('Info') ?? undefined,
    ID: doc.trailer.get('ID') ?? undefined,
    Prev: doc.sections[0]?.at,
  });
  const { bytes, offsets } = appendUpdate(pdf, objects, trailer);
  return fillByteRange(bytes, offsets.get(signatureRef.num) ?? 0, capacity);
}

/** Writes the final /ByteRange into its placeholder: everything but the /Contents hex string (with its brackets). */
function fillByteRange(bytes: Buffer, signatureAt: number, capacity: number): PreparedSignature {
  const rangeAt = bytes.indexOf(BYTE_RANGE_PLACEHOLDER, signatureAt, 'latin1');
  const contentsAt = bytes.indexOf(`<${'0'.repeat(capacity * 2)}>`, signatureAt, 'latin1');
  if (rangeAt === -1 || contentsAt === -1) throw new AppFailure('INTERNAL', 'The signature placeholder was not written.');
  const afterContents = contentsAt + capacity * 2 + 2;
  const byteRange: PreparedSignature['byteRange'] = [0, contentsAt, afterContents, bytes.length - afterContents];
  const written = `[${byteRange.join(' ')}]`;
  if (written.length > BYTE_RANGE_PLACEHOLDER.length) throw new AppFailure('INTERNAL', 'The PDF is too large to sign.');
  bytes.write(written.slice(0, -1).padEnd(BYTE_RANGE_PLACEHOLDER.length - 1, ' ') + ']', rangeAt, 'latin1');
  return { pdf: bytes, byteRange, signedParts: [bytes.subarray(0, contentsAt), bytes.subarray(afterContents)], capacity };
}

/** Puts the DER signature into the reserved /Contents (in place); the rest stays zero padding. */
export function insertSignature(prepared: PreparedSignature, der: Buffer): Buffer {
  if (der.length > prepared.capacity) throw new AppFailure('INTERNAL', 'The signature is larger than the room reserved for it.');
  prepared.pdf.write(der.toString('hex'), prepared.byteRange[1] + 1, 'latin1');
  return prepared.pdf;
}
