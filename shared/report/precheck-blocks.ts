import { answerRow, paragraphs, reasonText, type ReportContext } from './context';
import type { ReportBlock } from './model';

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
  const rows = [
    ...(result.basis === null ? [] : [answerRow(ctx, t('report.prechecks.basis'), [t(`report.prechecks.basisValue.${result.basis}`)], { required: false })]),
    answerRow(ctx, t('report.reasons'), result.reasons.map((reason) => reasonText(ctx, reason)), { required: false, list: true }),
  ];
  if (result.processorDoesTia) rows.push(answerRow(ctx, t('report.prechecks.whoAssesses'), [t('report.prechecks.processorDoesTia')], { required: false }));
  if (result.tiaRequired === 'no') {
    rows.push(
      answerRow(ctx, t('report.prechecks.continued'), [t(assessment.prechecks.continueFullAssessment ? 'options.yesno.yes' : 'options.yesno.no')], {
        required: false,
      }),
    );
  }
  rows.push(answerRow(ctx, t('report.prechecks.note'), paragraphs(assessment.prechecks.note), { required: false }));
  blocks.push({ kind: 'answers', rows });
  return blocks;
}
