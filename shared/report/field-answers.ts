import { getAtPath } from '../wizard/paths';
import type { FieldQuestion } from '../wizard/steps';
import { answerRow, paragraphs, type ReportContext } from './context';
import { formatCountry, formatDate } from './format';
import type { AnswerRow } from './model';

/** The printed answer to a plain (non-widget) wizard question, labelled with the wizard's own text. */
export function fieldAnswer(ctx: ReportContext, question: FieldQuestion): AnswerRow {
  const label = ctx.t(question.labelKey);
  const value = getAtPath(ctx.assessment, question.path);
  const required = question.required;

  switch (question.kind) {
    case 'text':
    case 'textarea':
      return answerRow(ctx, label, typeof value === 'string' ? paragraphs(value) : [], { required });
    case 'date':
      return answerRow(ctx, label, typeof value === 'string' && value !== '' ? [formatDate(value, ctx.language)] : [], { required });
    case 'country':
      return answerRow(ctx, label, typeof value === 'string' ? [formatCountry(value, ctx.language)] : [], { required });
    case 'select': {
      const option = question.options?.find((o) => o.value === value);
      const text = option ? ctx.t(option.labelKey) : typeof value === 'string' ? value : '';
      return answerRow(ctx, label, [text], { required });
    }
    case 'yesno': {
      const text = value === true ? ctx.t('options.yesno.yes') : value === false ? ctx.t('options.yesno.no') : '';
      return answerRow(ctx, label, [text], { required });
    }
    case 'lines':
      return answerRow(ctx, label, Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [], {
        required,
        list: true,
      });
  }
}
