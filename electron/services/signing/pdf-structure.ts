import { hasPdfHeader, readIndirectObject } from '../pdf-reader/pdf-syntax';
import { PdfDict, PdfString } from '../pdf-reader/pdf-values';

/**
 * Finds the signatures of a PDF by their /ByteRange, without trusting the cross-reference tables, so that a damaged
 * or tampered file still shows which signatures it claims to carry. Everything works on untrusted input and reports
 * problems rather than throw.
 */

/** A PDF header and at least one end-of-file marker. */
export function looksLikePdf(pdf: Buffer): boolean {
  return hasPdfHeader(pdf) && pdf.includes('%%EOF');
}

export interface SignatureLocation {
  byteRange: [number, number, number, number];
  /** The number of the object that holds the signature dictionary, when its header could be read. */
  objectNumber: number | null;
  /** The signature dictionary, when it parses. */
  dictionary: PdfDict | null;
  /** The signature's DER (with its zero padding), cut out of the gap between the two signed ranges. */
  contents: Buffer;
  /** Problems with the byte range or the dictionary; a non-empty list means the signature cannot be trusted. */
  problems: string[];
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]/g;
const PLACEHOLDER = /\/ByteRange\s*\[\s*0\s+\/\*+/;
const OBJECT_HEADER = /(\d{1,10})\s+(\d{1,5})\s+obj\s*$/;

/** Every signature of the file, in file order. */
export function findSignatures(text: string): SignatureLocation[] {
  const found: SignatureLocation[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = match.slice(1, 5).map(Number) as [number, number, number, number];
    found.push(locate(text, byteRange, match.index));
  }
  return found;
}

export function hasUnfilledSignature(text: string): boolean {
  return PLACEHOLDER.test(text);
}

function locate(text: string, byteRange: [number, number, number, number], byteRangeAt: number): SignatureLocation {
  const objAt = text.lastIndexOf(' obj', byteRangeAt);
  const header = objAt === -1 ? null : OBJECT_HEADER.exec(text.slice(Math.max(0, objAt - 24), objAt + 4));
  const objectStart = header ? objAt + 4 - header[0].length : Math.max(0, objAt);
  const objectEndAt = text.indexOf('endobj', byteRangeAt);
  const objectEnd = objectEndAt === -1 ? text.length : objectEndAt;
  const problems = byteRangeProblems(text, byteRange, byteRangeAt, objectStart, objectEnd);
  const [, firstLength, secondStart] = byteRange;
  const contents = problems.length === 0 ? Buffer.from(text.slice(firstLength + 1, secondStart - 1), 'hex') : Buffer.alloc(0);

  let dictionary: PdfDict | null = null;
  if (header) {
    try {
      const parsed = readIndirectObject(Buffer.from(text.slice(objectStart, objectEnd), 'latin1'), 0).value;
      if (parsed instanceof PdfDict) dictionary = parsed;
    } catch {
      // Reported below.
    }
  }
  if (!dictionary) {
    problems.push('The signature dictionary cannot be read.');
  } else if (problems.length === 0) {
    const declared = dictionary.get('Contents');
    if (!(declared instanceof PdfString) || !declared.bytes.equals(contents)) {
      problems.push('The signed gap is not the signature dictionary’s /Contents.');
    }
  }
  return { byteRange, objectNumber: header ? Number(header[1]) : null, dictionary, contents, problems };
}

function byteRangeProblems(
  text: string,
  [start, firstLength, secondStart, secondLength]: [number, number, number, number],
  byteRangeAt: number,
  objectStart: number,
  objectEnd: number,
): string[] {
  const problems: string[] = [];
  if (start !== 0) problems.push('The signed byte range does not start at the beginning of the file.');
  if (firstLength <= 0 || secondStart <= firstLength) problems.push('The signed byte ranges overlap or are empty.');
  if (secondStart + secondLength > text.length) problems.push('The signed byte range extends past the end of the file.');
  if (problems.length > 0) return problems;

  if (text[firstLength] !== '<' || text[secondStart - 1] !== '>' || !/^[0-9A-Fa-f]*$/.test(text.slice(firstLength + 1, secondStart - 1))) {
    problems.push('The gap between the signed byte ranges is not exactly the signature contents.');
  }
  if ((secondStart - firstLength - 2) % 2 !== 0) problems.push('The signature contents have an odd number of hex digits.');
  if (firstLength < objectStart || secondStart > objectEnd) {
    problems.push('The signature contents do not belong to the signature dictionary.');
  }
  if (byteRangeAt >= firstLength && byteRangeAt < secondStart) problems.push('The byte range itself is not signed.');
  return problems;
}
