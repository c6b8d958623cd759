import { findStep, type FieldQuestion } from '../wizard/steps';
import { answerRow, optionText, type ReportContext } from './context';
import { fieldAnswer } from './field-answers';
import { formatDate } from './format';
import type { AnswerRow, ReportMeta, SignOffBox, SignOffPage } from './model';

/** The questions of the conclusion's sign-off section (assessor, approver, date), in the wizard's own words. */
function signOffAnswers(ctx: ReportContext): AnswerRow[] {
  const section = findStep('conclusion').sections.find((s) => s.id === 'signoff');
  return (section?.questions ?? [])
    .filter((question): question is FieldQuestion => question.kind !== 'widget')
    .flatMap((question) => fieldAnswer(ctx, question) ?? []);
}

function box(ctx: ReportContext, role: SignOffBox['role'], name: string): SignOffBox {
  const { t, assessment } = ctx;
  const date = assessment.conclusion.date;
  return {
    role,
    title: t(`report.signature.role.${role}`),
    rows: [
      answerRow(ctx, t('report.signoff.name'), [name.trim()], { required: true }),
      answerRow(ctx, t('report.signoff.recordedDate'), date === '' ? [] : [formatDate(date, ctx.language)], { required: true }),
    ],
    placeholder: t(`report.signoff.placeholder.${role}`),
  };
}

/**
 * The last page: the decision as recorded, and one box per signature. The assessor signs the report when it is
 * generated and the approver countersigns later; each signature fills its box (see INFO_SIGNOFF_BOXES).
 */
export function buildSignOffPage(ctx: ReportContext, meta: ReportMeta, attachmentFileName: string): SignOffPage {
  const { t, assessment } = ctx;
  const { decision, outcome } = assessment.conclusion;
  return {
    label: t('report.signoff.label'),
    title: t('report.signoff.title'),
    intro: t('report.signoff.intro'),
    rows: [
      answerRow(ctx, t('report.conclusion.decision'), decision === '' ? [] : [t(`report.conclusion.decisionValue.${decision}`)], { required: true }),
      answerRow(ctx, t('report.signoff.outcome'), [optionText(ctx, 'outcome', outcome)], { required: true }),
      ...signOffAnswers(ctx),
    ],
    boxes: [box(ctx, 'assessor', assessment.conclusion.assessor), box(ctx, 'approver', assessment.conclusion.approver)],
    note: t('report.signoff.note', { file: attachmentFileName, hash: meta.contentHash }),
  };
}
