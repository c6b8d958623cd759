import { CONSTRUCTED, CONTEXT, DerError, TAG } from './der';

/** Writing ASN.1 DER: each function returns one whole element. */

function lengthOctets(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function encode(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), lengthOctets(content.length), content]);
}

export const sequence = (...items: Buffer[]): Buffer => encode(TAG.SEQUENCE, Buffer.concat(items));

/** DER orders the members of a SET OF by their encodings. */
export const sortedSetContent = (items: Buffer[]): Buffer => Buffer.concat([...items].sort(Buffer.compare));

export const setOf = (...items: Buffer[]): Buffer => encode(TAG.SET, sortedSetContent(items));

/** [n] EXPLICIT, or an IMPLICIT constructed type: both are a constructed context-specific element around `content`. */
export const contextConstructed = (n: number, content: Buffer): Buffer => encode(CONTEXT | CONSTRUCTED | n, content);

/** [n] IMPLICIT around a primitive type: the context-specific tag replaces the type's own. */
export const contextPrimitive = (n: number, content: Buffer): Buffer => encode(CONTEXT | n, content);

export const octetString = (content: Buffer): Buffer => encode(TAG.OCTET_STRING, content);

/** A BIT STRING whose last `unusedBits` bits are padding. */
export const bitString = (content: Buffer, unusedBits = 0): Buffer => encode(TAG.BIT_STRING, Buffer.concat([Buffer.from([unusedBits]), content]));

export const utf8String = (text: string): Buffer => encode(TAG.UTF8_STRING, Buffer.from(text, 'utf8'));

export const ia5String = (text: string): Buffer => encode(TAG.IA5_STRING, Buffer.from(text, 'latin1'));

export const nullElement = (): Buffer => Buffer.from([TAG.NULL, 0]);

export const booleanElement = (value: boolean): Buffer => Buffer.from([TAG.BOOLEAN, 1, value ? 0xff : 0]);

/** A non-negative INTEGER from its magnitude bytes (big-endian) or a small number. */
export function integer(value: Buffer | number): Buffer {
  let bytes = value;
  if (typeof bytes === 'number') {
    const hex = bytes.toString(16);
    bytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  }
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  bytes = bytes.subarray(start);
  if (bytes.length === 0) bytes = Buffer.from([0]);
  if ((bytes[0]! & 0x80) !== 0) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return encode(TAG.INTEGER, bytes);
}

export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map((arc) => BigInt(arc));
  if (arcs.length < 2) throw new DerError(`not an object identifier: ${dotted}`);
  const bytes: number[] = [];
  for (const arc of [arcs[0]! * 40n + arcs[1]!, ...arcs.slice(2)]) {
    const group: number[] = [Number(arc & 0x7fn)];
    for (let rest = arc >> 7n; rest > 0n; rest >>= 7n) group.unshift(Number(rest & 0x7fn) | 0x80);
    bytes.push(...group);
  }
  return encode(TAG.OID, Buffer.from(bytes));
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** UTCTime through 2049, GeneralizedTime from 2050 on, to the second (RFC 5280, 4.1.2.5). */
export function time(date: Date): Buffer {
  const year = date.getUTCFullYear();
  const rest = [date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()].map(twoDigits).join('');
  return year < 2050
    ? encode(TAG.UTC_TIME, Buffer.from(`${twoDigits(year % 100)}${rest}Z`, 'latin1'))
    : encode(TAG.GENERALIZED_TIME, Buffer.from(`${year}${rest}Z`, 'latin1'));
}
