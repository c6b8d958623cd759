import type {
  AccessVector,
  LawVerdict,
  Outcome,
  PreconditionKind,
  SccModule,
  TransferTool,
} from '../domain/assessment';

/**
 * What the engine derives from an assessment and the law library. Nothing here is stored: the UI, the report and
 * the `assess` command all show the same evaluation, and every conclusion carries the reasons that led to it.
 */

/** A sentence for the user: an i18n key and its parameters, so the app, the report and the CLI word it alike. */
export interface Reason {
  key: string;
  params?: Record<string, string | number>;
}

export type DestinationStatus = 'eea' | 'adequate' | 'partial' | 'none' | 'unknown';

export interface PrecheckResult {
  /** 'no' when adequacy, a confirmed DPF certification, an Art. 49 derogation or a failed criterion makes a TIA unnecessary. */
  tiaRequired: 'yes' | 'no' | 'undetermined';
  basis: 'not-personal-data' | 'not-a-transfer' | 'adequacy' | 'dpf' | 'art49' | null;
  reasons: Reason[];
  /** Set where an EU processor makes the transfer: the processor does the TIA and the controller reviews it. */
  processorDoesTia: boolean;
}

export interface SccModuleEvaluation {
  proposed: SccModule | null;
  effective: SccModule | null;
  overridden: boolean;
  overrideLacksReason: boolean;
  reasons: Reason[];
}

export type EdpbUseCase = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface UseCaseHit {
  transferId: string;
  useCase: EdpbUseCase;
  /** False for use cases 6 and 7, where the EDPB found no effective technical measure. */
  technicalMeasureEffective: boolean;
  reasons: Reason[];
}

export interface TransferEvaluation {
  transferId: string;
  fromName: string;
  toName: string;
  destinationCountry: string;
  destinationStatus: DestinationStatus;
  /** Whether this transfer leaves the EEA (or the exporter's regime) at all. */
  isRestrictedTransfer: boolean;
  /** The regime of the exporter whose data the transfer carries: EU GDPR, UK GDPR or Swiss FADP. */
  regime: 'eu' | 'uk' | 'ch';
  destinationName: string;
  /** The adequacy decision (or UK regulation) for the destination, where the library or the regime names one. */
  adequacyDecision: { reference: string; date: string } | null;
  /**
   * Adequacy covers this transfer: not restricted, an EEA or adequate destination, or a US importer whose DPF
   * certification the user confirmed with a date. Such transfers need no full TIA.
   */
  coveredByAdequacy: boolean;
  tool: TransferTool | '';
  /** What the library and the map suggest (e.g. adequacy for Japan, DPF for a confirmed certification). */
  suggestedTool: TransferTool | null;
  toolReasons: Reason[];
  sccModule: SccModuleEvaluation | null;
  /** E.g. Art. 49 used for a continuous transfer, DPF not confirmed, DPF check older than a year. */
  warnings: Reason[];
  useCases: UseCaseHit[];
  minimisationPrompts: Reason[];
}

export interface LawEvaluation {
  lawAssessmentId: string;
  lawId: string | null;
  name: string;
  citation: string;
  proposed: LawVerdict;
  effective: LawVerdict;
  overridden: boolean;
  overrideLacksReason: boolean;
  reasons: Reason[];
  /** The library entry's confidence is not "confirmed"; show its caveat wherever the law appears. */
  unconfirmed: boolean;
  caveat: string | null;
}

export interface FactorEvaluation {
  id: string;
  kind: PreconditionKind | 'trigger';
  label: string;
  before: number;
  after: number;
  /** The chosen measures that lowered this factor, with the multiplier each applied. */
  appliedMeasures: { measureId: string; multiplier: number }[];
  /** The library default this factor started from, or null for the user's own. */
  defaultValue: number | null;
  changedFromDefault: boolean;
  /** Set when the value differs from the default and the user gave no reason. */
  lacksReason: boolean;
  reason: string;
  basis: string | null;
}

export interface ScenarioEvaluation {
  id: string;
  name: string;
  lawId: string | null;
  vector: AccessVector;
  included: boolean;
  /** The annual trigger first, then the preconditions in order. */
  factors: FactorEvaluation[];
  annualBefore: number;
  annualAfter: number;
}

export interface OnceEvery {
  /** 1 / p, the average interval; null when p is 0. */
  average: number | null;
  /** ln(1 − c) / ln(1 − p) at the model's confidence c; null when p is 0 or c is 0. */
  atConfidence: number | null;
}

export interface RiskEvaluation {
  horizonYears: number;
  acceptableLimit: number;
  limitSource: string;
  confidence: number;
  scenarios: ScenarioEvaluation[];
  annualBefore: number;
  annualAfter: number;
  horizonBefore: number;
  horizonAfter: number;
  onceEveryBefore: OnceEvery;
  onceEveryAfter: OnceEvery;
  withinLimitBefore: boolean;
  withinLimitAfter: boolean;
  /** Probability of at least one access within 1…2×horizon years, for the chart. */
  curve: { year: number; before: number; after: number }[];
}

export interface MeasureEvaluation {
  /** Use cases 6 or 7 found on the map: no technical measure found by the EDPB is effective there. */
  clearTextUseCases: UseCaseHit[];
  /** Measures chosen that only complement (contractual, organisational) while a clear-text use case stands. */
  onlyComplementary: boolean;
  reasons: Reason[];
}

export interface ChecklistItemEvaluation {
  itemId: string;
  /** Why the item is on the list (which tool or fact brought it in). */
  reasons: Reason[];
  status: 'open' | 'done' | 'not-applicable';
  evidence: string;
}

export interface ReviewProposal {
  date: string;
  months: number;
  reasons: Reason[];
}

export interface OutcomeProposal {
  /** null while the assessment lacks what a proposal needs; `blockers` then says what. */
  outcome: Outcome | null;
  reasons: Reason[];
  blockers: Reason[];
}

export interface AssessmentEvaluation {
  prechecks: PrecheckResult;
  transfers: TransferEvaluation[];
  laws: LawEvaluation[];
  risk: RiskEvaluation;
  measures: MeasureEvaluation;
  checklist: ChecklistItemEvaluation[];
  review: ReviewProposal;
  outcome: OutcomeProposal;
  library: { asOf: string; ageInMonths: number; outdated: boolean };
}
