import { PdfDict, PdfName, PdfRef, PdfString, type IndirectObject, type PdfValue } from './pdf-values';

/**
 * PDF object syntax (ISO 32000-1, 7.2–7.3) read from raw bytes. Built for untrusted files: every malformed construct
 * throws `PdfSyntaxError`, nesting is bounded so that a hostile file cannot exhaust the stack, and nothing reads past
 * the end of the buffer.
 */

export { decodeTextString, type IndirectObject, type PdfDict, type PdfValue } from './pdf-values';

export class PdfSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`${message} (at byte ${at})`);
    this.name = 'PdfSyntaxError';
  }
}

/** Real reports nest a handful of levels; this bound only stops hostile files. */
const MAX_NESTING = 64;

const isWhitespace = (byte: number): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDelimiter = (byte: number): boolean =>
  byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d ||
  byte === 0x7b || byte === 0x7d || byte === 0x2f || byte === 0x25;
const isRegular = (byte: number): boolean => byte >= 0 && !isWhitespace(byte) && !isDelimiter(byte);
const hexValue = (byte: number): number => {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
};

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const UNSIGNED_INTEGER = /^\d{1,15}$/;
const OBJECT_NUMBER = /^\d{1,10}$/;
const GENERATION = /^\d{1,5}$/;
const LITERAL_ESCAPES: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

export class PdfScanner {
  constructor(
    private readonly bytes: Buffer,
    public pos: number,
  ) {}

  private fail(message: string): never {
    throw new PdfSyntaxError(message, this.pos);
  }

  private peek(ahead = 0): number {
    const at = this.pos + ahead;
    return at < this.bytes.length ? (this.bytes[at] as number) : -1;
  }

  /** Skips white space and comments. */
  skipSpace(): void {
    for (;;) {
      const byte = this.peek();
      if (byte === -1) return;
      if (isWhitespace(byte)) {
        this.pos += 1;
      } else if (byte === 0x25) {
        while (this.peek() !== -1 && this.peek() !== 0x0a && this.peek() !== 0x0d) this.pos += 1;
      } else {
        return;
      }
    }
  }

  /** The run of regular characters at the current position (a keyword or number), consumed. */
  token(): string {
    this.skipSpace();
    const start = this.pos;
    while (isRegular(this.peek())) this.pos += 1;
    return this.bytes.toString('latin1', start, this.pos);
  }

  expectKeyword(keyword: string): void {
    const found = this.token();
    if (found !== keyword) this.fail(`expected ${keyword}, found ${JSON.stringify(found.slice(0, 20))}`);
  }

  unsignedInteger(): number {
    const found = this.token();
    if (!UNSIGNED_INTEGER.test(found)) this.fail(`expected a non-negative integer, found ${JSON.stringify(found.slice(0, 20))}`);
    return Number(found);
  }

  /** True when the next token is a non-negative integer (nothing is consumed). */
  atUnsignedInteger(): boolean {
    const saved = this.pos;
    const found = this.token();
    this.pos = saved;
    return UNSIGNED_INTEGER.test(found);
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_NESTING) this.fail('objects nested too deeply');
    this.skipSpace();
    const byte = this.peek();
    if (byte === 0x3c && this.peek(1) === 0x3c) return this.dictionary(depth);
    if (byte === 0x3c) return this.hexString();
    if (byte === 0x28) return this.literalString();
    if (byte === 0x5b) return this.array(depth);
    if (byte === 0x2f) return this.name();
    if (byte === -1) this.fail('unexpected end of data');
    const word = this.token();
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!NUMBER.test(word)) this.fail(`unexpected ${JSON.stringify(word.slice(0, 20) || String.fromCharCode(byte))}`);
    if (OBJECT_NUMBER.test(word)) {
      const reference = this.referenceAfter(Number(word));
      if (reference) return reference;
    }
    return Number(word);
  }

  /** `num gen R`, with `num` already read; restores the position when what follows is not a reference. */
  private referenceAfter(num: number): PdfRef | null {
    const saved = this.pos;
    const gen = this.token();
    if (GENERATION.test(gen) && this.token() === 'R') return new PdfRef(num, Number(gen));
    this.pos = saved;
    return null;
  }

  private dictionary(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x3e && this.peek(1) === 0x3e) {
        this.pos += 2;
        return new PdfDict(entries);
      }
      if (this.peek() !== 0x2f) this.fail('dictionary key is not a name');
      const key = this.name().value;
      const value = this.value(depth + 1);
      // A null value is the same as an absent entry (7.3.7).
      if (value !== null) entries.set(key, value);
    }
  }

  private array(depth: number): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.peek() === 0x5d) {
        this.pos += 1;
        return items;
      }
      items.push(this.value(depth + 1));
    }
  }

  private name(): PdfName {
    this.pos += 1;
    const bytes: number[] = [];
    while (isRegular(this.peek())) {
      const byte = this.peek();
      const high = hexValue(this.peek(1));
      const low = hexValue(this.peek(2));
      if (byte === 0x23 && high >= 0 && low >= 0) {
        bytes.push(high * 16 + low);
        this.pos += 3;
      } else {
        bytes.push(byte);
        this.pos += 1;
      }
    }
    return new PdfName(Buffer.from(bytes).toString('latin1'));
  }

  private hexString(): PdfString {
    this.pos += 1;
    const digits: number[] = [];
    for (;;) {
      const byte = this.peek();
      if (byte === 0x3e) break;
      if (byte === -1) this.fail('unterminated hex string');
      this.pos += 1;
      if (isWhitespace(byte)) continue;
      const digit = hexValue(byte);
      if (digit < 0) this.fail('invalid hex string');
      digits.push(digit);
    }
    this.pos += 1;
    if (digits.length % 2 === 1) digits.push(0);
    const bytes = Buffer.alloc(digits.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (digits[2 * i] as number) * 16 + (digits[2 * i + 1] as number);
    return new PdfString(bytes);
  }

  private literalString(): PdfString {
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    for (;;) {
      const byte = this.peek();
      if (byte === -1) this.fail('unterminated string');
      this.pos += 1;
      if (byte === 0x5c) {
        this.escape(out);
      } else if (byte === 0x0d) {
        // An unescaped end of line of any kind stands for a single line feed.
        if (this.peek() === 0x0a) this.pos += 1;
        out.push(0x0a);
      } else {
        if (byte === 0x28) depth += 1;
        if (byte === 0x29 && --depth === 0) return new PdfString(Buffer.from(out));
        out.push(byte);
      }
    }
  }

  private escape(out: number[]): void {
    const next = this.peek();
    if (next === -1) this.fail('unterminated string');
    if (next >= 0x30 && next <= 0x37) {
      let code = 0;
      for (let digits = 0; digits < 3 && this.peek() >= 0x30 && this.peek() <= 0x37; digits++) {
        code = code * 8 + (this.peek() - 0x30);
        this.pos += 1;
      }
      out.push(code & 0xff);
      return;
    }
    this.pos += 1;
    if (next === 0x0d) {
      if (this.peek() === 0x0a) this.pos += 1;
    } else if (next !== 0x0a) {
      out.push(LITERAL_ESCAPES[next] ?? next);
    }
  }
}

/** The PDF header may sit anywhere in the first 1024 bytes (ISO 32000-1, annex H). */
export function hasPdfHeader(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-');
}

/** Reads `num gen obj <value> [stream]` at `offset`. */
export function readIndirectObject(bytes: Buffer, offset: number): IndirectObject {
  if (!Number.isSafeInteger(offset) || offset < 0 || offset >= bytes.length) throw new PdfSyntaxError('object offset outside the file', offset);
  const scanner = new PdfScanner(bytes, offset);
  const num = scanner.unsignedInteger();
  const gen = scanner.unsignedInteger();
  scanner.expectKeyword('obj');
  const value = scanner.value();
  const afterValue = scanner.pos;
  let streamStart: number | null = null;
  if (scanner.token() === 'stream') {
    // The keyword is followed by CR LF or LF; a lone CR is tolerated as some writers emit it.
    if (bytes[scanner.pos] === 0x0d) scanner.pos += 1;
    if (bytes[scanner.pos] === 0x0a) scanner.pos += 1;
    streamStart = scanner.pos;
  } else {
    scanner.pos = afterValue;
  }
  return { offset, num, gen, value, streamStart };
}

/** True when `endstream` follows `end` after at most white space: the check that a stream's /Length is right. */
export function endsStreamAt(bytes: Buffer, end: number): boolean {
  if (end > bytes.length) return false;
  const scanner = new PdfScanner(bytes, end);
  scanner.skipSpace();
  return scanner.pos - end <= 2 && scanner.token() === 'endstream';
}
