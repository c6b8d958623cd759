import { z } from 'zod';

/**
 * Version 1 of the assessment document (one exporter–importer pair), kept only so that older databases and
 * `.dtia.json` files can be read and migrated. Do not use it for new data.
 *
 * The assessment document: everything a privacy officer records across the six EDPB steps and the conclusion.
 * Schemas are strict (unknown keys are refused) and bounded, because the same schemas validate
 * IPC payloads and imported files that may come from anywhere.
 */

const LIMITS = {
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

const PARTY_ROLES = ['controller', 'processor'] as const;
const FREQUENCIES = ['one-off', 'periodic', 'continuous'] as const;
const DATA_FORMATS = ['clear', 'pseudonymised', 'encrypted'] as const;
const KEY_HOLDERS = ['exporter', 'importer', 'third-party'] as const;
const ACCESS_TYPES = ['storage', 'remote-access', 'transit'] as const;
const TRANSFER_TOOLS = ['adequacy', 'dpf', 'scc', 'bcr', 'art46-other', 'art49'] as const;
const TRI_STATE = ['yes', 'no', 'unknown'] as const;
const OUTCOMES = ['proceed', 'proceed-with-measures', 'do-not-proceed'] as const;


const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), z.literal('')]);

const partySchema = z
  .object({
    name: shortText,
    country: countryCode,
    role: optionalEnum(PARTY_ROLES),
  })
  .strict();

const onwardTransferSchema = z
  .object({
    id,
    recipient: shortText,
    country: countryCode,
    purpose: longText,
  })
  .strict();

const step1Schema = z
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

const step2Schema = z
  .object({
    tool: optionalEnum(TRANSFER_TOOLS),
    /** A module chosen by the user instead of the one proposed from the roles; null keeps the proposal. */
    sccModuleOverride: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()]),
    sccModuleOverrideReason: longText,
    toolDetails: longText,
  })
  .strict();

const lawAssessmentSchema = z
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

const step3Schema = z
  .object({
    laws: z.array(lawAssessmentSchema).max(LIMITS.listItems),
    problematicLawApplies: optionalEnum(TRI_STATE),
    overallReasoning: longText,
  })
  .strict();

const chosenMeasureSchema = z.object({ measureId: id, note: longText }).strict();

const step4Schema = z
  .object({
    measures: z.array(chosenMeasureSchema).max(LIMITS.listItems),
  })
  .strict();

const checklistEntrySchema = z.object({ itemId: id, done: z.boolean(), note: longText }).strict();

const step5Schema = z
  .object({
    checklist: z.array(checklistEntrySchema).max(LIMITS.listItems),
  })
  .strict();

const step6Schema = z
  .object({
    nextReviewDate: isoDate,
    triggers: z.array(id).max(LIMITS.listItems),
    otherTriggers: longText,
  })
  .strict();

const conclusionSchema = z
  .object({
    outcome: optionalEnum(OUTCOMES),
    rationale: longText,
    assessor: shortText,
    approver: shortText,
    date: isoDate,
  })
  .strict();

export const assessmentV1Schema = z
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

export type AssessmentV1 = z.infer<typeof assessmentV1Schema>;


