import type { Party, Transfer } from '../domain/assessment';
import type { EdpbUseCase, Reason, UseCaseHit } from './types';

/**
 * The EDPB Recommendations 01/2020 Annex 2 use cases recognised on one transfer from the map and the chosen
 * measures. Use cases 1–5 are scenarios in which the EDPB found an effective technical measure; in 6 and 7 the
 * recipient needs the data in clear and the EDPB found none.
 */
export function detectUseCases(transfer: Transfer, recipient: Party | undefined, measureIds: readonly string[]): UseCaseHit[] {
  const chosen = new Set(measureIds);
  const recipientName = recipient?.name.trim() || recipient?.id || transfer.toPartyId;
  const hits: UseCaseHit[] = [];
  const hit = (useCase: EdpbUseCase, reasons: Reason[]) =>
    hits.push({ transferId: transfer.id, useCase, technicalMeasureEffective: useCase !== 6 && useCase !== 7, reasons });

  if (transfer.needsClearText === true) {
    if (transfer.accessType === 'remote-access') {
      hit(7, [
        { key: 'engine.useCases.uc7', params: { recipient: recipientName } },
        { key: 'engine.useCases.noEffectiveTechnicalMeasure' },
      ]);
    } else {
      const processor = recipient?.role === 'processor';
      hit(6, [
        { key: processor ? 'engine.useCases.uc6Processor' : 'engine.useCases.uc6', params: { recipient: recipientName } },
        { key: 'engine.useCases.noEffectiveTechnicalMeasure' },
      ]);
    }
    return hits;
  }

  const exporterKeys = transfer.keyHolder === 'exporter';
  if (
    transfer.accessType === 'storage' &&
    transfer.needsClearText === false &&
    ((transfer.format === 'encrypted' && exporterKeys) || chosen.has('encrypted-storage-exporter-keys'))
  ) {
    hit(1, [{ key: 'engine.useCases.uc1', params: { recipient: recipientName } }]);
  }
  if (transfer.format === 'pseudonymised' || chosen.has('pseudonymisation')) {
    hit(2, [{ key: 'engine.useCases.uc2', params: { recipient: recipientName } }]);
  }
  if (transfer.accessType === 'transit' && (transfer.format === 'encrypted' || chosen.has('transit-encryption'))) {
    hit(3, [{ key: 'engine.useCases.uc3', params: { recipient: recipientName } }]);
  }
  if (chosen.has('protected-recipient')) hit(4, [{ key: 'engine.useCases.uc4', params: { recipient: recipientName } }]);
  if (chosen.has('split-processing')) hit(5, [{ key: 'engine.useCases.uc5', params: { recipient: recipientName } }]);
  return hits;
}
