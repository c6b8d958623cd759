/**
 * Facts read from a vendor's own documents (privacy policy, DPA, sub-processor list, TIA whitepaper). Every fact
 * carries the exact span of the document it came from, so the user can check it and the report can cite it.
 */

export const FACT_TYPES = [
  'role',
  'country',
  'mechanism',
  'subprocessor',
  'data_category',
  'security',
  'retention',
  'government_access',
  'requests_reported',
  'contact',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

/** Transfer tools, as the command line and the vendor profile name them. */
export const MECHANISMS = ['SCC', 'BCR', 'DPF', 'ADEQUACY', 'UK_IDTA', 'UK_ADDENDUM', 'SWISS'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/** Regions a document names instead of countries; kept as regions, never expanded to member states. */
export const REGIONS = ['EU', 'EEA', 'EFTA', 'UK_AND_EEA', 'APAC', 'WORLDWIDE'] as const;
export type Region = (typeof REGIONS)[number];

/** Where a fact was read: offsets are UTF-16 code-unit indices into the extracted plain text, end exclusive. */
export interface Evidence {
  /** The whole sentence (or list item) the fact came from, exactly as in the text: text === source.slice(start, end). */
  text: string;
  start: number;
  end: number;
}

/**
 * `value` is what the document says (the words as written, e.g. "United States", "Amazon Web Services");
 * `normalized` is the comparable form:
 * - role: 'controller' | 'processor' | 'sub-processor' | 'joint-controller'
 * - country: ISO 3166-1 alpha-2 code ('US'), or a Region ('EU', 'EEA', …)
 * - mechanism: a Mechanism
 * - subprocessor: the recipient's canonical name ('Amazon Web Services', 'OpenAI', 'Stripe')
 * - data_category: a DataCategory id (see categories.ts), e.g. 'contact', 'communications-content'
 * - security: a SecurityMeasure id, e.g. 'encryption-in-transit', 'encryption-at-rest', 'aes-256', 'tls',
 *   'iso-27001', 'soc-2', 'mfa', 'access-control', 'pseudonymisation', 'penetration-testing'
 * - retention: the period in ISO 8601 duration form when stated ('P30D', 'P7Y'), otherwise 'stated'
 * - government_access: 'fisa-702' | 'eo-12333' | 'cloud-act' | 'eo-14086' | 'challenge-requests' |
 *   'notify-customer' | 'transparency-report' | 'law-enforcement-requests'
 * - requests_reported: the figure as written normalised to digits ('0', '1234'), or 'none-received'
 * - contact: an e-mail address or URL in lower case, or 'dpo' when only a role is named
 */
export interface Fact {
  type: FactType;
  value: string;
  normalized: string;
  evidence: Evidence;
  /** For a role: the data category or context it is stated for, when the document says ("Customer Content"). */
  qualifier?: string;
  /** For a sub-processor: the countries stated with it (ISO codes), and its stated purpose. */
  countries?: string[];
  purpose?: string;
}

/** Something a TIA needs that the document does not say: a question to send to the vendor. */
export const GAP_IDS = [
  'no-destination-country',
  'no-transfer-tool',
  'no-subprocessor-list',
  'no-government-access',
  'no-security-measures',
  'no-retention',
  'no-role',
  'no-contact',
] as const;
export type GapId = (typeof GAP_IDS)[number];

export interface Gap {
  id: GapId;
  /** The question to the vendor, in English (the UI shows it by i18n key `extraction.gaps.<id>`). */
  question: string;
}

export interface ExtractedVendor {
  /** The vendor's trading name as the document uses it most ("Telnyx"). */
  name: string;
  /** The legal entity when stated ("Telnyx LLC"). */
  legalEntity: string | null;
  evidence: Evidence | null;
}

export interface ExtractionResult {
  vendor: ExtractedVendor | null;
  facts: Fact[];
  gaps: Gap[];
}

/** Labelled facts of one document, for measuring precision and recall (test/fixtures/extraction). */
export interface LabelledDocument {
  /** The document's file name under test/fixtures (seed) or test/fixtures/extraction/held-out. */
  document: string;
  vendor: string;
  /** One entry per distinct (type, normalized) the document states; evidence is a phrase copied from the text. */
  facts: { type: FactType; normalized: string; evidence: string }[];
  gaps: GapId[];
}
