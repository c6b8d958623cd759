import type { PdfDocument } from '../../pdf-reader/pdf-document';
import { PdfRef, isName, textOf, type PdfDict } from '../../pdf-reader/pdf-values';

/**
 * The fully qualified names of the signature fields (§12.7.3.2), by the object number of the signature dictionary
 * each field's /V points at.
 */
export function signatureFieldNames(doc: PdfDocument): Map<number, string> {
  const names = new Map<number, string>();
  const seen = new Set<number>();
  const walk = (field: PdfRef, parentName: string | null, parentIsSignature: boolean, depth: number) => {
    if (seen.has(field.num) || depth > 32 || seen.size > 10_000) return;
    seen.add(field.num);
    const dictionary: PdfDict | null = doc.dict(field);
    if (!dictionary) return;
    const partial = textOf(dictionary.get('T'));
    const fullName = partial === null ? parentName : parentName === null ? partial : `${parentName}.${partial}`;
    const isSignature = parentIsSignature || isName(dictionary.get('FT'), 'Sig');
    const value = dictionary.get('V');
    if (isSignature && value instanceof PdfRef && fullName !== null && !names.has(value.num)) names.set(value.num, fullName);
    for (const kid of doc.array(dictionary.get('Kids')) ?? []) if (kid instanceof PdfRef) walk(kid, fullName, isSignature, depth + 1);
  };
  const fields = doc.array(doc.dict(doc.catalog().get('AcroForm'))?.get('Fields')) ?? [];
  for (const field of fields) if (field instanceof PdfRef) walk(field, null, false, 0);
  return names;
}
