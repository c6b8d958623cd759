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

export const lawEntrySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    citation: z.string(),
    kind: z.enum(['access-law', 'safeguard', 'adequacy']),
    summary: z.string(),
    scope: z.string(),
    questions: z.array(z.string()),
    confidence: z.enum(CONFIDENCE),
    /** Said to the user wherever the entry appears when confidence is not "confirmed". */
    caveat: z.string().optional(),
    asOf: monthOrDay,
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export const countryEntrySchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string(),
    adequacy: z.enum(['eea', 'adequate', 'partial', 'none']),
    adequacyNote: z.string(),
    laws: z.array(lawEntrySchema),
  })
  .strict();

export const lawLibrarySchema = z
  .object({
    format: z.literal('dtia-law-library'),
    version: z.literal(1),
    compiled: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    asOf: monthOrDay,
    countries: z.array(countryEntrySchema),
  })
  .strict();

export type LawSource = z.infer<typeof sourceSchema>;
export type LawEntry = z.infer<typeof lawEntrySchema>;
export type CountryEntry = z.infer<typeof countryEntrySchema>;
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
