import type { Assessment, ChosenMeasure, Party, Transfer, TransferTool } from '../domain/assessment';
import type { LawLibrary } from '../domain/law-library';
import { evaluateSccModule } from '../scc/module';
import { wholeMonthsBetween } from './dates';
import { minimisationPrompts } from './minimisation';
import { destinationUnderRegime, isHome, regimeOfTransfer, type DestinationUnderRegime, type Regime } from './regimes';
import type { Reason, TransferEvaluation } from './types';
import { detectUseCases } from './use-cases';

/** A DPF certification check older than this is stale: the DPF List changes, certifications lapse. */
export const DPF_CHECK_MAX_MONTHS = 12;

export const partyName = (party: Party | undefined, fallback: string): string => party?.name.trim() || party?.id || fallback;

/** A confirmed DPF certification with the date it was checked: the only way a US importer is covered by adequacy. */
export function dpfConfirmed(transfer: Transfer): boolean {
  return transfer.tool.tool === 'dpf' && transfer.tool.dpfCertificationConfirmed && transfer.tool.dpfCheckedOn !== '';
}

/**
 * Partial adequacy (sector- or recipient-limited decisions) covers the transfer when the recipient is within the
 * decision's scope: for the US, a confirmed DPF certification; elsewhere (e.g. Canada's commercial organisations,
 * Japan's APPI business operators), the user's choice of adequacy as the tool, which asserts the recipient is in scope.
 */
export function partialAdequacyCovers(countryCode: string, transfer: Transfer): boolean {
  return countryCode === 'US' ? dpfConfirmed(transfer) : transfer.tool.tool === 'adequacy';
}

function suggestTool(restricted: boolean, destination: DestinationUnderRegime, transfer: Transfer, regime: Regime, ukInstrument: string): TransferTool | null {
  if (!restricted) return null;
  if (destination.status === 'eea' || destination.status === 'adequate') return 'adequacy';
  if (destination.status === 'partial' && destination.code !== 'US') return 'adequacy';
  if (destination.status === 'partial' && transfer.tool.dpfCertificationConfirmed) return 'dpf';
  if (regime === 'uk' && ukInstrument === 'idta') return 'idta';
  return 'scc';
}

function toolReasons(restricted: boolean, destination: DestinationUnderRegime, transfer: Transfer, regime: Regime): Reason[] {
  const country = destination.countryName;
  if (!restricted) return [{ key: 'engine.transfers.notRestricted', params: { country } }];
  const reasons: Reason[] = [...destination.reasons];
  const decision = destination.decision;
  switch (destination.status) {
    case 'eea':
      reasons.push({ key: 'engine.transfers.eeaDestination', params: { country } });
      break;
    case 'adequate':
      reasons.push(
        decision
          ? { key: 'engine.transfers.adequacyDecision', params: { country, reference: decision.reference, date: decision.date } }
          : { key: 'engine.transfers.adequateWithoutReference', params: { country } },
      );
      break;
    case 'partial':
      reasons.push(
        decision
          ? { key: 'engine.transfers.partialAdequacyDecision', params: { country, reference: decision.reference, date: decision.date } }
          : { key: 'engine.transfers.partialAdequacy', params: { country } },
      );
      if (destination.code !== 'US') {
        if (destination.note !== '') reasons.push({ key: 'engine.transfers.adequacyScope', params: { note: destination.note } });
        reasons.push({ key: transfer.tool.tool === 'adequacy' ? 'engine.transfers.partialScopeAsserted' : 'engine.transfers.partialScopeToConfirm', params: { country } });
      } else if (dpfConfirmed(transfer)) {
        reasons.push({ key: 'engine.transfers.dpfConfirmed', params: { date: transfer.tool.dpfCheckedOn } });
      } else {
        reasons.push({ key: 'engine.transfers.partialNeedsTool', params: { country } });
      }
      break;
    case 'none':
      reasons.push({ key: 'engine.transfers.noAdequacy', params: { country } });
      break;
    case 'unknown':
      reasons.push({ key: 'engine.transfers.statusUnknown', params: { country: country || '–' } });
      break;
  }
  if (regime === 'uk') reasons.push({ key: 'engine.transfers.ukRegime' });
  if (regime === 'ch') reasons.push({ key: 'engine.transfers.swissRegime' });
  return reasons;
}

function warnings(
  transfer: Transfer,
  restricted: boolean,
  destination: DestinationUnderRegime,
  regime: Regime,
  today: string,
  sccOverrideLacksReason: boolean,
): Reason[] {
  const tool = transfer.tool;
  const found: Reason[] = [];
  if (restricted && tool.tool === '') found.push({ key: 'engine.transfers.warning.noTool' });
  if (tool.tool === 'art49') {
    if (transfer.frequency === 'continuous' || transfer.frequency === 'periodic') {
      found.push({ key: 'engine.transfers.warning.art49Systematic', params: { frequency: transfer.frequency } });
    }
    if (tool.art49Derogation === '') found.push({ key: 'engine.transfers.warning.art49NoDerogation' });
  }
  if (tool.tool === 'dpf') {
    if (destination.code !== 'US') found.push({ key: 'engine.transfers.warning.dpfNotAvailable', params: { country: destination.countryName || '–' } });
    if (!tool.dpfCertificationConfirmed) found.push({ key: 'engine.transfers.warning.dpfNotConfirmed' });
    if (tool.dpfCheckedOn === '') {
      found.push({ key: 'engine.transfers.warning.dpfNoDate' });
    } else {
      const age = wholeMonthsBetween(tool.dpfCheckedOn, today);
      if (age !== null && age >= DPF_CHECK_MAX_MONTHS) {
        found.push({ key: 'engine.transfers.warning.dpfCheckOutdated', params: { date: tool.dpfCheckedOn, months: age } });
      }
    }
    if (regime === 'uk') found.push({ key: 'engine.transfers.warning.dpfUkExtension' });
    if (regime === 'ch') found.push({ key: 'engine.transfers.warning.dpfSwiss' });
  }
  const adequacyAvailable =
    destination.status === 'eea' || destination.status === 'adequate' || (destination.status === 'partial' && destination.code !== 'US');
  if (tool.tool === 'adequacy' && !adequacyAvailable) {
    found.push({ key: 'engine.transfers.warning.adequacyNotAvailable', params: { country: destination.countryName || '–' } });
  }
  if (tool.tool === 'idta' && regime !== 'uk') found.push({ key: 'engine.transfers.warning.idtaOnlyUk' });
  if (sccOverrideLacksReason) found.push({ key: 'engine.transfers.warning.sccOverrideWithoutReason' });
  return found;
}

export function evaluateTransfer(
  assessment: Assessment,
  transfer: Transfer,
  library: LawLibrary,
  chosenMeasures: readonly ChosenMeasure[],
  today: string,
): TransferEvaluation {
  const map = assessment.map;
  const sender = map.parties.find((p) => p.id === transfer.fromPartyId);
  const recipient = map.parties.find((p) => p.id === transfer.toPartyId);
  const regime = regimeOfTransfer(map, transfer);
  const country = recipient?.country ?? '';
  const restricted = country === '' || !isHome(regime, country);
  const destination = destinationUnderRegime(regime, country, library);
  const covered =
    !restricted ||
    destination.status === 'eea' ||
    destination.status === 'adequate' ||
    (destination.status === 'partial' && partialAdequacyCovers(country, transfer));
  const sccModule = transfer.tool.tool === 'scc' ? evaluateSccModule(map, transfer) : null;
  const needsAssessment = restricted && !covered && transfer.tool.tool !== 'art49';
  return {
    transferId: transfer.id,
    fromName: partyName(sender, transfer.fromPartyId),
    toName: partyName(recipient, transfer.toPartyId),
    destinationCountry: country,
    destinationName: destination.countryName,
    destinationStatus: destination.status,
    isRestrictedTransfer: restricted,
    regime,
    adequacyDecision: destination.decision,
    coveredByAdequacy: covered,
    tool: transfer.tool.tool,
    suggestedTool: suggestTool(restricted, destination, transfer, regime, assessment.step2.ukInstrument),
    toolReasons: toolReasons(restricted, destination, transfer, regime),
    sccModule,
    warnings: warnings(transfer, restricted, destination, regime, today, sccModule?.overrideLacksReason ?? false),
    useCases: needsAssessment ? detectUseCases(transfer, recipient, chosenMeasures.map((m) => m.measureId)) : [],
    minimisationPrompts: minimisationPrompts(transfer),
  };
}

export function evaluateTransfers(assessment: Assessment, library: LawLibrary, today: string): TransferEvaluation[] {
  return assessment.map.transfers.map((t) => evaluateTransfer(assessment, t, library, assessment.step4.measures, today));
}
