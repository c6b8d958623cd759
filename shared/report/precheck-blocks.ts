import { answerRow, answersBlock, optionalRow, paragraphs, reasonText, type ReportContext } from './context';
import type { AnswerRow, ReportBlock } from './model';

/** Whether a full TIA was required, the basis where it was not, and the engine's reasons. */
export function precheckBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, evaluation, assessment } = ctx;
  const result = evaluation.prechecks;
  const blocks: ReportBlock[] = [
    {
      kind: 'notice',
      tone: result.tiaRequired === 'yes' ? 'info' : 'caveat',
      text: t(`report.prechecks.required.${result.tiaRequired}`),
    },
  ];
  const rows: (AnswerRow | null)[] = [
    result.basis === null ? null : answerRow(ctx, t('report.prechecks.basis'), [t(`report.prechecks.basisValue.${result.basis}`)], { required: false }),
    optionalRow(t('report.reasons'), result.reasons.map((reason) => reasonText(ctx, reason)), { list: true }),
  ];
  if (result.processorDoesTia) rows.push(answerRow(ctx, t('report.prechecks.whoAssesses'), [t('report.prechecks.processorDoesTia')], { required: false }));
  if (result.tiaRequired === 'no') {
    rows.push(
      answerRow(ctx, t('report.prechecks.continued'), [t(assessment.prechecks.continueFullAssessment ? 'options.yesno.yes' : 'options.yesno.no')], {
        required: false,
      }),
    );
  }
  rows.push(optionalRow(t('report.prechecks.note'), paragraphs(assessment.prechecks.note)));
  return [...blocks, ...answersBlock(rows)];
}
