import { z } from 'zod';
import { LIMITS } from '../domain/assessment';
import { foldForSearch } from '../portfolio/query';

/**
 * A vendor: an importer as a record of its own, reused across the assessments of its transfers. An assessment is
 * linked to the vendor its importer is named after, unless the user linked it to another one by hand.
 */

export const VENDOR_LIMITS = { name: LIMITS.shortText, website: LIMITS.shortText, notes: LIMITS.longText } as const;

const countryCode = z.union([z.literal(''), z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')]);

/** What the user edits. */
export const vendorFieldsSchema = z
  .object({
    name: z.string().trim().min(1).max(VENDOR_LIMITS.name),
    /** The registered legal name and form, where it differs from the name the vendor is known by. */
    legalEntity: z.string().trim().max(LIMITS.shortText),
    country: countryCode,
    website: z.string().trim().max(VENDOR_LIMITS.website),
    notes: z.string().max(VENDOR_LIMITS.notes),
  })
  .strict();
export type VendorFields = z.infer<typeof vendorFieldsSchema>;

export const vendorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    legalEntity: z.string(),
    country: z.string(),
    website: z.string(),
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Vendor = z.infer<typeof vendorSchema>;

export const vendorListItemSchema = vendorSchema.omit({ notes: true }).extend({ assessments: z.number().int() }).strict();
export type VendorListItem = z.infer<typeof vendorListItemSchema>;

/** How an assessment came to its vendor: by its importer's name, or chosen by the user. */
export const VENDOR_LINKS = ['importer', 'user'] as const;
export type VendorLink = (typeof VENDOR_LINKS)[number];

export const vendorAssessmentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** The lifecycle status (draft, in review, approved, …). */
    status: z.string(),
    importer: z.string(),
    nextReviewDate: z.string(),
    updatedAt: z.string(),
    linkedBy: z.enum(VENDOR_LINKS),
  })
  .strict();
export type VendorAssessment = z.infer<typeof vendorAssessmentSchema>;

export const vendorDetailSchema = z.object({ vendor: vendorSchema, assessments: z.array(vendorAssessmentSchema) }).strict();
export type VendorDetail = z.infer<typeof vendorDetailSchema>;

/**
 * The form of a name that decides whether two names mean the same vendor: without case, diacritics and repeated
 * spaces ("Müller  Cloud" and "MULLER cloud" are one vendor). Null for a name with nothing in it.
 */
export function vendorMatchKey(name: string): string | null {
  const key = foldForSearch(name)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  return key === '' ? null : key;
}

interface NamedParty {
  kind: string;
  name: string;
  country: string;
}

/** The importer an assessment is about: the first importer party of its map with a name. */
export function importerOf(parties: readonly NamedParty[]): { name: string; country: string } | null {
  for (const party of parties) {
    if (party.kind !== 'importer') continue;
    const name = party.name.trim();
    if (vendorMatchKey(name) !== null) return { name, country: party.country };
  }
  return null;
}
