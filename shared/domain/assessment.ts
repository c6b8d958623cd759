import { z } from 'zod';
import { MAX_EVIDENCE_LINKS, evidenceLinkSchema } from './evidence';

/**
 * The assessment document (version 2): the pre-checks, a transfer map of parties and transfers, and what a privacy
 * officer records across the six EDPB steps and the conclusion. Schemas are strict (unknown keys are refused) and
 * bounded, because the same schemas validate IPC payloads and imported files that may come from anywhere.
 * Everything the engine derives (modules, verdicts, probabilities, proposals) is computed, never stored, except
 * where the user's decision must record what was proposed at the time.
 */

export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  listItems: 200,
  importBytes: 5 * 1024 * 1024,
} as const;

const shortText = z.string().max(LIMITS.shortText);
const longText = z.string().max(LIMITS.longText);
const isoDate = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')]);
const countryCode = z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')]);
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);
const probability = z.number().min(0).max(1);
const list = <T extends z.ZodTypeAny>(item: T) => z.array(item).max(LIMITS.listItems);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);

export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export type TriState = (typeof TRI_STATE)[number];

// ── Transfer map ────────────────────────────────────────────────────────────────────────────────────────────────
export const PARTY_KINDS = ['exporter', 'importer', 'sub-processor', 'recipient'] as const;
export const PARTY_ROLES = ['controller', 'processor'] as const;
export const ENTITY_TYPES = ['company', 'public-body', 'international-organisation', 'individual'] as const;
export const FREQUENCIES = ['one-off', 'periodic', 'continuous'] as const;
export const DATA_FORMATS = ['clear', 'pseudonymised', 'encrypted'] as const;
export const KEY_HOLDERS = ['exporter', 'importer', 'third-party'] as const;
export const ACCESS_TYPES = ['storage', 'remote-access', 'transit'] as const;

export type PartyKind = (typeof PARTY_KINDS)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];

export const partySchema = z
  .object({
    id,
    name: shortText,
    kind: z.enum(PARTY_KINDS),
    role: optionalEnum(PARTY_ROLES),
    country: countryCode,
    entityType: optionalEnum(ENTITY_TYPES),
    /** Contact details and registration, as Annex I.A of the SCCs asks for them. */
    address: shortText,
    contact: shortText,
  })
  .strict();

// ── Transfer tools (step 2), one per transfer ───────────────────────────────────────────────────────────────────
export const TRANSFER_TOOLS = ['adequacy', 'dpf', 'scc', 'idta', 'bcr', 'art46-other', 'art49'] as const;
export const SCC_MODULES = [1, 2, 3, 4] as const;
/** GDPR Art. 49(1)(a)–(g) and the second subparagraph (compelling legitimate interests). */
export const ART49_DEROGATIONS = [
  'explicit-consent',
  'contract-with-data-subject',
  'contract-in-data-subject-interest',
  'public-interest',
  'legal-claims',
  'vital-interests',
  'public-register',
  'compelling-legitimate-interests',
] as const;

export type TransferTool = (typeof TRANSFER_TOOLS)[number];
export type SccModule = (typeof SCC_MODULES)[number];
export type Art49Derogation = (typeof ART49_DEROGATIONS)[number];

export const transferToolSchema = z
  .object({
    tool: optionalEnum(TRANSFER_TOOLS),
    /** A module chosen instead of the one proposed from the roles; null keeps the proposal. */
    sccModuleOverride: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]),
    sccModuleOverrideReason: longText,
    /** The user confirmed the importer's entry on the DPF List, and when they checked it. */
    dpfCertificationConfirmed: z.boolean(),
    dpfCheckedOn: isoDate,
    art49Derogation: optionalEnum(ART49_DEROGATIONS),
    details: longText,
  })
  .strict();

export const transferSchema = z
  .object({
    id,
    fromPartyId: id,
    toPartyId: id,
    dataCategories: list(shortText),
    dataSubjects: list(shortText),
    specialCategories: z.union([z.boolean(), z.null()]),
    specialCategoriesDetail: longText,
    criminalData: z.union([z.boolean(), z.null()]),
    purpose: longText,
    frequency: optionalEnum(FREQUENCIES),
    volume: shortText,
    format: optionalEnum(DATA_FORMATS),
    keyHolder: optionalEnum(KEY_HOLDERS),
    accessType: optionalEnum(ACCESS_TYPES),
    /** Whether the recipient must see the data in clear to do its job (decides EDPB use cases 6 and 7). */
    needsClearText: z.union([z.boolean(), z.null()]),
    retention: shortText,
    tool: transferToolSchema,
  })
  .strict();

export const mapSchema = z
  .object({
    parties: list(partySchema),
    transfers: list(transferSchema),
  })
  .strict();

// ── Pre-checks (CNIL TIA guide) ─────────────────────────────────────────────────────────────────────────────────
export const prechecksSchema = z
  .object({
    personalData: optionalEnum(TRI_STATE),
    /** EDPB Guidelines 05/2021, criterion 1: the exporter is subject to the GDPR (or UK GDPR / FADP) for it. */
    exporterSubjectToRegime: optionalEnum(TRI_STATE),
    /** Criterion 2: the exporter discloses the data or makes it available to another party. */
    disclosedToOtherParty: optionalEnum(TRI_STATE),
    /** Criterion 3: that party is in a third country or is an international organisation. */
    recipientInThirdCountry: optionalEnum(TRI_STATE),
    rolesEstablished: optionalEnum(TRI_STATE),
    minimisationDone: optionalEnum(TRI_STATE),
    minimisationNote: longText,
    /** The user states that an Art. 49 derogation, not a transfer tool, is the honest basis. */
    art49IsBasis: optionalEnum(TRI_STATE),
    art49Justification: longText,
    /** Chosen after being told no full TIA is required: the user wants to record the full assessment anyway. */
    continueFullAssessment: z.boolean(),
    note: longText,
  })
  .strict();

// ── Step 2, agreement-wide SCC choices and UK / Swiss specifics ─────────────────────────────────────────────────
export const CLAUSE9_OPTIONS = ['specific', 'general'] as const;
export const CLAUSE17_OPTIONS = ['option1', 'option2'] as const;
export const UK_INSTRUMENTS = ['idta', 'addendum'] as const;

export const sccClausesSchema = z
  .object({
    clause7Docking: z.boolean(),
    clause9Option: optionalEnum(CLAUSE9_OPTIONS),
    /** Days of notice before a new sub-processor under Clause 9 option 2. */
    clause9NoticeDays: z.union([z.number().int().min(0).max(365), z.null()]),
    clause11IndependentBody: z.boolean(),
    clause13Authority: shortText,
    clause17Option: optionalEnum(CLAUSE17_OPTIONS),
    clause17Law: countryCode,
    clause18Forum: countryCode,
  })
  .strict();

export const traAnswerSchema = z.object({ questionId: id, answer: optionalEnum(TRI_STATE), note: longText }).strict();

export const step2Schema = z
  .object({
    scc: sccClausesSchema,
    ukInstrument: optionalEnum(UK_INSTRUMENTS),
    /** The ICO's transfer risk assessment questions, for UK exporters. */
    ukTra: list(traAnswerSchema),
    swissAmendments: z.boolean(),
  })
  .strict();

// ── Step 3: laws, questionnaires, verdicts and the quantitative model ───────────────────────────────────────────
export const LAW_VERDICTS = ['not-applicable', 'no-reason-to-believe', 'reason-to-believe', 'undetermined'] as const;
export type LawVerdict = (typeof LAW_VERDICTS)[number];

export const lawAnswerSchema = z.object({ questionId: id, answer: optionalEnum(TRI_STATE), note: longText }).strict();
export const userSourceSchema = z.object({ title: shortText, url: shortText, date: shortText }).strict();

export const lawAssessmentSchema = z
  .object({
    id,
    /** The law library entry this row assesses; null for a law the user added. */
    lawId: z.union([z.string().max(64), z.null()]),
    name: shortText,
    /** Free citation for a law the user added; library laws show the library's citation. */
    citation: shortText,
    answers: list(lawAnswerSchema),
    /** The user's verdict where it differs from the proposed one; '' keeps the proposal. */
    verdictOverride: optionalEnum(LAW_VERDICTS),
    verdictOverrideReason: longText,
    reasoning: longText,
    /** The user's own notes and sources for this assessment; the shipped library stays untouched. */
    notes: longText,
    userSources: list(userSourceSchema),
  })
  .strict();

/** The chain of preconditions of a scenario (DOMAIN.md §5); "other" is a user-defined precondition. */
export const PRECONDITION_KINDS = ['targeting', 'provider-route', 'in-scope', 'readable', 'other'] as const;
export type PreconditionKind = (typeof PRECONDITION_KINDS)[number];
/** Where the authority reaches the data: at a provider that can be compelled, or on the wire. */
export const ACCESS_VECTORS = ['provider', 'transit'] as const;
export type AccessVector = (typeof ACCESS_VECTORS)[number];

export const factorSchema = z
  .object({
    id,
    kind: z.enum(PRECONDITION_KINDS),
    label: shortText,
    probability,
    /** Why this value; required once the user moves away from the default. */
    reason: longText,
  })
  .strict();

export const scenarioSchema = z
  .object({
    id,
    /** The library scenario this one was created from; null for the user's own. */
    templateId: z.union([id, z.null()]),
    lawId: z.union([z.string().max(64), z.null()]),
    name: shortText,
    vector: z.enum(ACCESS_VECTORS),
    /** Probability per year that the authority starts a case that would touch this data. */
    annualTrigger: factorSchema,
    preconditions: list(factorSchema),
    included: z.boolean(),
  })
  .strict();

export const riskModelSchema = z
  .object({
    horizonYears: z.number().int().min(1).max(50),
    /** Acceptable probability over the horizon, e.g. 0.10 for 10 % over 5 years. */
    acceptableLimit: probability,
    limitSource: shortText,
    /** Confidence for "at least once every N years"; 0 means the plain average 1/p. */
    confidence: z.number().min(0).max(0.999),
    scenarios: list(scenarioSchema),
  })
  .strict();

export const step3Schema = z
  .object({
    laws: list(lawAssessmentSchema),
    overallReasoning: longText,
    risk: riskModelSchema,
  })
  .strict();

// ── Steps 4–6 ───────────────────────────────────────────────────────────────────────────────────────────────────
export const chosenMeasureSchema = z.object({ measureId: id, note: longText }).strict();
export const step4Schema = z.object({ measures: list(chosenMeasureSchema) }).strict();

export const CHECKLIST_STATUSES = ['open', 'done', 'not-applicable'] as const;
export const checklistEntrySchema = z
  .object({ itemId: id, status: z.enum(CHECKLIST_STATUSES), evidence: longText })
  .strict();
export const step5Schema = z.object({ checklist: list(checklistEntrySchema) }).strict();

export const step6Schema = z
  .object({
    nextReviewDate: isoDate,
    triggers: list(id),
    otherTriggers: longText,
  })
  .strict();

// ── Conclusion ──────────────────────────────────────────────────────────────────────────────────────────────────
export const OUTCOMES = ['no-tia-required', 'proceed', 'proceed-with-measures', 'do-not-proceed'] as const;
export const DECISIONS = ['accepted', 'overridden'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const conclusionSchema = z
  .object({
    /** '' until the user accepts the proposal or overrides it. */
    decision: optionalEnum(DECISIONS),
    outcome: optionalEnum(OUTCOMES),
    /** What the engine proposed when the user decided, kept so the record shows what was overridden. */
    proposedOutcome: optionalEnum(OUTCOMES),
    proposedReasons: list(longText),
    overrideJustification: longText,
    rationale: longText,
    assessor: shortText,
    approver: shortText,
    date: isoDate,
  })
  .strict();

export const ASSESSMENT_STATUSES = ['draft', 'complete'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const assessmentSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string().min(1).max(LIMITS.shortText),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    prechecks: prechecksSchema,
    map: mapSchema,
    step2: step2Schema,
    step3: step3Schema,
    step4: step4Schema,
    step5: step5Schema,
    step6: step6Schema,
    conclusion: conclusionSchema,
    /** Facts taken from the vendor's own documents, each with its sentence; absent in documents written before it. */
    evidence: z.array(evidenceLinkSchema).max(MAX_EVIDENCE_LINKS).default(() => []),
  })
  .strict();

export type Party = z.infer<typeof partySchema>;
export type Transfer = z.infer<typeof transferSchema>;
export type TransferToolChoice = z.infer<typeof transferToolSchema>;
export type TransferMap = z.infer<typeof mapSchema>;
export type Prechecks = z.infer<typeof prechecksSchema>;
export type SccClauses = z.infer<typeof sccClausesSchema>;
export type LawAssessment = z.infer<typeof lawAssessmentSchema>;
export type LawAnswer = z.infer<typeof lawAnswerSchema>;
export type UserSource = z.infer<typeof userSourceSchema>;
export type Factor = z.infer<typeof factorSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type RiskModel = z.infer<typeof riskModelSchema>;
export type ChosenMeasure = z.infer<typeof chosenMeasureSchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export type Conclusion = z.infer<typeof conclusionSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type StepKey = 'prechecks' | 'step1' | 'step2' | 'step3' | 'step4' | 'step5' | 'step6' | 'conclusion';

/** What the home screen lists; derived from the document on every save. */
export const assessmentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    importer: z.string(),
    destination: z.string(),
    status: z.enum(ASSESSMENT_STATUSES),
    updatedAt: z.string(),
    nextReviewDate: z.string(),
  })
  .strict();
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

/** The Canton of Zurich's acceptable limit (decision of 30 Mar 2022, DOMAIN.md §5), the default for new models. */
export const DEFAULT_RISK_LIMIT = { acceptableLimit: 0.1, horizonYears: 5, source: 'Canton of Zurich, decision of 30 Mar 2022: 10 % over 5 years' } as const;

export function emptyTransferTool(): TransferToolChoice {
  return {
    tool: '',
    sccModuleOverride: null,
    sccModuleOverrideReason: '',
    dpfCertificationConfirmed: false,
    dpfCheckedOn: '',
    art49Derogation: '',
    details: '',
  };
}

export function emptyParty(partyId: string, kind: PartyKind): Party {
  return { id: partyId, name: '', kind, role: '', country: '', entityType: '', address: '', contact: '' };
}

export function emptyTransfer(transferId: string, fromPartyId: string, toPartyId: string): Transfer {
  return {
    id: transferId,
    fromPartyId,
    toPartyId,
    dataCategories: [],
    dataSubjects: [],
    specialCategories: null,
    specialCategoriesDetail: '',
    criminalData: null,
    purpose: '',
    frequency: '',
    volume: '',
    format: '',
    keyHolder: '',
    accessType: '',
    needsClearText: null,
    retention: '',
    tool: emptyTransferTool(),
  };
}

export function emptyPrechecks(): Prechecks {
  return {
    personalData: '',
    exporterSubjectToRegime: '',
    disclosedToOtherParty: '',
    recipientInThirdCountry: '',
    rolesEstablished: '',
    minimisationDone: '',
    minimisationNote: '',
    art49IsBasis: '',
    art49Justification: '',
    continueFullAssessment: false,
    note: '',
  };
}

export function emptySccClauses(): SccClauses {
  return {
    clause7Docking: false,
    clause9Option: '',
    clause9NoticeDays: null,
    clause11IndependentBody: false,
    clause13Authority: '',
    clause17Option: '',
    clause17Law: '',
    clause18Forum: '',
  };
}

export function emptyRiskModel(): RiskModel {
  return {
    horizonYears: DEFAULT_RISK_LIMIT.horizonYears,
    acceptableLimit: DEFAULT_RISK_LIMIT.acceptableLimit,
    limitSource: DEFAULT_RISK_LIMIT.source,
    confidence: 0.9,
    scenarios: [],
  };
}

export function emptyConclusion(): Conclusion {
  return {
    decision: '',
    outcome: '',
    proposedOutcome: '',
    proposedReasons: [],
    overrideJustification: '',
    rationale: '',
    assessor: '',
    approver: '',
    date: '',
  };
}

/**
 * A new assessment with the usual starting map: one exporter, one importer and the transfer between them.
 * `id` and `now` come from the caller so this stays pure and testable.
 */
export function createEmptyAssessment(params: { id: string; title: string; now: string }): Assessment {
  return {
    id: params.id,
    title: params.title,
    createdAt: params.now,
    updatedAt: params.now,
    prechecks: emptyPrechecks(),
    map: {
      parties: [emptyParty('exporter', 'exporter'), emptyParty('importer', 'importer')],
      transfers: [emptyTransfer('transfer-1', 'exporter', 'importer')],
    },
    step2: { scc: emptySccClauses(), ukInstrument: '', ukTra: [], swissAmendments: false },
    step3: { laws: [], overallReasoning: '', risk: emptyRiskModel() },
    step4: { measures: [] },
    step5: { checklist: [] },
    step6: { nextReviewDate: '', triggers: [], otherTriggers: '' },
    conclusion: emptyConclusion(),
    evidence: [],
  };
}
