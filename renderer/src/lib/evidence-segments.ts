/** A stretch of the document text, with the suggestions whose evidence covers all of it (none for plain text). */
export interface TextSegment {
  start: number;
  end: number;
  factIds: string[];
}

export interface EvidenceSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Cuts the text at every evidence boundary, so that it renders as a few dozen runs of text and <mark>s instead of a
 * node per character. Spans that share a sentence share its segment; overlapping spans give one segment per overlap.
 */
export function evidenceSegments(length: number, spans: readonly EvidenceSpan[]): TextSegment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), length);
  const valid = spans.map((span) => ({ id: span.id, start: clamp(span.start), end: clamp(span.end) })).filter((span) => span.end > span.start);
  const starting = new Map<number, string[]>();
  const ending = new Map<number, string[]>();
  const boundaries = new Set<number>([0, length]);
  for (const span of valid) {
    starting.set(span.start, [...(starting.get(span.start) ?? []), span.id]);
    ending.set(span.end, [...(ending.get(span.end) ?? []), span.id]);
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const offsets = [...boundaries].sort((a, b) => a - b);
  // Insertion order keeps the suggestions of a sentence in the order they were found.
  const active = new Set<string>();
  const segments: TextSegment[] = [];
  for (let index = 0; index < offsets.length - 1; index += 1) {
    const start = offsets[index]!;
    const end = offsets[index + 1]!;
    for (const id of ending.get(start) ?? []) active.delete(id);
    for (const id of starting.get(start) ?? []) active.add(id);
    if (end > start) segments.push({ start, end, factIds: [...active] });
  }
  return segments;
}

/** The first segment of each suggestion: where "show the sentence" scrolls to. */
export function firstSegmentOf(segments: readonly TextSegment[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const segment of segments) for (const id of segment.factIds) if (!first.has(id)) first.set(id, segment.start);
  return first;
}
