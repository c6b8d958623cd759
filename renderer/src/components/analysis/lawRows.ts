import type { Factor, LawAssessment, Scenario } from '../../../../shared/domain/assessment';
import type { LawEntry } from '../../../../shared/domain/law-library';
import { TRIGGER_FACTOR_ID } from '../../../../shared/engine/factor-ids';
import type { TransferEvaluation } from '../../../../shared/engine/types';
import { newRowId } from '../../lib/ids';

/** Destination countries of the restricted transfers, in map order, with what the library says about each. */
export function destinationsOf(transfers: readonly TransferEvaluation[]): { code: string; status: TransferEvaluation['destinationStatus'] }[] {
  const seen = new Map<string, TransferEvaluation['destinationStatus']>();
  for (const transfer of transfers) {
    if (transfer.isRestrictedTransfer && transfer.destinationCountry !== '' && !seen.has(transfer.destinationCountry)) {
      seen.set(transfer.destinationCountry, transfer.destinationStatus);
    }
  }
  return [...seen].map(([code, status]) => ({ code, status }));
}

export function lawsNotYetAssessed(rows: readonly LawAssessment[], laws: readonly LawEntry[]): LawEntry[] {
  return laws.filter((law) => !rows.some((row) => row.lawId === law.id));
}

/** A law the user adds: name and citation are theirs to write. */
export function ownLawRow(): LawAssessment {
  return {
    id: newRowId(),
    lawId: null,
    name: '',
    citation: '',
    answers: [],
    verdictOverride: '',
    verdictOverrideReason: '',
    reasoning: '',
    notes: '',
    userSources: [],
  };
}

/** A factor the user adds; it has no library default, so its value needs a reason. */
export function ownFactor(kind: Factor['kind'], label = ''): Factor {
  return { id: `own-${newRowId()}`, kind, label, probability: 1, reason: '' };
}

export function ownScenario(): Scenario {
  return {
    id: newRowId(),
    templateId: null,
    lawId: null,
    name: '',
    vector: 'provider',
    annualTrigger: { ...ownFactor('other'), id: TRIGGER_FACTOR_ID, probability: 0 },
    preconditions: [],
    included: true,
  };
}
