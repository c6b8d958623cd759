import { z } from 'zod';

/**
 * The assessment document: everything a privacy officer records across the six EDPB steps and the conclusion.
 * Schemas are strict (unknown keys are refused) and bounded, because the same schemas validate
 * IPC payloads and imported files that may come from anywhere.
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

export const PARTY_ROLES = ['controller', 'processor'] as const;
export const FREQUENCIES = ['one-off', 'periodic', 'continuous'] as const;
export const DATA_FORMATS = ['clear', 'pseudonymised', 'encrypted'] as const;
export const KEY_HOLDERS = ['exporter', 'importer', 'third-party'] as const;
export const ACCESS_TYPES = ['storage', 'remote-access', 'transit'] as const;
export const TRANSFER_TOOLS = ['adequacy', 'dpf', 'scc', 'bcr', 'art46-other', 'art49'] as const;
export const SCC_MODULES = [1, 2, 3, 4] as const;
export const TRI_STATE = ['yes', 'no', 'unknown'] as const;
export const OUTCOMES = ['proceed', 'proceed-with-measures', 'do-not-proceed'] as const;
export const ASSESSMENT_STATUSES = ['draft', 'complete'] as const;

export type PartyRole = (typeof PARTY_ROLES)[number];
export type TransferTool = (typeof TRANSFER_TOOLS)[number];
export type SccModule = (typeof SCC_MODULES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);

export const partySchema = z
  .object({
    name: shortText,
    country: countryCode,
    role: optionalEnum(PARTY_ROLES),
  })
  .strict();

export const onwardTransferSchema = z
  .object({
    id,
    recipient: shortText,
    country: countryCode,
    purpose: longText,
  })
  .strict();

export const step1Schema = z
  .object({
    exporter: partySchema,
    importer: partySchema,
    dataCategories: z.array(shortText).max(LIMITS.listItems),
    dataSubjects: z.array(shortText).max(LIMITS.listItems),
    specialCategories: z.union([z.boolean(), z.null()]),
    purpose: longText,
    frequency: optionalEnum(FREQUENCIES),
    format: optionalEnum(DATA_FORMATS),
    keyHolder: optionalEnum(KEY_HOLDERS),
    accessType: optionalEnum(ACCESS_TYPES),
    onwardTransfers: z.array(onwardTransferSchema).max(LIMITS.listItems),
  })
  .strict();

export const step2Schema = z
  .object({
    tool: optionalEnum(TRANSFER_TOOLS),
    /** A module chosen by the user instead of the one proposed from the roles; null keeps the proposal. */
    sccModuleOverride: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]),
    sccModuleOverrideReason: longText,
    toolDetails: longText,
  })
  .strict();

export const lawAssessmentSchema = z
  .object({
    id,
    /** The law library entry this row assesses; null for a law the user added. */
    lawId: z.union([z.string().max(64), z.null()]),
    name: shortText,
    applies: optionalEnum(TRI_STATE),
    reasoning: longText,
    sources: longText,
  })
  .strict();

export const step3Schema = z
  .object({
    laws: z.array(lawAssessmentSchema).max(LIMITS.listItems),
    problematicLawApplies: optionalEnum(TRI_STATE),
    overallReasoning: longText,
  })
  .strict();

export const chosenMeasureSchema = z.object({ measureId: id, note: longText }).strict();

export const step4Schema = z
  .object({
    measures: z.array(chosenMeasureSchema).max(LIMITS.listItems),
  })
  .strict();

export const checklistEntrySchema = z.object({ itemId: id, done: z.boolean(), note: longText }).strict();

export const step5Schema = z
  .object({
    checklist: z.array(checklistEntrySchema).max(LIMITS.listItems),
  })
  .strict();

export const step6Schema = z
  .object({
    nextReviewDate: isoDate,
    triggers: z.array(id).max(LIMITS.listItems),
    otherTriggers: longText,
  })
  .strict();

export const conclusionSchema = z
  .object({
    outcome: optionalEnum(OUTCOMES),
    rationale: longText,
    assessor: shortText,
    approver: shortText,
    date: isoDate,
  })
  .strict();

export const assessmentSchema = z
  .object({
    id: z.string().uuid(),
    title: z.string().min(1).max(LIMITS.shortText),
    createdAt: z.string().datetime(),
    updatedAt: z.string().datetime(),
    step1: step1Schema,
    step2: step2Schema,
    step3: step3Schema,
    step4: step4Schema,
    step5: step5Schema,
    step6: step6Schema,
    conclusion: conclusionSchema,
  })
  .strict();

export type Party = z.infer<typeof partySchema>;
export type OnwardTransfer = z.infer<typeof onwardTransferSchema>;
export type LawAssessment = z.infer<typeof lawAssessmentSchema>;
export type ChosenMeasure = z.infer<typeof chosenMeasureSchema>;
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type StepKey = 'step1' | 'step2' | 'step3' | 'step4' | 'step5' | 'step6' | 'conclusion';

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

export function emptyParty(): Party {
  return { name: '', country: '', role: '' };
}

/** A new, empty assessment. `id` and `now` come from the caller so this stays pure and testable. */
export function createEmptyAssessment(params: { id: string; title: string; now: string }): Assessment {
  return {
    id: params.id,
    title: params.title,
    createdAt: params.now,
    updatedAt: params.now,
    step1: {
      exporter: emptyParty(),
      importer: emptyParty(),
      dataCategories: [],
      dataSubjects: [],
      specialCategories: null,
      purpose: '',
      frequency: '',
      format: '',
      keyHolder: '',
      accessType: '',
      onwardTransfers: [],
    },
    step2: { tool: '', sccModuleOverride: null, sccModuleOverrideReason: '', toolDetails: '' },
    step3: { laws: [], problematicLawApplies: '', overallReasoning: '' },
    step4: { measures: [] },
    step5: { checklist: [] },
    step6: { nextReviewDate: '', triggers: [], otherTriggers: '' },
    conclusion: { outcome: '', rationale: '', assessor: '', approver: '', date: '' },
  };
}
