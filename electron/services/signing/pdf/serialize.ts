import { PdfName, PdfRaw, PdfRef, PdfString, type PdfValue } from '../../pdf-reader/pdf-values';

/** PDF objects (ISO 32000-1 §7.3) written out as the syntax a reader parses back to the same values. */

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  if (Number.isInteger(value)) return String(value);
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  const fixed = value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

const NAME_PLAIN = /^[!"$&'*+,\-.0-9:;=?@A-Z\\^_`a-z|~]$/;

function serializeName(value: string): string {
  let out = '/';
  for (const char of value) {
    out += NAME_PLAIN.test(char) ? char : `#${(char.charCodeAt(0) & 0xff).toString(16).padStart(2, '0')}`;
  }
  return out;
}

function serializeString(bytes: Buffer): string {
  if (bytes.every((byte) => byte >= 0x20 && byte <= 0x7e)) {
    return `(${bytes.toString('latin1').replace(/[\\()]/g, (char) => `\\${char}`)})`;
  }
  return `<${bytes.toString('hex')}>`;
}

export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatNumber(value);
  if (value instanceof PdfName) return serializeName(value.value);
  if (value instanceof PdfString) return serializeString(value.bytes);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfRaw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  const parts = [...value.entries].map(([key, entry]) => `${serializeName(key)} ${serialize(entry)}`);
  return `<<${parts.map((part) => ` ${part}`).join('')} >>`;
}
