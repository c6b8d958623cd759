// Quality and speed of the vendor-document extraction: precision and recall per fact type against the hand labels
// (seeds and held-out documents), and the median time of extractFacts on a policy of about 25 pages. bench.ts prints
// these figures with the others; run alone with `npx tsx test/bench/extraction.ts`, adding `--errors` to list every
// false positive and false negative with its sentence.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { extractFacts } from '../../shared/extraction/extract';
import { scoreCorpus, scoreDocument, type CorpusScore, type DocumentScore, type TypeScore } from '../../shared/extraction/score';
import { FACT_TYPES, type FactType } from '../../shared/extraction/types';
import { loadLabelledCorpus, type CorpusSet } from '../fixtures/extraction-corpus';

/** A printed page of a privacy policy holds about 3,000 characters. */
const CHARACTERS_PER_PAGE = 3_000;
const LONG_POLICY_CHARACTERS = 25 * CHARACTERS_PER_PAGE;
/** The fact types the issue sets targets for: precision ≥ 0.9 and recall ≥ 0.8. */
const TARGET_TYPES: readonly FactType[] = ['country', 'mechanism', 'subprocessor', 'security'];
const TARGET = { precision: 0.9, recall: 0.8 };

export interface ExtractionTiming {
  label: string;
  characters: number;
  /** The first run (for the long policy: the first extraction of the process, before the code is optimised). */
  cold: number;
  times: number[];
}

export interface ExtractionBench {
  sets: { name: string; score: CorpusScore }[];
  documents: (DocumentScore & { set: CorpusSet })[];
  longPolicy: ExtractionTiming & { documents: number };
  singleDocument: ExtractionTiming;
}

function timeExtraction(source: string, runs: number): { cold: number; times: number[] } {
  const coldStart = performance.now();
  extractFacts(source);
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    extractFacts(source);
    times.push(performance.now() - start);
  }
  return { cold, times };
}

export function benchExtraction(runs: number): ExtractionBench {
  const corpus = loadLabelledCorpus();
  // The labelled documents one after the other, as one long policy of several sections would read. It is timed
  // first, so that its first run is the first extraction of the process.
  const parts: string[] = [];
  let length = 0;
  for (const entry of corpus) {
    if (length >= LONG_POLICY_CHARACTERS) break;
    parts.push(entry.text);
    length += entry.text.length + 2;
  }
  const longPolicy = parts.join('\n\n');
  const longPolicyTiming = { label: 'long policy', characters: longPolicy.length, documents: parts.length, ...timeExtraction(longPolicy, runs) };
  const longest = corpus.reduce((best, entry) => (entry.text.length > best.text.length ? entry : best));
  const singleDocument = { label: longest.labels.document, characters: longest.text.length, ...timeExtraction(longest.text, runs) };

  const documents = corpus.map((entry) => ({ ...scoreDocument(extractFacts(entry.text), entry.labels), set: entry.set }));
  const of = (set: CorpusSet) => documents.filter((document) => document.set === set);
  const sets = [
    { name: `seeds (${of('seeds').length})`, score: scoreCorpus(of('seeds')) },
    { name: `held-out (${of('held-out').length})`, score: scoreCorpus(of('held-out')) },
    { name: `overall (${documents.length})`, score: scoreCorpus(documents) },
  ];
  return { sets, documents, longPolicy: longPolicyTiming, singleDocument };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const cell = (score: TypeScore) =>
  `${score.precision.toFixed(2)} / ${score.recall.toFixed(2)} (${score.truePositives}/${score.falsePositives}/${score.falseNegatives})`.padEnd(26);

const meetsTarget = (score: TypeScore) => score.precision >= TARGET.precision && score.recall >= TARGET.recall;

/** The quality table: precision / recall (true positives / false positives / false negatives) per fact type and set. */
export function extractionQualityLines(bench: ExtractionBench): string[] {
  const header = `  ${'fact type'.padEnd(20)}${bench.sets.map((set) => set.name.padEnd(26)).join('')}`;
  const rows = FACT_TYPES.map((type) => {
    const overall = bench.sets[bench.sets.length - 1]!.score.byType[type];
    const target = TARGET_TYPES.includes(type) ? (meetsTarget(overall) ? '  target met' : '  below target') : '';
    return `  ${`${type}${TARGET_TYPES.includes(type) ? ' *' : ''}`.padEnd(20)}${bench.sets.map((set) => cell(set.score.byType[type])).join('')}${target}`;
  });
  return [
    `  extraction quality: precision / recall (true pos./false pos./false neg.), distinct facts, micro-averaged;`,
    `  * target precision ≥ ${TARGET.precision} and recall ≥ ${TARGET.recall} (on the overall figures)`,
    header,
    ...rows,
    `  ${'all facts'.padEnd(20)}${bench.sets.map((set) => cell(set.score.overall)).join('')}`,
    `  ${'gaps'.padEnd(20)}${bench.sets.map((set) => cell(set.score.gaps)).join('')}`,
    `  ${'gap agreement'.padEnd(20)}${bench.sets.map((set) => `${set.score.gaps.agreed}/${set.score.gaps.decisions} decisions`.padEnd(26)).join('')}`,
  ];
}

export function extractionTimingLines(bench: ExtractionBench, format: (ms: number) => string): string[] {
  const { longPolicy, singleDocument } = bench;
  return [
    `  extraction of a 25-page policy:      ${format(median(longPolicy.times))}  (${longPolicy.times.length} runs after a first of ${format(longPolicy.cold)}, ` +
      `${longPolicy.characters} characters ≈ ${(longPolicy.characters / CHARACTERS_PER_PAGE).toFixed(1)} pages, ${longPolicy.documents} labelled documents in a row, target ≤ 200 ms)`,
    `  extraction of one document:          ${format(median(singleDocument.times))}  (${singleDocument.times.length} runs after a first of ${format(singleDocument.cold)}, ` +
      `${singleDocument.label}, ${singleDocument.characters} characters)`,
  ];
}

export function extractionErrorLines(bench: ExtractionBench): string[] {
  return bench.documents.flatMap((document) =>
    document.errors.map(
      (error) =>
        `${error.kind === 'false-positive' ? 'FP' : 'FN'}  ${error.type.padEnd(18)} ${error.normalized.padEnd(28)} ${document.document}  ${JSON.stringify(error.evidence.replace(/\s+/g, ' ').slice(0, 240))}`,
    ),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bench = benchExtraction(20);
  const format = (ms: number) => (ms < 10 ? `${ms.toFixed(3)} ms` : `${ms.toFixed(0)} ms`);
  console.log([...extractionQualityLines(bench), ...extractionTimingLines(bench, format)].join('\n'));
  if (process.argv.includes('--errors')) console.log(['', ...extractionErrorLines(bench)].join('\n'));
}
