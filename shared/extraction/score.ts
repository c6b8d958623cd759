import { FACT_TYPES, GAP_IDS, type ExtractionResult, type FactType, type GapId, type LabelledDocument } from './types';

/**
 * Precision and recall of an extraction against hand labels. Facts are compared as distinct (type, normalized)
 * pairs: a fact found in three sentences counts once, like the labels, which list each fact once.
 *
 * Where a ratio has no denominator: precision is 1 when nothing was predicted and nothing was labelled, and 0 when
 * nothing was predicted but something was labelled (the extractor found nothing it should have). Recall is 1 when
 * nothing was labelled: there was nothing to miss; any prediction then shows in precision.
 */

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface TypeScore extends Counts {
  precision: number;
  recall: number;
}

/** Gap ids compared as a yes/no decision per id and document. */
export interface GapScore extends TypeScore {
  /** Decisions (documents × gap ids) on which the extraction and the labels agree. */
  agreed: number;
  decisions: number;
  /** agreed / decisions. */
  agreement: number;
}

export interface ScoringError {
  kind: 'false-positive' | 'false-negative';
  type: FactType | 'gap';
  normalized: string;
  /** The sentence the extractor cited (false positive) or the labelled phrase (false negative). */
  evidence: string;
}

export interface CorpusScore {
  documents: number;
  byType: Record<FactType, TypeScore>;
  /** All fact types together. */
  overall: TypeScore;
  gaps: GapScore;
}

export interface DocumentScore extends CorpusScore {
  document: string;
  errors: ScoringError[];
}

const LEGAL_FORMS = new Set(
  'inc incorporated llc ltd limited gmbh ag se sarl sas sa bv nv oy ab as plc corp corporation co pty srl spa kk lp llp ulc'.split(' '),
);

/**
 * The form in which predicted and labelled values are compared. Recipient names are compared without case, legal
 * form and parenthesised detail, so "Zendesk, Inc." and "Zendesk" or "Equinix (Germany) GmbH" and "Equinix" match.
 */
export function comparisonKey(type: FactType, normalized: string): string {
  const folded = normalized.trim().toLowerCase().replace(/\s+/g, ' ');
  if (type !== 'subprocessor') return folded;
  const words = folded
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bsp\.?\s*z\s*o\.?\s*o\.?/g, ' ')
    .replace(/\./g, '')
    .replace(/[,;:&/\-–]/g, ' ')
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

export function ratios(counts: Counts): TypeScore {
  const predicted = counts.truePositives + counts.falsePositives;
  const labelled = counts.truePositives + counts.falseNegatives;
  return {
    ...counts,
    precision: predicted === 0 ? (labelled === 0 ? 1 : 0) : counts.truePositives / predicted,
    recall: labelled === 0 ? 1 : counts.truePositives / labelled,
  };
}

const emptyCounts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

const add = (total: Counts, part: Counts): Counts => ({
  truePositives: total.truePositives + part.truePositives,
  falsePositives: total.falsePositives + part.falsePositives,
  falseNegatives: total.falseNegatives + part.falseNegatives,
});

function scoreGaps(predicted: readonly GapId[], labelled: readonly GapId[], errors: ScoringError[]): GapScore {
  const counts = emptyCounts();
  let agreed = 0;
  for (const id of GAP_IDS) {
    const isPredicted = predicted.includes(id);
    const isLabelled = labelled.includes(id);
    if (isPredicted === isLabelled) agreed += 1;
    if (isPredicted && isLabelled) counts.truePositives += 1;
    if (isPredicted && !isLabelled) {
      counts.falsePositives += 1;
      errors.push({ kind: 'false-positive', type: 'gap', normalized: id, evidence: '' });
    }
    if (!isPredicted && isLabelled) {
      counts.falseNegatives += 1;
      errors.push({ kind: 'false-negative', type: 'gap', normalized: id, evidence: '' });
    }
  }
  return { ...ratios(counts), agreed, decisions: GAP_IDS.length, agreement: agreed / GAP_IDS.length };
}

export function scoreDocument(result: ExtractionResult, labels: LabelledDocument): DocumentScore {
  const errors: ScoringError[] = [];
  const counts = Object.fromEntries(FACT_TYPES.map((type) => [type, emptyCounts()])) as Record<FactType, Counts>;
  const predicted = new Map<string, { type: FactType; normalized: string; evidence: string }>();
  for (const fact of result.facts) {
    const key = `${fact.type}\u0000${comparisonKey(fact.type, fact.normalized)}`;
    if (!predicted.has(key)) predicted.set(key, { type: fact.type, normalized: fact.normalized, evidence: fact.evidence.text });
  }
  const labelled = new Map(labels.facts.map((fact) => [`${fact.type}\u0000${comparisonKey(fact.type, fact.normalized)}`, fact]));
  for (const [key, fact] of predicted) {
    if (labelled.has(key)) counts[fact.type].truePositives += 1;
    else {
      counts[fact.type].falsePositives += 1;
      errors.push({ kind: 'false-positive', ...fact });
    }
  }
  for (const [key, fact] of labelled) {
    if (predicted.has(key)) continue;
    counts[fact.type].falseNegatives += 1;
    errors.push({ kind: 'false-negative', ...fact });
  }
  const byType = Object.fromEntries(FACT_TYPES.map((type) => [type, ratios(counts[type])])) as Record<FactType, TypeScore>;
  return {
    document: labels.document,
    documents: 1,
    byType,
    overall: ratios(FACT_TYPES.reduce((total, type) => add(total, counts[type]), emptyCounts())),
    gaps: scoreGaps(result.gaps.map((gap) => gap.id), labels.gaps, errors),
    errors,
  };
}

/** Micro-averaged: the counts of all documents are summed, then the ratios are taken once. */
export function scoreCorpus(scores: readonly CorpusScore[]): CorpusScore {
  const byType = Object.fromEntries(
    FACT_TYPES.map((type) => [type, ratios(scores.reduce((total, score) => add(total, score.byType[type]), emptyCounts()))]),
  ) as Record<FactType, TypeScore>;
  const gapCounts = scores.reduce((total, score) => add(total, score.gaps), emptyCounts());
  const decisions = scores.reduce((total, score) => total + score.gaps.decisions, 0);
  const agreed = scores.reduce((total, score) => total + score.gaps.agreed, 0);
  return {
    documents: scores.reduce((total, score) => total + score.documents, 0),
    byType,
    overall: ratios(scores.reduce((total, score) => add(total, score.overall), emptyCounts())),
    gaps: { ...ratios(gapCounts), agreed, decisions, agreement: decisions === 0 ? 1 : agreed / decisions },
  };
}
