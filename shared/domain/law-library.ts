import { z } from 'zod';

/** Shape of the law library shipped under resources/law-library.json. */
export const CONFIDENCE = ['confirmed', 'partly', 'unconfirmed', 'conflicting'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

const monthOrDay = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);

export const sourceSchema = z
  .object({
    title: z.string(),
    url: z.string().url(),
    /** The date the page shows, or "n.d." where it shows none. */
    date: z.string(),
  })
  .strict();

/**
 * What a questionnaire answer tells the verdict: whether the law reaches this importer ("scope"), whether the data
 * would be readable to the authority ("readable"), what practice shows ("practice"), which safeguards the importer
 * commits to ("safeguard"), or context only ("info"). `riskAnswer` is the answer that points towards access.
 */
export const QUESTION_ROLES = ['scope', 'readable', 'practice', 'safeguard', 'info'] as const;
export type QuestionRole = (typeof QUESTION_ROLES)[number];

export const questionnaireItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string(),
    help: z.string().optional(),
    role: z.enum(QUESTION_ROLES),
    riskAnswer: z.enum(['yes', 'no']),
  })
  .strict();

/** A default factor of a scenario and where its value comes from, shown beside the number. */
export const defaultFactorSchema = z
  .object({
    kind: z.enum(['targeting', 'provider-route', 'in-scope', 'readable', 'other']),
    label: z.string(),
    probability: z.number().min(0).max(1),
    basis: z.string(),
  })
  .strict();

export const scenarioTemplateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    vector: z.enum(['provider', 'transit']),
    annualTrigger: z.object({ label: z.string(), probability: z.number().min(0).max(1), basis: z.string() }).strict(),
    preconditions: z.array(defaultFactorSchema).min(1),
  })
  .strict();

export const lawEntrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    citation: z.string(),
    kind: z.enum(['access-law', 'safeguard', 'adequacy']),
    summary: z.string(),
    scope: z.string(),
    /** Safeguards and redress against the law's use; empty for adequacy entries. */
    safeguards: z.string(),
    questionnaire: z.array(questionnaireItemSchema),
    scenarios: z.array(scenarioTemplateSchema),
    /** Set where the legal status itself must be re-checked (e.g. FISA 702 after its 2026 lapse); drives the review date. */
    recheck: z.string().optional(),
    confidence: z.enum(CONFIDENCE),
    /** Said to the user wherever the entry appears when confidence is not "confirmed". */
    caveat: z.string().optional(),
    asOf: monthOrDay,
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

/** A decision by reference and date as the sources give them; a reference may say that its number is unconfirmed. */
export const adequacyDecisionSchema = z.object({ reference: z.string(), date: z.string() }).strict();

export const countryEntrySchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string(),
    adequacy: z.enum(['eea', 'adequate', 'partial', 'none']),
    adequacyNote: z.string(),
    /** The adequacy decision (or data bridge) by reference and date, where one exists. */
    adequacyDecision: adequacyDecisionSchema.optional(),
    laws: z.array(lawEntrySchema),
  })
  .strict();

/**
 * An international organisation with an adequacy decision of its own (GDPR Art. 45 covers them as it covers
 * countries). Kept apart from the countries because parties are placed by ISO country code.
 */
export const internationalOrganisationSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    adequacy: z.enum(['adequate', 'partial', 'none']),
    adequacyNote: z.string(),
    adequacyDecision: adequacyDecisionSchema.optional(),
    confidence: z.enum(CONFIDENCE),
    caveat: z.string().optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export const lawLibrarySchema = z
  .object({
    format: z.literal('dtia-law-library'),
    version: z.literal(2),
    compiled: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    asOf: monthOrDay,
    countries: z.array(countryEntrySchema),
    internationalOrganisations: z.array(internationalOrganisationSchema).optional(),
  })
  .strict();

export type QuestionnaireItem = z.infer<typeof questionnaireItemSchema>;
export type ScenarioTemplate = z.infer<typeof scenarioTemplateSchema>;
export type DefaultFactor = z.infer<typeof defaultFactorSchema>;
export type LawSource = z.infer<typeof sourceSchema>;
export type LawEntry = z.infer<typeof lawEntrySchema>;
export type CountryEntry = z.infer<typeof countryEntrySchema>;
export type AdequacyDecision = z.infer<typeof adequacyDecisionSchema>;
export type InternationalOrganisation = z.infer<typeof internationalOrganisationSchema>;
export type LawLibrary = z.infer<typeof lawLibrarySchema>;

export function lawsForCountry(library: LawLibrary, countryCode: string): LawEntry[] {
  return library.countries.find((c) => c.code === countryCode)?.laws ?? [];
}

export function findLaw(library: LawLibrary, lawId: string): LawEntry | undefined {
  for (const country of library.countries) {
    const law = country.laws.find((l) => l.id === lawId);
    if (law) return law;
  }
  return undefined;
}

/** Whole months between the library's "as of" date and today; the app warns past 12. */
export function libraryAgeInMonths(library: Pick<LawLibrary, 'asOf'>, today: string): number {
  const [asOfYear = 0, asOfMonth = 1] = library.asOf.split('-').map(Number);
  const [year = 0, month = 1] = today.split('-').map(Number);
  return (year - asOfYear) * 12 + (month - asOfMonth);
}
