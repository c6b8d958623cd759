import type { Assessment } from '../../shared/domain/assessment';
import type {
  AssessmentEvaluation,
  FactorEvaluation,
  LawEvaluation,
  OnceEvery,
  Reason,
  ScenarioEvaluation,
  TransferEvaluation,
} from '../../shared/engine/types';

/** Renders a reason as the app words it (i18next `t`). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * What `dtia assess` prints: the engine's evaluation in a fixed shape and key order, with every reason rendered as
 * English text. Probabilities stay plain numbers (0.0252 is 2.52 %) so that scripts can compute with them.
 */
export interface AssessOutput {
  assessment: { id: string; title: string; migratedFromVersion: number | null };
  evaluatedOn: string;
  lawLibrary: { asOf: string; ageInMonths: number; outdated: boolean };
  prechecks: { tiaRequired: string; basis: string | null; processorDoesTia: boolean; reasons: string[] };
  transfers: TransferOutput[];
  laws: LawOutput[];
  risk: RiskOutput;
  measures: { onlyComplementary: boolean; reasons: string[] };
  review: { proposedDate: string; months: number; reasons: string[] };
  outcome: { proposed: string | null; reasons: string[]; blockers: string[]; decision: string; recorded: string };
  warnings: string[];
}

interface TransferOutput {
  id: string;
  from: string;
  to: string;
  destination: string;
  destinationStatus: string;
  restricted: boolean;
  tool: string;
  suggestedTool: string | null;
  toolReasons: string[];
  sccModule: { effective: number | null; proposed: number | null; overridden: boolean; reasons: string[] } | null;
  useCases: { useCase: number; technicalMeasureEffective: boolean; reasons: string[] }[];
  warnings: string[];
}

interface LawOutput {
  name: string;
  citation: string;
  verdict: string;
  proposedVerdict: string;
  overridden: boolean;
  reasons: string[];
  unconfirmed: boolean;
  caveat: string | null;
}

interface FactorOutput {
  label: string;
  kind: string;
  before: number;
  after: number;
  measures: { measureId: string; multiplier: number }[];
  reason: string;
  basis: string | null;
  /** Moved away from the library default without a reason. */
  lacksReason: boolean;
}

interface ScenarioOutput {
  name: string;
  lawId: string | null;
  vector: string;
  included: boolean;
  factors: FactorOutput[];
  annualBefore: number;
  annualAfter: number;
}

interface RiskOutput {
  horizonYears: number;
  acceptableLimit: number;
  limitSource: string;
  confidence: number;
  scenarios: ScenarioOutput[];
  annual: { before: number; after: number };
  overHorizon: { before: number; after: number };
  onceEveryYears: { before: OnceEvery; after: OnceEvery };
  withinLimit: { before: boolean; after: boolean };
}

const texts = (t: Translate, reasons: readonly Reason[]): string[] => reasons.map((r) => t(r.key, r.params));

function transferOutput(t: Translate, transfer: TransferEvaluation): TransferOutput {
  const module = transfer.sccModule;
  return {
    id: transfer.transferId,
    from: transfer.fromName,
    to: transfer.toName,
    destination: transfer.destinationCountry,
    destinationStatus: transfer.destinationStatus,
    restricted: transfer.isRestrictedTransfer,
    tool: transfer.tool,
    suggestedTool: transfer.suggestedTool,
    toolReasons: texts(t, transfer.toolReasons),
    sccModule: module
      ? { effective: module.effective, proposed: module.proposed, overridden: module.overridden, reasons: texts(t, module.reasons) }
      : null,
    useCases: transfer.useCases.map((hit) => ({
      useCase: hit.useCase,
      technicalMeasureEffective: hit.technicalMeasureEffective,
      reasons: texts(t, hit.reasons),
    })),
    warnings: texts(t, transfer.warnings),
  };
}

function lawOutput(t: Translate, law: LawEvaluation): LawOutput {
  return {
    name: law.name,
    citation: law.citation,
    verdict: law.effective,
    proposedVerdict: law.proposed,
    overridden: law.overridden,
    reasons: texts(t, law.reasons),
    unconfirmed: law.unconfirmed,
    caveat: law.caveat,
  };
}

function factorOutput(factor: FactorEvaluation): FactorOutput {
  return {
    label: factor.label,
    kind: factor.kind,
    before: factor.before,
    after: factor.after,
    measures: factor.appliedMeasures.map((m) => ({ measureId: m.measureId, multiplier: m.multiplier })),
    reason: factor.reason,
    basis: factor.basis,
    lacksReason: factor.lacksReason,
  };
}

function scenarioOutput(scenario: ScenarioEvaluation): ScenarioOutput {
  return {
    name: scenario.name,
    lawId: scenario.lawId,
    vector: scenario.vector,
    included: scenario.included,
    factors: scenario.factors.map(factorOutput),
    annualBefore: scenario.annualBefore,
    annualAfter: scenario.annualAfter,
  };
}

/** Every warning in one list, each prefixed with where it applies, so that a script can act on any of them. */
function collectWarnings(transfers: TransferOutput[], laws: LawOutput[]): string[] {
  const warnings: string[] = [];
  for (const transfer of transfers) for (const w of transfer.warnings) warnings.push(`${transfer.from} → ${transfer.to}: ${w}`);
  for (const law of laws) if (law.unconfirmed && law.caveat) warnings.push(`${law.name}: ${law.caveat}`);
  return warnings;
}

export function assessOutput(
  assessment: Assessment,
  evaluation: AssessmentEvaluation,
  t: Translate,
  meta: { evaluatedOn: string; migratedFromVersion: number | null },
): AssessOutput {
  const { risk } = evaluation;
  const transfers = evaluation.transfers.map((transfer) => transferOutput(t, transfer));
  const laws = evaluation.laws.map((law) => lawOutput(t, law));
  return {
    assessment: { id: assessment.id, title: assessment.title, migratedFromVersion: meta.migratedFromVersion },
    evaluatedOn: meta.evaluatedOn,
    lawLibrary: { asOf: evaluation.library.asOf, ageInMonths: evaluation.library.ageInMonths, outdated: evaluation.library.outdated },
    prechecks: {
      tiaRequired: evaluation.prechecks.tiaRequired,
      basis: evaluation.prechecks.basis,
      processorDoesTia: evaluation.prechecks.processorDoesTia,
      reasons: texts(t, evaluation.prechecks.reasons),
    },
    transfers,
    laws,
    risk: {
      horizonYears: risk.horizonYears,
      acceptableLimit: risk.acceptableLimit,
      limitSource: risk.limitSource,
      confidence: risk.confidence,
      scenarios: risk.scenarios.map(scenarioOutput),
      annual: { before: risk.annualBefore, after: risk.annualAfter },
      overHorizon: { before: risk.horizonBefore, after: risk.horizonAfter },
      onceEveryYears: {
        before: { average: risk.onceEveryBefore.average, atConfidence: risk.onceEveryBefore.atConfidence },
        after: { average: risk.onceEveryAfter.average, atConfidence: risk.onceEveryAfter.atConfidence },
      },
      withinLimit: { before: risk.withinLimitBefore, after: risk.withinLimitAfter },
    },
    measures: { onlyComplementary: evaluation.measures.onlyComplementary, reasons: texts(t, evaluation.measures.reasons) },
    review: { proposedDate: evaluation.review.date, months: evaluation.review.months, reasons: texts(t, evaluation.review.reasons) },
    outcome: {
      proposed: evaluation.outcome.outcome,
      reasons: texts(t, evaluation.outcome.reasons),
      blockers: texts(t, evaluation.outcome.blockers),
      decision: assessment.conclusion.decision,
      recorded: assessment.conclusion.outcome,
    },
    warnings: collectWarnings(transfers, laws),
  };
}
