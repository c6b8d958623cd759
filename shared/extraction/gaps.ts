import type { Fact, FactType, Gap, GapId } from './types';
import { GAP_IDS } from './types';

/**
 * What a TIA needs that the document does not say, as questions to send to the vendor. A gap is open when no fact
 * of the types that would answer it was found.
 */

const ANSWERED_BY: Record<GapId, readonly FactType[]> = {
  'no-destination-country': ['country'],
  'no-transfer-tool': ['mechanism'],
  'no-subprocessor-list': ['subprocessor'],
  'no-government-access': ['government_access', 'requests_reported'],
  'no-security-measures': ['security'],
  'no-retention': ['retention'],
  'no-role': ['role'],
  'no-contact': ['contact'],
};

export const GAP_QUESTIONS: Record<GapId, string> = {
  'no-destination-country':
    'In which countries will our personal data be stored, processed or accessed, including remote access by your support staff, affiliates and sub-processors?',
  'no-transfer-tool':
    'Which transfer tool do you rely on for personal data transferred outside the EEA (for example the Standard Contractual Clauses, Binding Corporate Rules or the EU-U.S. Data Privacy Framework)?',
  'no-subprocessor-list':
    'Can you provide your current list of sub-processors, with the country where each one processes our data and for what purpose?',
  'no-government-access':
    'Are you or your sub-processors subject to laws that allow public authorities to access our data (for example FISA Section 702, Executive Order 12333 or the CLOUD Act), how do you handle such requests, and how many have you received?',
  'no-security-measures':
    'Which technical and organisational measures protect our data (encryption in transit and at rest, key management, access controls, certifications such as ISO/IEC 27001 or SOC 2)?',
  'no-retention': 'How long do you keep our personal data, and how is it deleted or returned when the contract ends?',
  'no-role': 'Do you act as a controller or as a processor for our personal data, and for which categories of data?',
  'no-contact': 'Who is your privacy contact or data protection officer, and how can we reach them?',
};

export function findGaps(facts: readonly Fact[]): Gap[] {
  const types = new Set(facts.map((fact) => fact.type));
  return GAP_IDS.filter((id) => !ANSWERED_BY[id].some((type) => types.has(type))).map((id) => ({
    id,
    question: GAP_QUESTIONS[id],
  }));
}
