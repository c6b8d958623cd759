import { PdfDocument } from '../../pdf-reader/pdf-document';

/** The document catalog's /Lang ("en", "de-DE" …) reduced to its primary language subtag, or null. */
export function readDocumentLanguage(pdf: Buffer): string | null {
  try {
    const doc = PdfDocument.open(pdf);
    const language = doc.text(doc.catalog().get('Lang'));
    const primary = /^\s*([A-Za-z]{1,8})(?:[-_]|\s*$)/.exec(language ?? '');
    return primary ? (primary[1] ?? '').toLowerCase() : null;
  } catch {
    return null;
  }
}
