import type { Fact } from './types';

/** One sentence or list item of the plain text; `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The nearest heading above the sentence, when the text has recognisable headings ("Sub-processors"). */
  heading: string | null;
}

export interface SegmentedText {
  /** The whole plain text the offsets refer to. */
  source: string;
  sentences: Sentence[];
}

/** One kind of fact: reads the segmented text, returns facts whose evidence is one of its sentences. */
export type Extractor = (document: SegmentedText) => Fact[];
