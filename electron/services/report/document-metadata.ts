import type { ReportDocumentInfo } from '../../../shared/report/model';
import { INFO_ASSESSMENT_ID, INFO_CONTENT_HASH } from './pdf-info-keys';

/** The document information dictionary: standard entries, and the keys a verifier reads back. */
export function documentInfo(info: ReportDocumentInfo): PDFKit.DocumentInfo & Record<string, string | Date> {
  const generatedAt = new Date(info.generatedAt);
  const entries: PDFKit.DocumentInfo & Record<string, string | Date> = {
    Title: info.title,
    Subject: info.subject,
    Keywords: info.keywords,
    Creator: info.creator,
    Producer: `${info.creator} (PDFKit)`,
    CreationDate: generatedAt,
    ModDate: generatedAt,
    [INFO_CONTENT_HASH]: info.contentHash,
    [INFO_ASSESSMENT_ID]: info.assessmentId,
  };
  if (info.author !== '') entries.Author = info.author;
  return entries;
}

/** XML 1.0 allows no control characters but tab, line feed and carriage return. */
const allowedInXml = (char: string): boolean => char >= ' ' || char === '\t' || char === '\n' || char === '\r';

const escapeXml = (text: string): string =>
  Array.from(text)
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const xmpDate = (date: Date): string => `${date.toISOString().split('.')[0]}Z`;

/** The XMP metadata packet's descriptions: the same facts as the information dictionary, and the language. */
export function xmpDescriptions(info: ReportDocumentInfo): string {
  const date = xmpDate(new Date(info.generatedAt));
  const language = escapeXml(info.language);
  const author = info.author === '' ? '' : `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.author)}</rdf:li></rdf:Seq></dc:creator>`;
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${date}</xmp:CreateDate><xmp:ModifyDate>${date}</xmp:ModifyDate><xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(info.creator)}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    author,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${language}</rdf:li></rdf:Bag></dc:language>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<pdf:Producer>${escapeXml(`${info.creator} (PDFKit)`)}</pdf:Producer><pdf:Keywords>${escapeXml(info.keywords)}</pdf:Keywords>`,
    `</rdf:Description>`,
  ].join('\n');
}

/**
 * pdfkit writes the XMP packet from the information dictionary at `end()` without escaping it, so a title with "&"
 * (a company "& Co. KG") would make the packet malformed XML; the report writes its own, escaped, descriptions.
 */
export function useEscapedXmp(doc: PDFKit.PDFDocument, info: ReportDocumentInfo): void {
  (doc as unknown as { _addInfo: () => void })._addInfo = () => doc.appendXML(xmpDescriptions(info));
}
