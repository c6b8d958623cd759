/**
 * Reading ASN.1 DER, as certificates, CMS, timestamps and PKCS #12 use it. Every element keeps its exact bytes:
 * signatures, fingerprints and issuer names must be taken as they were encoded, never re-encoded from a parsed form.
 * BER's indefinite lengths and constructed strings, which some CMS producers and .pfx files use, are read too.
 */

export class DerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DerError';
  }
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  NUMERIC_STRING: 0x12,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  VISIBLE_STRING: 0x1a,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

export const CONTEXT = 0x80;
export const CONSTRUCTED = 0x20;
/** Deeper nesting than any certificate or CMS structure needs; bounds the work on hostile input. */
const MAX_DEPTH = 40;

export interface Element {
  /** The identifier octet (class, constructed bit and tag number below 31). */
  tag: number;
  constructed: boolean;
  /** The whole element: identifier, length and contents (and end-of-contents octets for an indefinite length). */
  raw: Buffer;
  /** The contents octets. */
  content: Buffer;
}

/** Reads the element that starts at `offset`; bytes after it are ignored (a PDF pads signatures with zeros). */
export function readElement(data: Buffer, offset = 0, depth = 0): Element {
  if (depth > MAX_DEPTH) throw new DerError('the structure is nested too deeply');
  if (offset + 2 > data.length) throw new DerError('the data ends inside an element');
  const tag = data[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('an element uses a tag number this reader does not support');
  const constructed = (tag & CONSTRUCTED) !== 0;
  const first = data[offset + 1]!;
  let start = offset + 2;

  if (first === 0x80) {
    if (!constructed) throw new DerError('a primitive element has an indefinite length');
    let cursor = start;
    for (;;) {
      if (cursor + 2 > data.length) throw new DerError('an indefinite-length element has no end');
      if (data[cursor] === 0 && data[cursor + 1] === 0) break;
      cursor += readElement(data, cursor, depth + 1).raw.length;
    }
    return { tag, constructed, raw: data.subarray(offset, cursor + 2), content: data.subarray(start, cursor) };
  }

  let length = first;
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError('an element is longer than this reader accepts');
    if (start + count > data.length) throw new DerError('the data ends inside a length');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + data[start + i]!;
    start += count;
  }
  const end = start + length;
  if (end > data.length) throw new DerError('an element is longer than the data');
  return { tag, constructed, raw: data.subarray(offset, end), content: data.subarray(start, end) };
}

/** Exactly one element that fills the whole of `data`, as a certificate or a key file must be. */
export function readWholeElement(data: Buffer): Element {
  const element = readElement(data);
  if (element.raw.length !== data.length) throw new DerError('bytes follow the element');
  return element;
}

/** The elements inside a constructed element. */
export function childrenOf(element: Element | undefined, depth = 0): Element[] {
  if (!element?.constructed) throw new DerError('expected a constructed element');
  const result: Element[] = [];
  let cursor = 0;
  while (cursor < element.content.length) {
    const child = readElement(element.content, cursor, depth + 1);
    result.push(child);
    cursor += child.raw.length;
  }
  return result;
}

/** Context-specific tag [n], constructed or not. */
export function isContext(element: Element | undefined, n: number): boolean {
  return element !== undefined && (element.tag & 0xc0) === CONTEXT && (element.tag & 0x1f) === n;
}

export function expectTag(element: Element | undefined, tag: number, what: string): Element {
  if (!element || element.tag !== tag) throw new DerError(`${what} is missing or malformed`);
  return element;
}

export function oidText(element: Element | undefined): string {
  if (!element || element.tag !== TAG.OID || element.content.length === 0 || element.content.length > 64) return '';
  const arcs: bigint[] = [];
  let value = 0n;
  for (const byte of element.content) {
    value = (value << 7n) | BigInt(byte & 0x7f);
    if ((byte & 0x80) === 0) {
      arcs.push(value);
      value = 0n;
    }
  }
  const head = arcs.shift();
  if (head === undefined || (element.content[element.content.length - 1]! & 0x80) !== 0) return '';
  const firstArc = head < 80n ? head / 40n : 2n;
  return [firstArc, head - firstArc * 40n, ...arcs].join('.');
}

/** As `oidText`, for an element that must be an OBJECT IDENTIFIER. */
export function oidOf(element: Element | undefined): string {
  const text = oidText(element);
  if (text === '') throw new DerError('expected an OBJECT IDENTIFIER');
  return text;
}

/** An INTEGER's value bytes without sign padding, for comparing numbers written with or without a leading zero. */
export function integerBytes(element: Element | undefined): Buffer {
  if (!element || element.tag !== TAG.INTEGER) return Buffer.alloc(0);
  let start = 0;
  while (start < element.content.length - 1 && element.content[start] === 0) start += 1;
  return element.content.subarray(start);
}

export function smallInteger(element: Element | undefined): number | null {
  const bytes = integerBytes(element);
  if (bytes.length === 0 || bytes.length > 4 || (element!.content[0]! & 0x80) !== 0) return null;
  return bytes.reduce((sum, byte) => sum * 256 + byte, 0);
}

/** An OCTET STRING's contents; BER's constructed form is joined. */
export function octets(element: Element | undefined): Buffer | null {
  if (!element) return null;
  if (element.tag === TAG.OCTET_STRING) return element.content;
  if (element.tag === (TAG.OCTET_STRING | CONSTRUCTED)) {
    const parts = childrenOf(element).map(octets);
    return parts.every((part): part is Buffer => part !== null) ? Buffer.concat(parts) : null;
  }
  return null;
}

/** The bytes of a string element of any tag, e.g. an [n] IMPLICIT OCTET STRING; BER's constructed form is joined. */
export function joinedContent(element: Element | undefined): Buffer {
  if (!element) throw new DerError('expected a value');
  return element.constructed ? Buffer.concat(childrenOf(element).map((child) => joinedContent(child))) : element.content;
}

const TIME = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?(Z|[+-]\d{4})?$/;

/** UTCTime or GeneralizedTime; null when it is neither or not a real date. */
export function timeOf(element: Element | undefined): Date | null {
  if (!element || (element.tag !== TAG.UTC_TIME && element.tag !== TAG.GENERALIZED_TIME)) return null;
  const match = TIME.exec(element.content.toString('latin1'));
  if (!match) return null;
  const [, yearText, month, day, hour, minute, second = '00', fraction = '', zone = 'Z'] = match;
  const isUtcTime = element.tag === TAG.UTC_TIME;
  if (isUtcTime !== (yearText!.length === 2)) return null;
  // RFC 5280: two-digit years 50–99 are 19xx, 00–49 are 20xx.
  const year = isUtcTime ? (Number(yearText) >= 50 ? 1900 : 2000) + Number(yearText) : Number(yearText);
  const millis = Number(`0.${fraction || '0'}`) * 1000;
  const utc = Date.UTC(year, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Math.floor(millis));
  const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  const date = new Date(utc - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The text of a directory string (UTF8String, PrintableString, BMPString …). */
export function stringOf(element: Element | undefined): string | null {
  if (!element) return null;
  switch (element.tag) {
    case TAG.UTF8_STRING:
      return element.content.toString('utf8');
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.NUMERIC_STRING:
    case TAG.VISIBLE_STRING:
    case TAG.TELETEX_STRING:
      return element.content.toString('latin1');
    case TAG.BMP_STRING:
      return Buffer.from(element.content.subarray(0, element.content.length & ~1)).swap16().toString('utf16le');
    case TAG.UNIVERSAL_STRING: {
      const points: number[] = [];
      for (let i = 0; i + 4 <= element.content.length; i += 4) points.push(element.content.readUInt32BE(i));
      return points.map((point) => (point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd')).join('');
    }
    default:
      return null;
  }
}
