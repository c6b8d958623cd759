import { AppFailure } from '../../../shared/domain/result';
import { PdfScanner, PdfSyntaxError } from './pdf-syntax';
import { PdfDict, type PdfValue } from './pdf-values';

/**
 * Cross-reference tables and trailers (ISO 32000-1, 7.5.4–7.5.6), from the newest revision back through /Prev.
 * Only classic tables are read: the PDFs this app writes and signs (pdfkit output and its own incremental updates)
 * have no cross-reference streams, and a file that uses them is refused rather than half-read.
 */

export interface XrefEntry {
  offset: number;
  gen: number;
  free: boolean;
}

export interface XrefSection {
  /** Byte offset of the `xref` keyword. */
  at: number;
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
}

/** Where each object of a document is, and its trailer. */
export interface ObjectIndex {
  /** Object number → where the newest revision defines it (or frees it). */
  entries: Map<number, XrefEntry>;
  /** The merged trailer: each key from the newest revision that has it. */
  trailer: PdfDict;
}

/** An entry takes 20 bytes, at least 18 when a writer skimps on white space; a count that cannot fit in the file is a lie. */
const MIN_ENTRY_BYTES = 18;
/** Guards the /Prev chain of hostile files; a real document has a handful of revisions. */
const MAX_REVISIONS = 10_000;

const unsupported = (message: string) => new AppFailure('UNSUPPORTED_PDF', message);

/** The offset after the last `startxref` of the bytes (of a prefix of a file: that prefix's newest revision), or null. */
export function lastStartxref(bytes: Buffer): number | null {
  const at = bytes.lastIndexOf('startxref');
  if (at === -1) return null;
  const match = /^startxref\s+(\d{1,15})\s/.exec(bytes.toString('latin1', at, Math.min(bytes.length, at + 40)));
  return match ? Number(match[1]) : null;
}

/** One `xref … trailer <<…>>` section; throws UNSUPPORTED_PDF naming what is wrong. */
export function readXrefSection(bytes: Buffer, at: number): XrefSection {
  if (!Number.isSafeInteger(at) || at < 0 || at >= bytes.length) throw unsupported('The cross-reference offset points outside the file.');
  const scanner = new PdfScanner(bytes, at);
  if (scanner.atUnsignedInteger()) {
    throw unsupported('The PDF uses a cross-reference stream (PDF 1.5 compression); only classic cross-reference tables are supported.');
  }
  if (scanner.token() !== 'xref') throw unsupported('The cross-reference offset does not point at a cross-reference table.');

  const entries = new Map<number, XrefEntry>();
  try {
    while (scanner.atUnsignedInteger()) {
      const first = scanner.unsignedInteger();
      const count = scanner.unsignedInteger();
      if (count * MIN_ENTRY_BYTES > bytes.length - scanner.pos) throw new PdfSyntaxError('cross-reference subsection longer than the file', scanner.pos);
      for (let i = 0; i < count; i++) {
        const offset = scanner.unsignedInteger();
        const gen = scanner.unsignedInteger();
        const kind = scanner.token();
        if (kind !== 'n' && kind !== 'f') throw new PdfSyntaxError('invalid cross-reference entry', scanner.pos);
        // Within one section the first entry for an object counts.
        if (!entries.has(first + i)) entries.set(first + i, { offset, gen, free: kind === 'f' });
      }
    }
    scanner.expectKeyword('trailer');
    const trailer = scanner.value();
    if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('the trailer is not a dictionary', scanner.pos);
    return { at, entries, trailer };
  } catch (error) {
    if (error instanceof PdfSyntaxError) throw unsupported(`The cross-reference table cannot be read: ${error.message}.`);
    throw error;
  }
}

/**
 * The sections from the one at `start` back through /Prev, newest first. `accept` may refuse a section (by throwing)
 * before the chain is followed further.
 */
export function readXrefChain(bytes: Buffer, start: number, accept: (section: XrefSection) => void = () => {}): XrefSection[] {
  const sections: XrefSection[] = [];
  const seen = new Set<number>();
  for (let at: number | null = start; at !== null; ) {
    if (seen.has(at)) throw unsupported('The cross-reference tables refer to each other in a loop.');
    if (seen.size >= MAX_REVISIONS) throw unsupported('The PDF has more revisions than any real document.');
    seen.add(at);
    const section = readXrefSection(bytes, at);
    accept(section);
    sections.push(section);
    const previous = section.trailer.get('Prev');
    at = typeof previous === 'number' ? previous : null;
  }
  return sections;
}

/** The document the sections (newest first) describe together: the newest definition of each object and trailer key. */
export function mergeSections(sections: XrefSection[]): ObjectIndex {
  const entries = new Map<number, XrefEntry>();
  const trailer = new Map<string, PdfValue>();
  for (const section of sections) {
    for (const [num, entry] of section.entries) if (!entries.has(num)) entries.set(num, entry);
    for (const [key, value] of section.trailer.entries) if (!trailer.has(key)) trailer.set(key, value);
  }
  return { entries, trailer: new PdfDict(trailer) };
}
