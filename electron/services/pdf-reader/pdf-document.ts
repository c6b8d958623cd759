import { AppFailure } from '../../../shared/domain/result';
import { lastStartxref, mergeSections, readXrefChain, type ObjectIndex, type XrefEntry, type XrefSection } from './cross-reference';
import { scanObjects } from './object-scan';
import { PdfSyntaxError, endsStreamAt, hasPdfHeader, readIndirectObject } from './pdf-syntax';
import { PdfDict, PdfRef, isName, textOf, type IndirectObject, type PdfValue } from './pdf-values';

export { isDict, isName } from './pdf-values';

/**
 * Random access to the objects of a PDF with classic cross-reference tables, incremental updates included: the
 * newest revision's definition of an object wins, as in a viewer. Objects are read lazily where the table says
 * they are.
 *
 * Opened for signing (`PdfDocument.open`, at a given `startxref` the document as it was at that revision), anything
 * the app cannot read or update safely is an AppFailure. Opened for reading what a file carries (`openPdfDocument`),
 * a file whose cross-reference chain is broken is read by scanning for object headers instead, and an object that
 * cannot be read is null.
 */
export class PdfDocument {
  /** Object number → where the newest revision defines it (or frees it). */
  readonly entries: Map<number, XrefEntry>;
  /** The merged trailer: each key from the newest revision that has it. */
  readonly trailer: PdfDict;
  private readonly cache = new Map<number, IndirectObject | null>();

  private constructor(
    readonly bytes: Buffer,
    /** Newest first; none when the objects were found by scanning. */
    readonly sections: XrefSection[],
    index: ObjectIndex,
    private readonly strict: boolean,
  ) {
    this.entries = index.entries;
    this.trailer = index.trailer;
  }

  /** For signing: throws AppFailure NOT_A_PDF, or UNSUPPORTED_PDF for what cannot be updated safely. */
  static open(bytes: Buffer, startxref: number | null = lastStartxref(bytes)): PdfDocument {
    if (!hasPdfHeader(bytes)) throw new AppFailure('NOT_A_PDF', 'The file is not a PDF document.');
    if (startxref === null) throw new AppFailure('NOT_A_PDF', 'The file is not a PDF document (or it is incomplete): it has no cross-reference offset.');
    const sections = readXrefChain(bytes, startxref, (section) => {
      if (section.trailer.has('XRefStm')) throw new AppFailure('UNSUPPORTED_PDF', 'The PDF keeps part of its cross-reference in a stream; this is not supported.');
      if (section.trailer.has('Encrypt')) throw new AppFailure('UNSUPPORTED_PDF', 'The PDF is encrypted; encrypted PDFs cannot be signed.');
    });
    return new PdfDocument(bytes, sections, mergeSections(sections), true);
  }

  /** For reading: never throws; null when no object can be found. */
  static read(bytes: Buffer): PdfDocument | null {
    const startxref = lastStartxref(bytes);
    try {
      if (startxref !== null) {
        const sections = readXrefChain(bytes, startxref);
        return new PdfDocument(bytes, sections, mergeSections(sections), false);
      }
    } catch {
      // Any fault in the chain leaves the index incomplete; scanning finds what there is.
    }
    return PdfDocument.scan(bytes);
  }

  /** The objects found by scanning the bytes, whatever the cross-reference data says; null when none are found. */
  static scan(bytes: Buffer): PdfDocument | null {
    const index = scanObjects(bytes);
    return index ? new PdfDocument(bytes, [], index, false) : null;
  }

  /** The next free object number. */
  get size(): number {
    const declared = this.trailer.get('Size');
    let highest = 1;
    for (const num of this.entries.keys()) highest = Math.max(highest, num + 1);
    return typeof declared === 'number' && Number.isSafeInteger(declared) ? Math.max(declared, highest) : highest;
  }

  /** The object with number `num`, or null when it is free or absent (or, when reading, unreadable). */
  object(num: number): IndirectObject | null {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.entries.get(num);
    const found = entry && !entry.free ? this.readObject(num, entry.offset) : null;
    this.cache.set(num, found);
    return found;
  }

  private readObject(num: number, offset: number): IndirectObject | null {
    let object: IndirectObject;
    try {
      object = readIndirectObject(this.bytes, offset);
    } catch (error) {
      if (!this.strict) return null;
      if (error instanceof PdfSyntaxError) throw new AppFailure('UNSUPPORTED_PDF', `Object ${num} cannot be read: ${error.message}.`);
      throw error;
    }
    if (object.num === num) return object;
    if (this.strict) throw new AppFailure('UNSUPPORTED_PDF', `The cross-reference table misplaces object ${num}.`);
    return null;
  }

  /** Follows references to the value they name. */
  resolve(value: PdfValue | undefined): PdfValue {
    let current: PdfValue | undefined = value;
    for (let hops = 0; current instanceof PdfRef; hops++) {
      if (hops > 32) {
        if (this.strict) throw new AppFailure('UNSUPPORTED_PDF', 'References form a loop.');
        return null;
      }
      current = this.object(current.num)?.value;
    }
    return current ?? null;
  }

  dict(value: PdfValue | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return resolved instanceof PdfDict ? resolved : null;
  }

  array(value: PdfValue | undefined): PdfValue[] | null {
    const resolved = this.resolve(value);
    return Array.isArray(resolved) ? resolved : null;
  }

  text(value: PdfValue | undefined): string | null {
    return textOf(this.resolve(value));
  }

  /** A stream's bytes as stored (still encoded), checked against its /Length and the `endstream` after it. */
  rawStream(stream: IndirectObject): Buffer | null {
    if (stream.streamStart === null || !(stream.value instanceof PdfDict)) return null;
    const length = this.resolve(stream.value.get('Length'));
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return null;
    const end = stream.streamStart + length;
    if (end > this.bytes.length) return null;
    try {
      return endsStreamAt(this.bytes, end) ? this.bytes.subarray(stream.streamStart, end) : null;
    } catch {
      return null;
    }
  }

  catalogRef(): PdfRef {
    const root = this.trailer.get('Root');
    if (!(root instanceof PdfRef)) throw new AppFailure('UNSUPPORTED_PDF', 'The PDF has no document catalog.');
    return root;
  }

  catalog(): PdfDict {
    const catalog = this.dict(this.catalogRef());
    if (!catalog) throw new AppFailure('UNSUPPORTED_PDF', 'The document catalog cannot be read.');
    return catalog;
  }

  info(): PdfDict | null {
    return this.dict(this.trailer.get('Info'));
  }

  /** The pages in order, as references to their page objects. */
  pages(): PdfRef[] {
    const pages: PdfRef[] = [];
    const seen = new Set<number>();
    const walk = (node: PdfValue | undefined, depth: number): void => {
      if (!(node instanceof PdfRef)) throw new AppFailure('UNSUPPORTED_PDF', 'The page tree holds a direct object.');
      if (seen.has(node.num) || depth > 64) throw new AppFailure('UNSUPPORTED_PDF', 'The page tree is not a tree.');
      seen.add(node.num);
      const dictionary = this.dict(node);
      if (!dictionary) throw new AppFailure('UNSUPPORTED_PDF', 'A page tree node cannot be read.');
      if (isName(dictionary.get('Type'), 'Pages')) {
        for (const kid of this.array(dictionary.get('Kids')) ?? []) walk(kid, depth + 1);
      } else {
        pages.push(node);
      }
    };
    walk(this.catalog().get('Pages'), 0);
    if (pages.length === 0) throw new AppFailure('UNSUPPORTED_PDF', 'The PDF has no pages.');
    return pages;
  }

  /** A page attribute that may be inherited from the page tree (7.7.3.4), e.g. MediaBox. */
  inherited(page: PdfRef, key: string): PdfValue {
    let node = this.dict(page);
    for (let depth = 0; node && depth < 64; depth++) {
      const value = node.get(key);
      if (value !== undefined) return this.resolve(value);
      node = this.dict(node.get('Parent'));
    }
    return null;
  }
}

/** `PdfDocument.read`: the document as far as it can be read, for taking out what it carries. */
export function openPdfDocument(bytes: Buffer): PdfDocument | null {
  return PdfDocument.read(bytes);
}
