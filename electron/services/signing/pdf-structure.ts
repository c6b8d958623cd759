/**
 * Just enough PDF reading to verify a signature: find the last signature dictionary, its byte range and contents,
 * and read strings back from the signed bytes. Everything works on untrusted input and returns null rather than throw.
 */

/** The PDF header may sit anywhere in the first 1024 bytes (ISO 32000-1, annex H). */
export function looksLikePdf(pdf: Buffer): boolean {
  return pdf.subarray(0, 1024).includes('%PDF-') && pdf.includes('%%EOF');
}

export interface SignatureLocation {
  byteRange: [number, number, number, number];
  /** The signature dictionary's text (without the contents hex string). */
  dictionary: string;
  /** Problems with the byte range; a non-empty list means the signature cannot be checked. */
  problems: string[];
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s+(\d{1,15})\s*\]/g;
const PLACEHOLDER = /\/ByteRange\s*\[\s*0\s+\/\*+/;

/** The signature that was added last (an incremental update puts it after the earlier ones). */
export function findLastSignature(text: string): SignatureLocation | null {
  let last: RegExpExecArray | null = null;
  for (let match = BYTE_RANGE.exec(text); match !== null; match = BYTE_RANGE.exec(text)) last = match;
  BYTE_RANGE.lastIndex = 0;
  if (!last) return null;

  const byteRange = [Number(last[1]), Number(last[2]), Number(last[3]), Number(last[4])] as [number, number, number, number];
  const objectStart = Math.max(0, text.lastIndexOf(' obj', last.index));
  const objectEndAt = text.indexOf('endobj', last.index);
  const objectEnd = objectEndAt === -1 ? text.length : objectEndAt;
  const [, contentsStart, contentsEnd] = byteRange;
  const dictionary =
    contentsStart > objectStart && contentsEnd <= objectEnd
      ? text.slice(objectStart, contentsStart) + text.slice(contentsEnd, objectEnd)
      : text.slice(objectStart, objectEnd);
  return { byteRange, dictionary, problems: byteRangeProblems(text, byteRange, last.index, objectStart, objectEnd) };
}

export function hasUnfilledSignature(text: string): boolean {
  return PLACEHOLDER.test(text);
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

/** Decodes a PDF literal string body (between the outer parentheses), resolving escapes. */
function decodeLiteral(body: string): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
      i += octal[0].length;
    } else if (next === '\r' || next === '\n') {
      i += next === '\r' && body[i + 2] === '\n' ? 2 : 1;
    } else {
      out += escapes[next] ?? next;
      i += 1;
    }
  }
  return out;
}

/** Text strings are UTF-16BE with a byte order mark, or PDFDocEncoding (close enough to Latin-1 for our purposes). */
function decodeTextString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  if (bytes.startsWith('\xef\xbb\xbf')) return Buffer.from(bytes.slice(3), 'latin1').toString('utf8');
  return bytes;
}

/** Reads a string value (`(…)` or `<…>`) at the start of `text`. */
function readStringValue(text: string): string | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('(')) {
    let depth = 0;
    for (let i = 0; i < trimmed.length; i++) {
      const char = trimmed[i];
      if (char === '\\') {
        i += 1;
      } else if (char === '(') {
        depth += 1;
      } else if (char === ')') {
        depth -= 1;
        if (depth === 0) return decodeTextString(decodeLiteral(trimmed.slice(1, i)));
      }
    }
    return null;
  }
  const hex = /^<([0-9A-Fa-f\s]*)>/.exec(trimmed);
  if (hex) return decodeTextString(Buffer.from((hex[1] ?? '').replace(/\s/g, ''), 'hex').toString('latin1'));
  return null;
}

/** The text of the last definition of object `number generation` in `text`. */
function objectBody(text: string, number: string, generation: string): string | null {
  const pattern = new RegExp(`(?:^|[^0-9])${number}\\s+${generation}\\s+obj\\b`, 'g');
  let start = -1;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) start = match.index + match[0].length;
  if (start === -1) return null;
  const end = text.indexOf('endobj', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The value of `key` in a dictionary text: a direct string, or an indirect reference to one. */
export function readDictionaryString(dictionary: string, key: string, document: string): string | null {
  const at = new RegExp(`/${key}(?![A-Za-z0-9])`).exec(dictionary);
  if (!at) return null;
  const rest = dictionary.slice(at.index + at[0].length);
  const reference = /^\s*(\d+)\s+(\d+)\s+R/.exec(rest);
  if (reference) {
    const body = objectBody(document, reference[1] ?? '', reference[2] ?? '');
    return body === null ? null : readStringValue(body);
  }
  return readStringValue(rest);
}

/** An entry of the document information dictionary named by the last trailer in `document`. */
export function readInfoEntry(document: string, key: string): string | null {
  const trailers = [...document.matchAll(/trailer\s*<<([\s\S]*?)>>/g)];
  for (const trailer of trailers.reverse()) {
    const info = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1] ?? '');
    if (!info) continue;
    const body = objectBody(document, info[1] ?? '', info[2] ?? '');
    return body === null ? null : readDictionaryString(body, key, document);
  }
  return null;
}
