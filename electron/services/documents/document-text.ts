import { AppFailure } from '../../../shared/domain/result';
import { htmlToText } from '../../../shared/extraction/html-text';
import { MAX_DOCUMENT_CHARS, type DocumentKind, type DocumentSource } from '../../../shared/vendors/profile';
import { pdfText } from './pdf-text';

/**
 * The plain text of a vendor document, read on this computer: pasted text as it is, a .txt file as text, an HTML page
 * without its markup, a PDF by its text layer. The evidence offsets of every fact refer to exactly this text.
 */
export interface DocumentText {
  kind: DocumentKind;
  fileName: string;
  text: string;
}

/** A text or HTML file larger than this is no policy; refused before it is decoded. */
export const MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024;

const KINDS: readonly [RegExp, Exclude<DocumentKind, 'paste'>][] = [
  [/\.txt$/i, 'txt'],
  [/\.html?$/i, 'html'],
  [/\.pdf$/i, 'pdf'],
];

export function documentKindOf(fileName: string): Exclude<DocumentKind, 'paste'> | null {
  return KINDS.find(([pattern]) => pattern.test(fileName.trim()))?.[1] ?? null;
}

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return: text files hardly contain any. */
function controlCharacters(text: string): { nul: boolean; count: number } {
  let count = 0;
  let nul = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) nul = true;
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) count++;
  }
  return { nul, count };
}

/**
 * Text files come as UTF-8, with or without a byte-order mark, as UTF-16 with one (Windows "Unicode"), or in the old
 * Windows code page when the bytes are not UTF-8. Bytes that are none of these (an image renamed .txt) are refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      text = new TextDecoder('windows-1252').decode(body);
    }
  }
  const controls = controlCharacters(text);
  if (controls.nul || controls.count > Math.max(8, text.length / 200)) {
    throw new AppFailure('NOT_PLAIN_TEXT', `${fileName} is not a text file. DTIA Studio reads documents as .txt, .html or .pdf files, or as pasted text.`);
  }
  return text;
}

function checkedText(text: string): string {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new AppFailure('EMPTY_DOCUMENT', 'The document has no text to read.');
  }
  if (text.length > MAX_DOCUMENT_CHARS) {
    throw new AppFailure(
      'TOO_LARGE',
      `The document's text has ${text.length.toLocaleString('en')} characters; DTIA Studio reads documents of up to ${MAX_DOCUMENT_CHARS.toLocaleString('en')}.`,
    );
  }
  return text;
}

/** The text of a file's bytes; its name's extension says how to read them. */
export async function fileText(name: string, bytes: Uint8Array): Promise<DocumentText> {
  const fileName = name.trim();
  const kind = documentKindOf(fileName);
  if (kind === null) {
    throw new AppFailure('UNSUPPORTED_DOCUMENT', `DTIA Studio reads vendor documents as .txt, .html or .pdf files, not ${fileName}.`);
  }
  if (bytes.length === 0) throw new AppFailure('EMPTY_DOCUMENT', `${fileName} is empty.`);
  if (kind === 'pdf') return { kind, fileName, text: checkedText(await pdfText(bytes)) };
  if (bytes.length > MAX_TEXT_FILE_BYTES) {
    throw new AppFailure('TOO_LARGE', `${fileName} is larger than ${MAX_TEXT_FILE_BYTES / (1024 * 1024)} MB.`);
  }
  const decoded = decodeText(bytes, fileName);
  return { kind, fileName, text: checkedText(kind === 'html' ? htmlToText(decoded) : decoded) };
}

export async function documentText(source: DocumentSource): Promise<DocumentText> {
  if (source.kind === 'paste') return { kind: 'paste', fileName: '', text: checkedText(source.text) };
  return fileText(source.fileName, Buffer.from(source.contentBase64, 'base64'));
}
