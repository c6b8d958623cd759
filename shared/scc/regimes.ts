import type { Assessment, Party, Transfer, TriState } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { Reason } from '../engine/types';

/**
 * The data protection regime an exporter transfers under, read from its country: the GDPR (EEA), the UK GDPR or
 * the Swiss FADP. Each brings its own transfer instruments and checks (DOMAIN.md §3).
 */
export type ExporterRegime = 'eu' | 'uk' | 'ch' | 'other' | 'unknown';

export function regimeForCountry(country: string): ExporterRegime {
  if (country === '') return 'unknown';
  if (isEea(country)) return 'eu';
  if (country === 'GB') return 'uk';
  if (country === 'CH') return 'ch';
  return 'other';
}

/** The ICO's transfer risk assessment (TRA) tool: its six questions, in order. Texts under `scc.regimes.uk.tra.*`. */
export const UK_TRA_QUESTIONS = [
  'circumstances',
  'data-risk-level',
  'proportionate-investigation',
  'human-rights-risk',
  'safeguard-enforceable',
  'exceptions-cover-remaining',
] as const;
export type UkTraQuestionId = (typeof UK_TRA_QUESTIONS)[number];

export const UK_TRA_QUESTION_KEYS: Readonly<Record<UkTraQuestionId, { textKey: string; helpKey: string }>> = Object.fromEntries(
  UK_TRA_QUESTIONS.map((id) => [id, { textKey: `scc.regimes.uk.tra.${id}.text`, helpKey: `scc.regimes.uk.tra.${id}.help` }]),
) as Record<UkTraQuestionId, { textKey: string; helpKey: string }>;

/** UK instruments: the IDTA on its own, or the UK Addendum attached to the EU SCCs. */
export const UK_INSTRUMENT_KEYS = {
  idta: { labelKey: 'scc.regimes.uk.instrument.idta.label', descriptionKey: 'scc.regimes.uk.instrument.idta.description' },
  addendum: { labelKey: 'scc.regimes.uk.instrument.addendum.label', descriptionKey: 'scc.regimes.uk.instrument.addendum.description' },
} as const;

/** Dated facts per regime, shown as explanations beside the regime's inputs. */
export const REGIME_FACT_KEYS: Readonly<Record<'uk' | 'ch', readonly string[]>> = {
  uk: ['scc.regimes.uk.facts.dua', 'scc.regimes.uk.facts.icoGuidance'],
  ch: ['scc.regimes.ch.facts.sccWithAmendments', 'scc.regimes.ch.facts.swissUsDpf'],
};

export interface ExporterRegimeInfo {
  partyId: string;
  name: string;
  regime: ExporterRegime;
}

export interface RegimeRequirements {
  exporters: ExporterRegimeInfo[];
  /** Explanations that apply because of the regimes present (the facts above). */
  reasons: Reason[];
  /** Missing or inconsistent choices for the regimes present. */
  warnings: Reason[];
}

const label = (party: Party): string => party.name.trim() || party.id;
const outgoing = (assessment: Assessment, party: Party): Transfer[] => assessment.map.transfers.filter((t) => t.fromPartyId === party.id);

export function exporterRegimes(assessment: Assessment): ExporterRegimeInfo[] {
  return assessment.map.parties
    .filter((p) => p.kind === 'exporter')
    .map((p) => ({ partyId: p.id, name: label(p), regime: regimeForCountry(p.country) }));
}

function traAnswer(assessment: Assessment, id: UkTraQuestionId): TriState | '' {
  return assessment.step2.ukTra.find((a) => a.questionId === id)?.answer ?? '';
}

function ukWarnings(assessment: Assessment, exporter: Party): Reason[] {
  const warnings: Reason[] = [];
  const name = label(exporter);
  const tools = outgoing(assessment, exporter).map((t) => t.tool.tool);
  const contractual = tools.some((tool) => tool === 'scc' || tool === 'idta');
  if (!contractual) return warnings;
  const instrument = assessment.step2.ukInstrument;
  if (instrument === '') warnings.push({ key: 'scc.regimes.issue.ukInstrumentMissing', params: { exporter: name } });
  if (instrument === 'idta' && tools.includes('scc')) warnings.push({ key: 'scc.regimes.issue.sccWithIdta', params: { exporter: name } });
  if (instrument === 'addendum' && tools.includes('idta')) warnings.push({ key: 'scc.regimes.issue.idtaWithAddendum', params: { exporter: name } });
  const unanswered = UK_TRA_QUESTIONS.filter((id) => traAnswer(assessment, id) === '');
  if (unanswered.length > 0) {
    warnings.push({ key: 'scc.regimes.issue.ukTraIncomplete', params: { exporter: name, missing: unanswered.length, total: UK_TRA_QUESTIONS.length } });
  }
  // Where the transfer significantly raises the human-rights risk, the safeguard must be enforceable or exceptions must cover the rest.
  if (traAnswer(assessment, 'human-rights-risk') === 'yes' && traAnswer(assessment, 'safeguard-enforceable') === 'no' && traAnswer(assessment, 'exceptions-cover-remaining') === 'no') {
    warnings.push({ key: 'scc.regimes.issue.ukTraRiskUncovered', params: { exporter: name } });
  }
  return warnings;
}

function swissWarnings(assessment: Assessment, exporter: Party): Reason[] {
  const usesScc = outgoing(assessment, exporter).some((t) => t.tool.tool === 'scc');
  return usesScc && !assessment.step2.swissAmendments
    ? [{ key: 'scc.regimes.issue.swissAmendmentsMissing', params: { exporter: label(exporter) } }]
    : [];
}

function idtaOutsideUk(assessment: Assessment, exporter: Party): Reason[] {
  return outgoing(assessment, exporter).some((t) => t.tool.tool === 'idta')
    ? [{ key: 'scc.regimes.issue.idtaOutsideUk', params: { exporter: label(exporter) } }]
    : [];
}

/** What the exporters' regimes require of step 2, and what the app should explain about them. */
export function regimeRequirements(assessment: Assessment): RegimeRequirements {
  const exporters = exporterRegimes(assessment);
  const reasons: Reason[] = [];
  const warnings: Reason[] = [];
  const present = new Set(exporters.map((e) => e.regime));

  for (const info of exporters) {
    const party = assessment.map.parties.find((p) => p.id === info.partyId)!;
    if (info.regime === 'uk') warnings.push(...ukWarnings(assessment, party));
    else warnings.push(...idtaOutsideUk(assessment, party));
    if (info.regime === 'ch') warnings.push(...swissWarnings(assessment, party));
    if (info.regime === 'unknown') warnings.push({ key: 'scc.regimes.issue.exporterCountryMissing', params: { exporter: info.name } });
    if (info.regime === 'other') warnings.push({ key: 'scc.regimes.issue.exporterOutsideKnownRegimes', params: { exporter: info.name } });
  }
  if (present.has('uk')) reasons.push(...REGIME_FACT_KEYS.uk.map((key) => ({ key })));
  if (present.has('ch')) reasons.push(...REGIME_FACT_KEYS.ch.map((key) => ({ key })));
  if (!present.has('uk') && (assessment.step2.ukInstrument !== '' || assessment.step2.ukTra.some((a) => a.answer !== ''))) {
    warnings.push({ key: 'scc.regimes.issue.ukInputsWithoutUkExporter' });
  }
  if (!present.has('ch') && assessment.step2.swissAmendments) warnings.push({ key: 'scc.regimes.issue.swissAmendmentsWithoutSwissExporter' });
  return { exporters, reasons, warnings };
}
