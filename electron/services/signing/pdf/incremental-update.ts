import type { PdfDict, PdfValue } from '../../pdf-reader/pdf-values';
import { serialize } from './serialize';

/**
 * Appends an incremental update (ISO 32000-1 §7.5.6): the new and changed objects, a cross-reference section for
 * exactly those objects, and a trailer whose /Prev links to the previous section. The bytes before stay untouched,
 * so that signatures over them stay valid.
 */

export interface UpdatedObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Stream data, already encoded as the dictionary's /Filter says; /Length is set here. */
  stream?: Buffer;
}

export interface WrittenUpdate {
  bytes: Buffer;
  /** Where each object starts in `bytes`. */
  offsets: Map<number, number>;
}

const XREF_LINE = (offset: number, gen: number) => `${String(offset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;

/** Consecutive object numbers share one cross-reference subsection. */
function subsections(numbers: number[]): number[][] {
  const runs: number[][] = [];
  for (const num of numbers) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === num - 1) run.push(num);
    else runs.push([num]);
  }
  return runs;
}

export function appendUpdate(base: Buffer, objects: UpdatedObject[], trailer: PdfDict): WrittenUpdate {
  const endsWithNewline = base[base.length - 1] === 0x0a || base[base.length - 1] === 0x0d;
  const chunks: Buffer[] = [base];
  let length = base.length;
  const push = (chunk: Buffer | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    chunks.push(bytes);
    length += bytes.length;
  };
  if (!endsWithNewline) push('\n');

  const sorted = [...objects].sort((a, b) => a.num - b.num);
  const offsets = new Map<number, number>();
  for (const object of sorted) {
    offsets.set(object.num, length);
    if (object.stream) {
      const dictionary = object.value as PdfDict;
      push(`${object.num} ${object.gen} obj\n${serialize(dictionary.with('Length', object.stream.length))}\nstream\n`);
      push(object.stream);
      push('\nendstream\nendobj\n');
    } else {
      push(`${object.num} ${object.gen} obj\n${serialize(object.value)}\nendobj\n`);
    }
  }

  const xrefAt = length;
  const gens = new Map(sorted.map((object) => [object.num, object.gen]));
  let xref = 'xref\n';
  for (const run of subsections(sorted.map((object) => object.num))) {
    xref += `${run[0]} ${run.length}\n`;
    for (const num of run) xref += XREF_LINE(offsets.get(num) ?? 0, gens.get(num) ?? 0);
  }
  push(`${xref}trailer\n${serialize(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`);
  return { bytes: Buffer.concat(chunks, length), offsets };
}
