import type { ObjectIndex, XrefEntry } from './cross-reference';
import { PdfScanner, readIndirectObject } from './pdf-syntax';
import { PdfDict, PdfRef, isName, type IndirectObject } from './pdf-values';

/**
 * Recovery for files whose cross-reference data is unusable: every object header in file order, where a later
 * definition replaces an earlier one as an incremental update would.
 */

const OBJECT_HEADER = /(?<![0-9])(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/g;
const TRAILER = /trailer(?=[\0\t\n\f\r ]*<<)/g;

/** The objects and trailer found by scanning; null when there is no object or nothing names the catalog. */
export function scanObjects(bytes: Buffer): ObjectIndex | null {
  const text = bytes.toString('latin1');
  const entries = new Map<number, XrefEntry>();
  let catalog: number | null = null;
  const header = new RegExp(OBJECT_HEADER.source, 'g');
  for (let match = header.exec(text); match !== null; match = header.exec(text)) {
    let parsed: IndirectObject;
    try {
      parsed = readIndirectObject(bytes, match.index);
    } catch {
      continue;
    }
    entries.set(parsed.num, { offset: match.index, gen: parsed.gen, free: false });
    if (parsed.value instanceof PdfDict) {
      if (isName(parsed.value.get('Type'), 'Catalog')) catalog = parsed.num;
      // Skipping a stream's data keeps byte sequences inside it from being read as objects.
      const length = parsed.value.get('Length');
      if (parsed.streamStart !== null && typeof length === 'number' && length >= 0 && Number.isSafeInteger(length)) {
        header.lastIndex = Math.max(header.lastIndex, Math.min(text.length, parsed.streamStart + length));
      }
    }
  }
  const trailer = lastTrailerWithRoot(bytes, text) ?? rootOnlyTrailer(catalog);
  return trailer && entries.size > 0 ? { entries, trailer } : null;
}

function lastTrailerWithRoot(bytes: Buffer, text: string): PdfDict | null {
  let found: PdfDict | null = null;
  const trailer = new RegExp(TRAILER.source, 'g');
  for (let match = trailer.exec(text); match !== null; match = trailer.exec(text)) {
    try {
      const value = new PdfScanner(bytes, match.index + 'trailer'.length).value();
      if (value instanceof PdfDict && value.has('Root')) found = value;
    } catch {
      // A damaged trailer says nothing; an earlier or later one may.
    }
  }
  return found;
}

function rootOnlyTrailer(catalog: number | null): PdfDict | null {
  return catalog === null ? null : new PdfDict(new Map([['Root', new PdfRef(catalog, 0)]]));
}
