import { describe, expect, it } from 'vitest';
import { evidenceSegments, firstSegmentOf } from '../../renderer/src/lib/evidence-segments';

const text = 'We host in Germany. Our processors are in the US. Nothing else.';
const first = { start: 0, end: 19 };
const second = { start: 20, end: 49 };

describe('evidenceSegments', () => {
  it('cuts the text at the evidence offsets only, and covers all of it in order', () => {
    const segments = evidenceSegments(text.length, [{ id: 'a', ...first }, { id: 'b', ...second }]);
    expect(segments.map((segment) => text.slice(segment.start, segment.end))).toEqual([
      'We host in Germany.',
      ' ',
      'Our processors are in the US.',
      ' Nothing else.',
    ]);
    expect(segments.map((segment) => segment.factIds)).toEqual([['a'], [], ['b'], []]);
    expect(segments.map((segment) => text.slice(segment.start, segment.end)).join('')).toBe(text);
  });

  it('gives the suggestions of one sentence one segment, in the order they were found', () => {
    const segments = evidenceSegments(text.length, [{ id: 'c', ...second }, { id: 'a', ...second }, { id: 'b', ...second }]);
    expect(segments.filter((segment) => segment.factIds.length > 0)).toEqual([{ ...second, factIds: ['c', 'a', 'b'] }]);
  });

  it('splits overlapping spans at each boundary, each piece knowing every span over it', () => {
    const segments = evidenceSegments(text.length, [{ id: 'long', start: 0, end: 49 }, { id: 'short', ...second }]);
    expect(segments.map((segment) => [segment.start, segment.end, segment.factIds])).toEqual([
      [0, 20, ['long']],
      [20, 49, ['long', 'short']],
      [49, text.length, []],
    ]);
    expect(firstSegmentOf(segments)).toEqual(new Map([['long', 0], ['short', 20]]));
  });

  it('ignores empty spans and clamps spans that run past the text', () => {
    const segments = evidenceSegments(10, [{ id: 'empty', start: 4, end: 4 }, { id: 'past', start: 6, end: 40 }]);
    expect(segments).toEqual([
      { start: 0, end: 6, factIds: [] },
      { start: 6, end: 10, factIds: ['past'] },
    ]);
  });

  it('keeps a long text to a handful of segments', () => {
    const long = 'x'.repeat(75_000);
    const spans = Array.from({ length: 40 }, (_, index) => ({ id: String(index), start: index * 1000, end: index * 1000 + 200 }));
    // Forty marks and the forty stretches of plain text after them (the first mark starts the text).
    expect(evidenceSegments(long.length, spans)).toHaveLength(80);
  });
});
