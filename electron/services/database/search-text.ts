import type { Assessment } from '../../../shared/domain/assessment';

/**
 * Keys whose strings are not typed by the user: identifiers, timestamps, codes and choices from fixed lists. Their
 * values would only make every document match words such as "scc" or "yes".
 */
const CODED_KEYS = new Set([
  'id', 'createdAt', 'updatedAt', 'kind', 'role', 'country', 'entityType', 'frequency', 'format', 'keyHolder',
  'accessType', 'tool', 'art49Derogation', 'dpfCheckedOn', 'answer', 'verdictOverride', 'vector', 'status',
  'decision', 'outcome', 'proposedOutcome', 'proposedReasons', 'clause9Option', 'clause17Option', 'clause17Law',
  'clause18Forum', 'ukInstrument', 'personalData', 'exporterSubjectToRegime', 'disclosedToOtherParty',
  'recipientInThirdCountry', 'rolesEstablished', 'minimisationDone', 'art49IsBasis', 'nextReviewDate', 'triggers',
  'date',
]);

const isCodedKey = (key: string) => CODED_KEYS.has(key) || key.endsWith('Id');

function collect(value: unknown, into: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (!isCodedKey(key)) collect(child, into);
  }
}

/** Every string the user entered in the document except the title (indexed on its own), one per line. */
export function searchBody(assessment: Assessment): string {
  const parts: string[] = [];
  for (const [key, child] of Object.entries(assessment)) if (key !== 'title' && !isCodedKey(key)) collect(child, parts);
  return parts.join('\n');
}
