import { z } from 'zod';
import { FACT_TYPES, GAP_IDS, MECHANISMS, REGIONS, type FactType, type LabelledDocument } from './types';

/**
 * The schema of hand-labelled documents (test/fixtures/extraction/*.labels.json). It checks that every `normalized`
 * uses the vocabulary documented in types.ts, so that a typo in a label cannot pass as a fact nobody extracts.
 */

export const LABELLED_ROLES = ['controller', 'processor', 'sub-processor', 'joint-controller'] as const;

export const LABELLED_SECURITY_MEASURES = [
  'encryption-in-transit',
  'encryption-at-rest',
  'aes-256',
  'tls',
  'iso-27001',
  'iso-27017',
  'iso-27018',
  'iso-27701',
  'soc-2',
  'soc-1',
  'pci-dss',
  'hipaa',
  'mfa',
  'access-control',
  'pseudonymisation',
  'penetration-testing',
  'logging-monitoring',
  'csa-star',
  'end-to-end-encryption',
] as const;

export const LABELLED_DATA_CATEGORIES = [
  'contact',
  'identification',
  'account',
  'billing',
  'payment-card',
  'communications-content',
  'communications-metadata',
  'call-recordings',
  'location',
  'device-online-identifiers',
  'usage',
  'employment',
  'special-categories',
  'children',
  'biometric',
  'government-id',
  'financial',
  'marketing-preferences',
] as const;

export const LABELLED_GOVERNMENT_ACCESS = [
  'fisa-702',
  'eo-12333',
  'cloud-act',
  'eo-14086',
  'challenge-requests',
  'notify-customer',
  'transparency-report',
  'law-enforcement-requests',
] as const;

const oneOf = (values: readonly string[]) => (normalized: string) => values.includes(normalized);

const ISO_DURATION = /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/;

/** What a well-formed `normalized` looks like for each fact type. */
const NORMALIZED_FORMS: Record<FactType, (normalized: string) => boolean> = {
  role: oneOf(LABELLED_ROLES),
  country: (normalized) => /^[A-Z]{2}$/.test(normalized) || (REGIONS as readonly string[]).includes(normalized),
  mechanism: oneOf(MECHANISMS),
  subprocessor: (normalized) => normalized.trim() === normalized && normalized.length > 1,
  data_category: oneOf(LABELLED_DATA_CATEGORIES),
  security: oneOf(LABELLED_SECURITY_MEASURES),
  retention: (normalized) => normalized === 'stated' || (normalized.length > 1 && ISO_DURATION.test(normalized)),
  government_access: oneOf(LABELLED_GOVERNMENT_ACCESS),
  requests_reported: (normalized) => normalized === 'none-received' || /^\d+$/.test(normalized),
  contact: (normalized) => normalized === 'dpo' || (normalized === normalized.toLowerCase() && /[@/.]/.test(normalized)),
};

const labelledFactSchema = z
  .object({
    type: z.enum(FACT_TYPES),
    normalized: z.string().min(1),
    evidence: z.string().min(3),
  })
  .strict()
  .refine((fact) => NORMALIZED_FORMS[fact.type](fact.normalized), {
    message: 'normalized is not in the form types.ts documents for this fact type',
  });

export const labelledDocumentSchema = z
  .object({
    document: z.string().regex(/^[^/\\]+\.txt$/, 'expected the file name of a .txt document'),
    vendor: z.string().min(1),
    facts: z.array(labelledFactSchema),
    gaps: z.array(z.enum(GAP_IDS)),
  })
  .strict()
  .superRefine((labels, context) => {
    const seen = new Set<string>();
    labels.facts.forEach((fact, index) => {
      const key = `${fact.type}\u0000${fact.normalized}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['facts', index], message: `(${fact.type}, ${fact.normalized}) is labelled twice` });
      seen.add(key);
    });
    if (new Set(labels.gaps).size !== labels.gaps.length) context.addIssue({ code: 'custom', path: ['gaps'], message: 'a gap is listed twice' });
  });

export function parseLabelledDocument(json: unknown): LabelledDocument {
  return labelledDocumentSchema.parse(json);
}
