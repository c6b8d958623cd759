import type { Assessment } from '../domain/assessment';
import type { LawLibrary } from '../domain/law-library';
import type { AnswerRow, TableCell, TextLine, Tone, Translate } from './model';

/** Everything the section builders read. */
export interface ReportContext {
  assessment: Assessment;
  library: LawLibrary;
  t: Translate;
  language: string;
  /** ISO date of the report, for "how old is the law library". */
  today: string;
}

/** A row for a question: its lines when there are any, else "Not answered" (required) or "None recorded". */
export function answerRow(
  ctx: ReportContext,
  label: string,
  lines: readonly (string | TextLine)[],
  options: { required: boolean; list?: boolean; tone?: Tone },
): AnswerRow {
  const present = lines
    .map((line) => (typeof line === 'string' ? { text: line } : line))
    .filter((line) => line.text.trim() !== '');
  if (present.length === 0) {
    return options.required
      ? { label, lines: [{ text: ctx.t('report.notAnswered') }], list: false, tone: 'missing' }
      : { label, lines: [{ text: ctx.t('report.noneRecorded') }], list: false, tone: 'muted' };
  }
  return { label, lines: present, list: options.list ?? false, tone: options.tone ?? 'normal' };
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
