/**
 * The revisions of a PDF: the original document and each incremental update end with `startxref <offset> %%EOF`
 * (ISO 32000-1 §7.5.5–7.5.6).
 */

export interface Revision {
  /** Offset of this revision's cross-reference section. */
  startxref: number;
  /** Offset just after its `%%EOF`. */
  eofEnd: number;
  /** Offset after the end-of-line that follows `%%EOF`, where the next revision starts. */
  end: number;
}

const MARKER = /startxref\s+(\d{1,15})\s+%%EOF(\r\n|\r|\n)?/g;

export function findRevisions(text: string): Revision[] {
  return [...text.matchAll(MARKER)].map((match) => {
    const eofEnd = match.index + match[0].length - (match[2]?.length ?? 0);
    return { startxref: Number(match[1]), eofEnd, end: match.index + match[0].length };
  });
}

/** How many revisions lie within the first `bytes` bytes of the file. */
export function revisionsWithin(revisions: Revision[], bytes: number): number {
  return revisions.filter((revision) => revision.eofEnd <= bytes).length;
}
