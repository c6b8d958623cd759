import type { Assessment, TriState } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { LawLibrary } from '../domain/law-library';
import { evaluateTransfers } from './transfers';
import type { PrecheckResult, Reason, TransferEvaluation } from './types';

/**
 * The CNIL pre-checks before the six steps: is it personal data, is it a transfer (the three criteria of EDPB
 * Guidelines 05/2021), and is a full TIA needed at all — not where adequacy (including a confirmed DPF
 * certification) covers every transfer or an Art. 49 derogation is the honest basis.
 */

const CRITERIA = [
  ['exporterSubjectToRegime', 'criterionRegime'],
  ['disclosedToOtherParty', 'criterionDisclosure'],
  ['recipientInThirdCountry', 'criterionThirdCountry'],
] as const;

const route = (t: TransferEvaluation) => ({ from: t.fromName, to: t.toName, country: t.destinationName || t.destinationCountry || '–' });

export function evaluatePrechecks(assessment: Assessment, library: LawLibrary, transfers?: readonly TransferEvaluation[]): PrecheckResult {
  const prechecks = assessment.prechecks;
  const evaluated = transfers ?? evaluateTransfers(assessment, library, '');
  const processorDoesTia = assessment.map.parties.some((p) => p.kind === 'exporter' && p.role === 'processor' && isEea(p.country));
  const result = (tiaRequired: PrecheckResult['tiaRequired'], basis: PrecheckResult['basis'], reasons: Reason[]): PrecheckResult => ({
    tiaRequired,
    basis,
    reasons: processorDoesTia ? [...reasons, { key: 'engine.prechecks.processorDoesTia' }] : reasons,
    processorDoesTia,
  });

  if (prechecks.personalData === 'no') return result('no', 'not-personal-data', [{ key: 'engine.prechecks.notPersonalData' }]);

  const failed = CRITERIA.filter(([field]) => prechecks[field] === 'no');
  if (failed.length > 0) {
    return result('no', 'not-a-transfer', [
      ...failed.map(([, key]) => ({ key: `engine.prechecks.${key}NotMet` })),
      { key: 'engine.prechecks.notATransfer' },
    ]);
  }

  const countriesKnown = evaluated.length > 0 && evaluated.every((t) => t.destinationCountry !== '');
  const restricted = evaluated.filter((t) => t.isRestrictedTransfer);
  if (countriesKnown && restricted.length === 0) {
    return result('no', 'not-a-transfer', [{ key: 'engine.prechecks.noRestrictedTransfer' }]);
  }

  const notes: Reason[] = [];
  const unanswered = (value: TriState | '') => value === '' || value === 'unknown';
  if (unanswered(prechecks.personalData) || CRITERIA.some(([field]) => unanswered(prechecks[field]))) {
    notes.push({ key: 'engine.prechecks.criteriaOpen' });
  }
  if (prechecks.rolesEstablished === 'no' || prechecks.rolesEstablished === 'unknown') notes.push({ key: 'engine.prechecks.rolesOpen' });
  if (prechecks.minimisationDone === 'no' || prechecks.minimisationDone === 'unknown') notes.push({ key: 'engine.prechecks.minimisationOpen' });

  if (countriesKnown && restricted.every((t) => t.coveredByAdequacy)) {
    const byDpf = restricted.filter((t) => t.destinationStatus === 'partial' && t.destinationCountry === 'US');
    const reasons: Reason[] = [{ key: byDpf.length > 0 ? 'engine.prechecks.coveredWithDpf' : 'engine.prechecks.coveredByAdequacy' }];
    for (const t of restricted) {
      reasons.push(
        t.destinationStatus === 'partial' && t.destinationCountry === 'US'
          ? {
              key: 'engine.prechecks.transferCoveredByDpf',
              params: {
                ...route(t),
                checkedOn: assessment.map.transfers.find((x) => x.id === t.transferId)?.tool.dpfCheckedOn ?? '',
              },
            }
          : { key: 'engine.prechecks.transferCoveredByAdequacy', params: route(t) },
      );
    }
    if (restricted.some((t) => t.regime !== 'eu')) reasons.push({ key: 'engine.prechecks.ukSwissListsDiffer' });
    return result('no', byDpf.length > 0 ? 'dpf' : 'adequacy', [...reasons, ...notes]);
  }

  if (prechecks.art49IsBasis === 'yes') {
    if (prechecks.art49Justification.trim() !== '') {
      const systematic = evaluated.some((t) => {
        const frequency = assessment.map.transfers.find((x) => x.id === t.transferId)?.frequency;
        return frequency === 'continuous' || frequency === 'periodic';
      });
      return result('no', 'art49', [
        { key: 'engine.prechecks.art49Basis' },
        { key: systematic ? 'engine.prechecks.art49Systematic' : 'engine.prechecks.art49NotForSystematic' },
        ...notes,
      ]);
    }
    notes.push({ key: 'engine.prechecks.art49NeedsJustification' });
  }

  const needingTia = restricted.filter((t) => t.destinationCountry !== '' && !t.coveredByAdequacy);
  if (needingTia.length > 0) {
    return result('yes', null, [
      ...needingTia.map((t) => ({ key: 'engine.prechecks.transferNeedsTia', params: route(t) })),
      ...notes,
    ]);
  }
  const missing: Reason[] = evaluated.length === 0 ? [{ key: 'engine.prechecks.noTransfers' }] : [{ key: 'engine.prechecks.countriesMissing' }];
  return result('undetermined', null, [...missing, ...notes]);
}
