import { expect } from 'vitest';
import type { SegmentedText, Sentence } from '../../../../shared/extraction/segment-types';
import type { Fact } from '../../../../shared/extraction/types';

export interface Section {
  heading: string | null;
  sentences: string[];
}

/** Plain text with one line per heading and sentence, and the sentences with their offsets and headings. */
export function sectionsOf(sections: Section[]): SegmentedText {
  let source = '';
  const sentences: Sentence[] = [];
  for (const section of sections) {
    if (section.heading !== null) source += `${section.heading}\n`;
    for (const text of section.sentences) {
      sentences.push({ text, start: source.length, end: source.length + text.length, heading: section.heading });
      source += `${text}\n`;
    }
  }
  return { source, sentences };
}

export function sentencesOf(sentences: string[], heading: string | null = null): SegmentedText {
  return sectionsOf([{ heading, sentences }]);
}

/** The normalized values of the facts, in the order found. */
export function normalizedOf(facts: Fact[]): string[] {
  return facts.map((fact) => fact.normalized);
}

export function expectEvidenceInSource(document: SegmentedText, facts: Fact[]): void {
  for (const fact of facts) expect(document.source.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
}
