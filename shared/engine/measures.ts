import type { ChosenMeasure } from '../domain/assessment';
import { findMeasure } from '../wizard/catalogues';
import type { MeasureEvaluation, Reason, TransferEvaluation } from './types';

/**
 * What the chosen supplementary measures achieve against the use cases on the map. Where the recipient needs the
 * data in clear (EDPB use cases 6 and 7), the EDPB found no effective technical measure, and contractual and
 * organisational measures only complement; the evaluation says so plainly.
 */
export function evaluateMeasures(chosen: readonly ChosenMeasure[], transfers: readonly TransferEvaluation[]): MeasureEvaluation {
  const clearTextUseCases = transfers.flatMap((t) => t.useCases.filter((u) => !u.technicalMeasureEffective));
  const definitions = chosen.map((m) => findMeasure(m.measureId)).filter((m) => m !== undefined);
  const effectiveTechnical = definitions.filter((m) => m.edpbUseCase !== undefined);
  const reasons: Reason[] = [];

  // Two transfers between the same parties with the same use case make one sentence, not two identical ones.
  const named = new Set<string>();
  for (const hit of clearTextUseCases) {
    const transfer = transfers.find((t) => t.transferId === hit.transferId);
    const params = { useCase: hit.useCase, from: transfer?.fromName ?? '', to: transfer?.toName ?? '' };
    const signature = JSON.stringify(params);
    if (named.has(signature)) continue;
    named.add(signature);
    reasons.push({ key: 'engine.measures.clearTextUseCase', params });
  }
  if (clearTextUseCases.length > 0) {
    reasons.push({ key: 'engine.measures.noEffectiveTechnicalMeasure' }, { key: 'engine.measures.complementaryInsufficient' });
    if (definitions.some((m) => m.keepsDataUnreadableToImporter)) reasons.push({ key: 'engine.measures.exporterKeysContradictClearText' });
  }
  if (chosen.some((m) => m.measureId === 'encryption-at-rest-importer-keys')) reasons.push({ key: 'engine.measures.importerKeysNoEffect' });
  if (chosen.length === 0) reasons.push({ key: 'engine.measures.noneChosen' });
  else if (effectiveTechnical.length === 0) reasons.push({ key: 'engine.measures.onlyComplementaryChosen' });
  const unknown = chosen.filter((m) => !findMeasure(m.measureId));
  for (const m of unknown) reasons.push({ key: 'engine.measures.unknownMeasure', params: { measureId: m.measureId } });

  return {
    clearTextUseCases,
    onlyComplementary: clearTextUseCases.length > 0 && chosen.length > 0,
    reasons,
  };
}
