import { getAtPath } from '../wizard/paths';
import type { FieldQuestion } from '../wizard/steps';
import { answerRow, optionalRow, paragraphs, type ReportContext } from './context';
import { formatCountry, formatDate } from './format';
import type { AnswerRow } from './model';

/** The printed answer to a plain (non-widget) wizard question, labelled with the wizard's own text; nothing for an optional question left empty. */
export function fieldAnswer(ctx: ReportContext, question: FieldQuestion): AnswerRow | null {
  const label = ctx.t(question.labelKey);
  const { lines, list } = answerLines(ctx, question);
  return question.required ? answerRow(ctx, label, lines, { required: true, list }) : optionalRow(label, lines, { list });
}

function answerLines(ctx: ReportContext, question: FieldQuestion): { lines: string[]; list: boolean } {
  const value = getAtPath(ctx.assessment, question.path);
  const one = (text: string) => ({ lines: [text], list: false });
  switch (question.kind) {
    case 'text':
    case 'textarea':
      return { lines: typeof value === 'string' ? paragraphs(value) : [], list: false };
    case 'date':
      return one(typeof value === 'string' && value !== '' ? formatDate(value, ctx.language) : '');
    case 'country':
      return one(typeof value === 'string' ? formatCountry(value, ctx.language) : '');
    case 'select': {
      const option = question.options?.find((o) => o.value === value);
      return one(option ? ctx.t(option.labelKey) : typeof value === 'string' ? value : '');
    }
    case 'yesno':
      return one(value === true ? ctx.t('options.yesno.yes') : value === false ? ctx.t('options.yesno.no') : '');
    case 'lines':
      return { lines: Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [], list: true };
  }
}
