import { isCountryCode } from '../../../shared/domain/countries';
import { AppFailure } from '../../../shared/domain/result';
import { MECHANISMS, REGIONS } from '../../../shared/extraction/types';
import type { FactDecision, FactDecisionRequest } from '../../../shared/vendors/profile';
import type { FactRow } from './vendor-document-rows';

/** What a decision writes to a fact's row. */
export interface DecidedFact {
  id: string;
  value: string;
  normalized: string;
  decision: FactDecision;
  edited: number;
  decidedAt: string | null;
}

/**
 * The comparable form the user gave, checked where other parts of the app rely on it: the map places a country by its
 * ISO code or region, the assessment names a transfer tool by its mechanism. Letter case is forgiven.
 */
function checkedNormalized(type: string, normalized: string): string {
  if (type === 'country') {
    const code = normalized.toUpperCase();
    if (isCountryCode(code) || (REGIONS as readonly string[]).includes(code)) return code;
    throw new AppFailure('INVALID_REQUEST', `“${normalized}” is not a country: give its ISO 3166-1 alpha-2 code (such as US) or one of ${REGIONS.join(', ')}.`);
  }
  if (type === 'mechanism') {
    const mechanism = normalized.toUpperCase();
    if ((MECHANISMS as readonly string[]).includes(mechanism)) return mechanism;
    throw new AppFailure('INVALID_REQUEST', `“${normalized}” is not a transfer tool: give one of ${MECHANISMS.join(', ')}.`);
  }
  return normalized;
}

/**
 * The new state of a fact. Pending is a reset: the suggestion as the importer made it comes back, so it takes no
 * wording of its own. Accepting or rejecting keeps the fact's current wording unless the request gives another.
 */
export function decide(fact: FactRow, request: FactDecisionRequest, at: string): DecidedFact {
  if (request.decision === 'pending') {
    if (request.value !== undefined || request.normalized !== undefined) {
      throw new AppFailure('INVALID_REQUEST', 'A suggestion set back to pending gets its original wording again; it takes no value of its own.');
    }
    return { id: fact.id, value: fact.suggested_value, normalized: fact.suggested_normalized, decision: 'pending', edited: 0, decidedAt: null };
  }
  const value = request.value ?? fact.value;
  const normalized = request.normalized === undefined ? fact.normalized : checkedNormalized(fact.type, request.normalized);
  const edited = value !== fact.suggested_value || normalized !== fact.suggested_normalized;
  return { id: fact.id, value, normalized, decision: request.decision, edited: edited ? 1 : 0, decidedAt: at };
}

/** Each fact once per request: two decisions on one fact would leave it to their order which one holds. */
export function checkDistinct(requests: readonly FactDecisionRequest[]): void {
  const seen = new Set<string>();
  for (const { factId } of requests) {
    if (seen.has(factId)) throw new AppFailure('INVALID_REQUEST', `The fact ${factId} is decided twice in one request.`);
    seen.add(factId);
  }
}
