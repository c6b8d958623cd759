import type { LawLibrary } from '../domain/law-library';
import { findLaw } from '../domain/law-library';
import { addMonths } from './dates';
import { formatPercent } from './format';
import type { LawEvaluation, Reason, ReviewProposal, RiskEvaluation } from './types';

/**
 * DTIA Studio's review policy (EDPB step 6: re-evaluate at appropriate intervals): the higher the residual risk
 * relative to the acceptable limit, the sooner the review; three months when a legal status must be re-checked,
 * a law rests on unconfirmed facts, or the law library itself is outdated.
 */
export const REVIEW_MONTHS = { atOrAboveLimit: 6, atOrAboveHalfLimit: 12, belowHalfLimit: 24, noRiskModel: 12, recheck: 3 } as const;
export const LIBRARY_MAX_AGE_MONTHS = 12;

export interface ReviewInput {
  risk: RiskEvaluation;
  laws: readonly LawEvaluation[];
  library: LawLibrary;
  libraryAgeInMonths: number;
  today: string;
}

export function proposeReview({ risk, laws, library, libraryAgeInMonths, today }: ReviewInput): ReviewProposal {
  const reasons: Reason[] = [];
  let months: number;
  const hasModel = risk.scenarios.some((s) => s.included);
  const params = {
    residual: formatPercent(risk.horizonAfter),
    limit: formatPercent(risk.acceptableLimit),
    horizon: risk.horizonYears,
  };
  if (!hasModel) {
    months = REVIEW_MONTHS.noRiskModel;
    reasons.push({ key: 'engine.review.noRiskModel', params: { months } });
  } else if (risk.horizonAfter >= risk.acceptableLimit) {
    months = REVIEW_MONTHS.atOrAboveLimit;
    reasons.push({ key: 'engine.review.atOrAboveLimit', params: { ...params, months } });
  } else if (risk.horizonAfter >= risk.acceptableLimit / 2) {
    months = REVIEW_MONTHS.atOrAboveHalfLimit;
    reasons.push({ key: 'engine.review.atOrAboveHalfLimit', params: { ...params, months } });
  } else {
    months = REVIEW_MONTHS.belowHalfLimit;
    reasons.push({ key: 'engine.review.belowHalfLimit', params: { ...params, months } });
  }

  const shorten: Reason[] = [];
  for (const law of laws) {
    const entry = law.lawId === null ? undefined : findLaw(library, law.lawId);
    if (entry?.recheck) shorten.push({ key: 'engine.review.lawRecheck', params: { law: law.name, recheck: entry.recheck } });
    else if (entry && (entry.confidence === 'unconfirmed' || entry.confidence === 'conflicting')) {
      shorten.push({ key: 'engine.review.lawUnconfirmed', params: { law: law.name, confidence: entry.confidence } });
    }
  }
  if (libraryAgeInMonths > LIBRARY_MAX_AGE_MONTHS) {
    shorten.push({ key: 'engine.review.libraryOutdated', params: { asOf: library.asOf, months: libraryAgeInMonths } });
  }
  if (shorten.length > 0 && months > REVIEW_MONTHS.recheck) {
    months = REVIEW_MONTHS.recheck;
    reasons.push(...shorten, { key: 'engine.review.shortened', params: { months } });
  } else {
    reasons.push(...shorten);
  }
  reasons.push({ key: 'engine.review.policy' });
  return { date: addMonths(today, months), months, reasons };
}
