import type { Assessment } from '../../../shared/domain/assessment';
import type { AssessmentEvaluation } from '../../../shared/engine/types';

/** The portfolio's columns beside the summary, derived from the document (and its evaluation) on every write. */
export interface PortfolioColumns {
  outcome: string;
  /** Transfer tool codes, sorted and comma-separated. */
  tools: string;
  /** Probability of access over the risk model's horizon after the measures; null without an included scenario. */
  residualRisk: number | null;
  assessor: string;
  approver: string;
  /** Destination country codes (where transfers go outside the exporters' countries), sorted. */
  countries: string[];
}

const sortedUnique = (values: readonly string[]) => [...new Set(values.filter((value) => value !== ''))].sort();

/** Countries that receive a transfer, whichever party kind receives it. */
export function destinationCountries(assessment: Assessment): string[] {
  const countryOf = new Map(assessment.map.parties.map((party) => [party.id, party.country]));
  return sortedUnique(assessment.map.transfers.map((transfer) => countryOf.get(transfer.toPartyId) ?? ''));
}

/** `evaluation` is null where no law library is at hand (a migration): the residual risk then waits for it. */
export function portfolioColumns(assessment: Assessment, evaluation: AssessmentEvaluation | null): PortfolioColumns {
  const includedScenarios = assessment.step3.risk.scenarios.some((scenario) => scenario.included);
  return {
    outcome: assessment.conclusion.outcome,
    tools: sortedUnique(assessment.map.transfers.map((transfer) => transfer.tool.tool)).join(','),
    residualRisk: evaluation && includedScenarios ? evaluation.risk.horizonAfter : null,
    assessor: assessment.conclusion.assessor.trim(),
    approver: assessment.conclusion.approver.trim(),
    countries: destinationCountries(assessment),
  };
}
