import { localiseFigures } from '../chart/format-probability';
import type { Assessment, Party } from '../domain/assessment';
import { isEea } from '../domain/countries';
import type { LawLibrary } from '../domain/law-library';
import { partyName as engineParty } from '../engine/transfers';
import type { AssessmentEvaluation, Reason } from '../engine/types';
import type { CompletenessContext } from '../wizard/completeness';
import type { StepDefinition } from '../wizard/steps';
import { formatCountry, formatNumberRuns } from './format';
import type { AnswerRow, ReportBlock, TableCell, TextLine, Tone, Translate } from './model';

/** Everything the section builders read: the document, the library, and the engine's evaluation of the two. */
export interface ReportContext {
  assessment: Assessment;
  library: LawLibrary;
  evaluation: AssessmentEvaluation;
  t: Translate;
  language: string;
  /** ISO date of the report. */
  today: string;
  /** Completeness as the engine sees the assessment, derived once for the cover and every section. */
  completeness: CompletenessContext;
}

/** "Step 3", "Pre-checks" or "Conclusion": how the report names a step in labels and lists. */
export function stepLabel(ctx: Pick<ReportContext, 't'>, step: Pick<StepDefinition, 'key' | 'number'>): string {
  if (step.number !== null) return ctx.t('report.stepLabel', { number: step.number });
  return step.key === 'prechecks' ? ctx.t('report.precheckLabel') : ctx.t('report.conclusionLabel');
}

/** A reason of the engine in words: the same key and parameters the app and the CLI use. */
export function reasonText(ctx: ReportContext, reason: Reason): string {
  return ctx.t(reason.key, { ...localiseFigures(reason.params ?? {}, ctx.language), defaultValue: reason.key });
}

function presentLines(lines: readonly (string | TextLine)[]): TextLine[] {
  return lines.map((line) => (typeof line === 'string' ? { text: line } : line)).filter((line) => line.text.trim() !== '');
}

/** A row for a question: its lines when there are any, else "Not answered" (required) or "None recorded". */
export function answerRow(
  ctx: ReportContext,
  label: string,
  lines: readonly (string | TextLine)[],
  options: { required: boolean; list?: boolean; tone?: Tone },
): AnswerRow {
  const present = presentLines(lines);
  if (present.length === 0) {
    return options.required
      ? { label, lines: [{ text: ctx.t('report.notAnswered') }], list: false, tone: 'missing' }
      : { label, lines: [{ text: ctx.t('report.noneRecorded') }], list: false, tone: 'muted' };
  }
  return { label, lines: present, list: options.list ?? false, tone: options.tone ?? 'normal' };
}

/** A row for an optional question: its lines, or nothing at all where none were given (no "None recorded" filler). */
export function optionalRow(label: string, lines: readonly (string | TextLine)[], options: { list?: boolean; tone?: Tone } = {}): AnswerRow | null {
  const present = presentLines(lines);
  return present.length === 0 ? null : { label, lines: present, list: options.list ?? false, tone: options.tone ?? 'normal' };
}

/** An answers block of the rows that are there; none at all where every row was left out. */
export function answersBlock(rows: readonly (AnswerRow | null)[]): ReportBlock[] {
  const present = rows.filter((row): row is AnswerRow => row !== null);
  return present.length === 0 ? [] : [{ kind: 'answers', rows: present }];
}

/** A table cell that says "Not answered" or "None recorded" instead of staying blank. */
export function cell(ctx: ReportContext, text: string, required: boolean): TableCell {
  if (text.trim() !== '') return { text };
  return required ? { text: ctx.t('report.notAnswered'), tone: 'missing' } : { text: '—', tone: 'muted' };
}

/** Translates a catalogue key, showing the raw id for entries an imported file may carry that the catalogue lacks. */
export function catalogueText(ctx: ReportContext, key: string, id: string): string {
  return ctx.t(key, { defaultValue: id });
}

/** The label of an option list value (`options.role.processor` → "Processor"), '' for an unset value. */
export function optionText(ctx: ReportContext, list: string, value: string): string {
  return value === '' ? '' : ctx.t(`options.${list}.${value}`, { defaultValue: value });
}

/** Yes / No / not answered for the map's three-valued flags. */
export function flagText(ctx: ReportContext, value: boolean | null): string {
  return value === null ? '' : ctx.t(value ? 'options.yesno.yes' : 'options.yesno.no');
}

export function partyById(ctx: ReportContext, id: string): Party | undefined {
  return ctx.assessment.map.parties.find((party) => party.id === id);
}

export function partyName(ctx: ReportContext, party: Party | undefined): string {
  return engineParty(party, ctx.t('report.map.unknownParty'));
}

export function countryText(ctx: ReportContext, code: string): string {
  return formatCountry(code, ctx.language);
}

/**
 * The destination countries, in the order of the map: every country outside the EEA where a party other than an
 * exporter sits, and every country a restricted transfer goes to (an EEA country, for a UK or Swiss exporter).
 */
export function destinationCountries(ctx: ReportContext): string[] {
  const codes = [
    ...ctx.assessment.map.parties.filter((party) => party.kind !== 'exporter' && party.country !== '' && !isEea(party.country)).map((party) => party.country),
    ...ctx.evaluation.transfers.filter((transfer) => transfer.isRestrictedTransfer && transfer.destinationCountry !== '').map((transfer) => transfer.destinationCountry),
  ];
  return [...new Set(codes)];
}

/** Whether a restricted transfer to the country rests on adequacy (a decision, or the importer's DPF certification). */
export function reliesOnAdequacy(ctx: ReportContext, countryCode: string): boolean {
  return ctx.evaluation.transfers.some(
    (transfer) =>
      transfer.destinationCountry === countryCode &&
      transfer.isRestrictedTransfer &&
      (transfer.coveredByAdequacy || transfer.tool === 'adequacy' || transfer.tool === 'dpf'),
  );
}

/** "Transfer 2: Acme SaaS Inc. → Amazon Web Services, Inc." */
export function transferTitle(ctx: ReportContext, index: number, fromPartyId: string, toPartyId: string): string {
  return ctx.t('report.map.transferTitle', {
    number: index + 1,
    from: partyName(ctx, partyById(ctx, fromPartyId)),
    to: partyName(ctx, partyById(ctx, toPartyId)),
  });
}

/** Parameters for "transfer 2" / "transfers 1–3 and 5" from 0-based transfer indexes; `count` picks the plural. */
export function transferNumbers(ctx: ReportContext, indexes: readonly number[]): { numbers: string; count: number } {
  return { numbers: formatNumberRuns(indexes.map((index) => index + 1), ctx.language), count: new Set(indexes).size };
}

/** Splits a free text into its paragraphs, dropping blank ones. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
