import { extractContacts } from './contacts';
import { extractCountries } from './countries';
import { extractDataCategories } from './data-categories';
import { findGaps } from './gaps';
import { extractGovernmentAccess, extractRequestsReported } from './government-access';
import { extractMechanisms } from './mechanisms';
import { extractRetention } from './retention';
import { extractRoles } from './roles';
import { extractSecurity } from './security';
import { segment } from './segment';
import type { Extractor } from './segment-types';
import { extractSubprocessors } from './subprocessors';
import { FACT_TYPES, type ExtractionResult, type Fact, type FactType } from './types';
import { detectVendor } from './vendor';

/** One extractor per fact type; each reads the whole segmented document and cites its own sentences. */
export const EXTRACTORS: Record<FactType, Extractor> = {
  role: extractRoles,
  country: extractCountries,
  mechanism: extractMechanisms,
  // The vendor itself is never its own sub-processor; its group companies can be, when named as handling data.
  subprocessor: (document) => {
    const vendor = detectVendor(document);
    return extractSubprocessors(document, { vendorName: vendor?.name ?? null, vendorLegalEntity: vendor?.legalEntity ?? null });
  },
  data_category: extractDataCategories,
  security: extractSecurity,
  retention: extractRetention,
  government_access: extractGovernmentAccess,
  requests_reported: extractRequestsReported,
  contact: extractContacts,
};

const TYPE_ORDER = new Map<FactType, number>(FACT_TYPES.map((type, index) => [type, index]));

/** The same fact read twice from the same sentence (by two rules, or two extractors) is shown once. */
function withoutDuplicates(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = `${fact.type}\u0000${fact.normalized}\u0000${fact.evidence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPosition(a: Fact, b: Fact): number {
  return a.evidence.start - b.evidence.start || (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0);
}

/** Candidate facts of a plain-text vendor document, the vendor it speaks for, and the questions it leaves open. */
export function extractFacts(source: string): ExtractionResult {
  const document = segment(source);
  const facts = withoutDuplicates(FACT_TYPES.flatMap((type) => EXTRACTORS[type](document))).sort(byPosition);
  return { vendor: detectVendor(document), facts, gaps: findGaps(facts) };
}
