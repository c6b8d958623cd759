/**
 * PDF objects (ISO 32000-1, 7.3) as plain values. Numbers, booleans and null are the JavaScript ones; the other
 * kinds get a class each, told apart by `kind` or `instanceof`, so that a name, a string and a reference never get
 * confused.
 */

export class PdfName {
  readonly kind = 'name';
  /** The name without its slash, with #xx escapes resolved (bytes as Latin-1 characters). */
  constructor(readonly value: string) {}
}

export class PdfString {
  readonly kind = 'string';
  constructor(readonly bytes: Buffer) {}
}

export class PdfRef {
  readonly kind = 'ref';
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfDict {
  readonly kind = 'dict';
  constructor(readonly entries: Map<string, PdfValue> = new Map()) {}

  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** A copy with `key` set (or removed when `value` is undefined), keeping the order of the other keys. */
  with(key: string, value: PdfValue | undefined): PdfDict {
    const entries = new Map(this.entries);
    if (value === undefined) entries.delete(key);
    else entries.set(key, value);
    return new PdfDict(entries);
  }
}

/** Text written out as it is; never read from a file, used for the signature placeholders, whose exact width matters. */
export class PdfRaw {
  readonly kind = 'raw';
  constructor(readonly text: string) {}
}

export type PdfValue = null | boolean | number | PdfName | PdfString | PdfRef | PdfDict | PdfRaw | PdfValue[];

/** The object a file defines as `num gen obj … endobj`. */
export interface IndirectObject {
  /** Where the object's header starts in the bytes it was read from. */
  offset: number;
  num: number;
  gen: number;
  value: PdfValue;
  /** Offset of the first byte of stream data, when the object is a stream. */
  streamStart: number | null;
}

export const name = (value: string): PdfName => new PdfName(value);
export const ref = (num: number, gen = 0): PdfRef => new PdfRef(num, gen);

export function dict(entries: Record<string, PdfValue | undefined>): PdfDict {
  const map = new Map<string, PdfValue>();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) map.set(key, value);
  return new PdfDict(map);
}

export function isName(value: PdfValue | undefined, expected?: string): value is PdfName {
  return value instanceof PdfName && (expected === undefined || value.value === expected);
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof PdfDict;
}

/** A text string (7.9.2.2): PDFDocEncoding is not Latin-1 everywhere, so anything beyond ASCII goes as UTF-16BE. */
export function textString(text: string): PdfString {
  if (/^[\x20-\x7e]*$/.test(text)) return new PdfString(Buffer.from(text, 'latin1'));
  return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
}

/** Reads a text string: UTF-16BE or UTF-8 with their byte order marks, else PDFDocEncoding (read as Latin-1). */
export function decodeTextString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/** The text of a string value; null for any other kind. */
export function textOf(value: PdfValue | undefined): string | null {
  return value instanceof PdfString ? decodeTextString(value.bytes) : null;
}

/** Structural equality, as a reader sees it (a string's bytes, a name's value, a reference's target). */
export function sameValue(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (a instanceof PdfName && b instanceof PdfName) return a.value === b.value;
  if (a instanceof PdfString && b instanceof PdfString) return a.bytes.equals(b.bytes);
  if (a instanceof PdfRef && b instanceof PdfRef) return a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfRaw && b instanceof PdfRaw) return a.text === b.text;
  if (a instanceof PdfDict && b instanceof PdfDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [key, value] of a.entries) if (!sameValue(value, b.get(key))) return false;
    return true;
  }
  return false;
}
