import type { Assessment } from '../domain/assessment';
import { formatPercent } from './format';
import type { LawEvaluation, MeasureEvaluation, OutcomeProposal, PrecheckResult, Reason, RiskEvaluation, TransferEvaluation } from './types';

/**
 * The proposed conclusion and its reasons. The EDPB test is qualitative (a reason to believe that a law will be
 * applied to the data, without an effective measure, stops the transfer); the quantitative model adds the residual
 * probability against the user's limit. Both must allow the transfer for a "proceed" proposal.
 */
export interface OutcomeInput {
  assessment: Assessment;
  prechecks: PrecheckResult;
  transfers: readonly TransferEvaluation[];
  laws: readonly LawEvaluation[];
  risk: RiskEvaluation;
  measures: MeasureEvaluation;
  libraryOutdated: boolean;
}

/** The reasons of a law evaluation that carry its verdict (as opposed to notes on practice or confidence). */
const DECISIVE_LAW_REASONS = new Set([
  'engine.laws.outOfScope',
  'engine.laws.notReadableByAnswer',
  'engine.laws.notReadableByMeasure',
  'engine.laws.notReadableByMap',
  'engine.laws.notAnAccessLaw',
  'engine.laws.adequacyEntry',
  'engine.laws.readable',
  'engine.laws.readableAssumed',
  'engine.laws.override',
]);

/** Encryption under exporter-held keys (chosen as a measure or recorded on the map) is what lets the transfer proceed. */
const UNREADABLE_BY_ENCRYPTION = new Set(['engine.laws.notReadableByMeasure', 'engine.laws.notReadableByMap']);

const route = (t: TransferEvaluation) => ({ from: t.fromName, to: t.toName });

/** Transfers that need the full assessment: restricted, not covered by adequacy and not made under Art. 49. */
export const transfersNeedingTia = (transfers: readonly TransferEvaluation[]) =>
  transfers.filter((t) => t.isRestrictedTransfer && !t.coveredByAdequacy && t.tool !== 'art49');

function blockersOf({ assessment, prechecks, transfers, laws, risk }: OutcomeInput): Reason[] {
  const blockers: Reason[] = [];
  if (prechecks.tiaRequired === 'undetermined') blockers.push({ key: 'engine.outcome.blocker.prechecksOpen' });
  for (const t of transfers) {
    if (t.isRestrictedTransfer && t.tool === '') blockers.push({ key: 'engine.outcome.blocker.noTool', params: route(t) });
    if (t.sccModule && t.sccModule.effective === null) blockers.push({ key: 'engine.outcome.blocker.sccModuleOpen', params: route(t) });
    if (t.sccModule?.overrideLacksReason) blockers.push({ key: 'engine.outcome.blocker.sccOverrideWithoutReason', params: route(t) });
    const choice = assessment.map.transfers.find((x) => x.id === t.transferId)?.tool;
    if (t.tool === 'dpf' && choice && (!choice.dpfCertificationConfirmed || choice.dpfCheckedOn === '')) {
      blockers.push({ key: 'engine.outcome.blocker.dpfNotConfirmed', params: route(t) });
    }
  }
  if (transfersNeedingTia(transfers).length === 0) return blockers;

  if (laws.length === 0) blockers.push({ key: 'engine.outcome.blocker.noLaws' });
  for (const law of laws) {
    if (law.effective === 'undetermined') blockers.push({ key: 'engine.outcome.blocker.lawUndetermined', params: { law: law.name } });
    if (law.overrideLacksReason) blockers.push({ key: 'engine.outcome.blocker.lawOverrideWithoutReason', params: { law: law.name } });
  }
  const included = risk.scenarios.filter((s) => s.included);
  if (included.length === 0) blockers.push({ key: 'engine.outcome.blocker.noScenarios' });
  for (const scenario of included) {
    for (const factor of scenario.factors.filter((f) => f.lacksReason)) {
      blockers.push({ key: 'engine.outcome.blocker.factorWithoutReason', params: { scenario: scenario.name, factor: factor.label } });
    }
  }
  return blockers;
}

function lawLines(laws: readonly LawEvaluation[]): Reason[] {
  return laws.flatMap((law) => [
    { key: `engine.outcome.law.${law.effective}`, params: { law: law.name } },
    ...law.reasons.filter((r) => DECISIVE_LAW_REASONS.has(r.key)),
    ...(law.unconfirmed ? [{ key: 'engine.outcome.lawUnconfirmed', params: { law: law.name } }] : []),
  ]);
}

export function proposeOutcome(input: OutcomeInput): OutcomeProposal {
  const { prechecks, transfers, laws, risk, measures, libraryOutdated } = input;
  if (prechecks.tiaRequired === 'no') {
    return { outcome: 'no-tia-required', reasons: [{ key: `engine.outcome.noTiaRequired.${prechecks.basis ?? 'adequacy'}` }, ...prechecks.reasons], blockers: [] };
  }
  const blockers = blockersOf(input);
  if (blockers.length > 0) return { outcome: null, reasons: [], blockers };

  const context: Reason[] = libraryOutdated ? [{ key: 'engine.outcome.libraryOutdated' }] : [];
  if (transfersNeedingTia(transfers).length === 0) {
    return { outcome: 'no-tia-required', reasons: [{ key: 'engine.outcome.noTiaRequired.perTransfer' }, ...transfers.flatMap((t) => t.warnings), ...context], blockers: [] };
  }

  const residual = {
    residual: formatPercent(risk.horizonAfter),
    before: formatPercent(risk.horizonBefore),
    horizon: risk.horizonYears,
    limit: formatPercent(risk.acceptableLimit),
  };
  const residualLine: Reason = { key: risk.withinLimitAfter ? 'engine.outcome.residualBelowLimit' : 'engine.outcome.residualAboveLimit', params: residual };
  const reasonToBelieve = laws.filter((l) => l.effective === 'reason-to-believe');
  const lawNames = reasonToBelieve.map((l) => l.name).join(', ');
  const effectiveTechnical = transfersNeedingTia(transfers).flatMap((t) => t.useCases.filter((u) => u.technicalMeasureEffective));

  if (reasonToBelieve.length > 0 && measures.clearTextUseCases.length > 0) {
    return {
      outcome: 'do-not-proceed',
      reasons: [{ key: 'engine.outcome.doNotProceedClearText', params: { laws: lawNames } }, ...measures.reasons, residualLine, ...lawLines(laws), ...context],
      blockers: [],
    };
  }
  if (!risk.withinLimitAfter) {
    return { outcome: 'do-not-proceed', reasons: [{ key: 'engine.outcome.doNotProceedRisk', params: residual }, ...lawLines(laws), ...context], blockers: [] };
  }
  if (reasonToBelieve.length > 0) {
    if (effectiveTechnical.length > 0) {
      return {
        outcome: 'proceed-with-measures',
        reasons: [{ key: 'engine.outcome.proceedWithMeasuresUseCases', params: { laws: lawNames } }, ...effectiveTechnical.flatMap((u) => u.reasons), residualLine, ...lawLines(laws), ...context],
        blockers: [],
      };
    }
    return {
      outcome: 'do-not-proceed',
      reasons: [{ key: 'engine.outcome.doNotProceedNoMeasure', params: { laws: lawNames } }, residualLine, { key: 'engine.outcome.figureNotEnough' }, ...lawLines(laws), ...context],
      blockers: [],
    };
  }
  const measuresDecided =
    !risk.withinLimitBefore || laws.some((l) => l.reasons.some((r) => UNREADABLE_BY_ENCRYPTION.has(r.key)));
  return {
    outcome: measuresDecided ? 'proceed-with-measures' : 'proceed',
    reasons: [{ key: measuresDecided ? 'engine.outcome.proceedWithMeasures' : 'engine.outcome.proceed' }, residualLine, ...lawLines(laws), ...context],
    blockers: [],
  };
}
