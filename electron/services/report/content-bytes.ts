/** A growing byte buffer: operators are written as Latin-1 text, glyph ids as raw bytes. */
export class ContentBytes {
  /** Writers that know how much they add may `reserve` it and fill `buffer` from `length` themselves. */
  buffer = Buffer.allocUnsafe(16 * 1024);
  length = 0;

  /** Appends `text` (code units 0–255 only). */
  text(text: string): void {
    this.reserve(text.length);
    this.length += this.buffer.write(text, this.length, 'latin1');
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) this.reserve(1);
    this.buffer[this.length++] = value;
  }

  append(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + count) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }
}
