import type { WidgetQuestion } from '../wizard/steps';
import { answerRow, catalogueText, cell, optionText, paragraphs, reasonText, type ReportContext } from './context';
import { formatDate } from './format';
import type { ReportBlock, TableCell } from './model';

/** Step 5: each checklist item the chosen tools bring in, why it is there, its status and evidence. */
export function checklistBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx;
  const reasons = ctx.evaluation.checklist.map((item) => item.reasons.map((r) => `(${reasonText(ctx, r)})`).join('\n'));
  const rows: TableCell[][] = ctx.evaluation.checklist.map((item, index) => {
    // Items brought in by the same tool follow one another: the reason is given once, then "(same reason)".
    const repeated = index > 0 && reasons[index] !== '' && reasons[index] === reasons[index - 1];
    const why = repeated ? `(${t('report.checklist.sameReason')})` : (reasons[index] ?? '');
    return [
      { text: [catalogueText(ctx, `checklist.${item.itemId}`, item.itemId), why].filter((line) => line !== '').join('\n') },
      { text: optionText(ctx, 'checklistStatus', item.status), tone: item.status === 'open' ? 'missing' : 'normal' },
      cell(ctx, paragraphs(item.evidence).join('\n'), item.status === 'done'),
    ];
  });
  return [
    {
      kind: 'table',
      columns: [
        { header: t('report.checklist.item'), weight: 6 },
        { header: t('report.checklist.status'), weight: 1.6 },
        { header: t('report.checklist.evidence'), weight: 4.4 },
      ],
      rows,
      emptyText: t('report.checklist.empty'),
    },
  ];
}

/** Step 6: the review date set, and the date the engine proposes with its reasons. */
export function reviewBlocks(ctx: ReportContext, question: WidgetQuestion): ReportBlock[] {
  const { t, assessment, evaluation } = ctx;
  const proposal = evaluation.review;
  const set = assessment.step6.nextReviewDate;
  return [
    {
      kind: 'answers',
      rows: [
        answerRow(ctx, t(question.labelKey), set === '' ? [] : [formatDate(set, ctx.language)], { required: question.required }),
        answerRow(
          ctx,
          t('report.review.proposed'),
          [t('report.review.proposal', { date: formatDate(proposal.date, ctx.language), months: proposal.months }), ...proposal.reasons.map((r) => `• ${reasonText(ctx, r)}`)],
          { required: false },
        ),
      ],
    },
  ];
}

/** The triggers for an earlier review; the "other triggers" text counts as an answer too. */
export function triggerBlocks(ctx: ReportContext, question: WidgetQuestion): ReportBlock[] {
  const lines = ctx.assessment.step6.triggers.map((id) => catalogueText(ctx, `triggers.${id}`, id));
  // The "other triggers" text answers the question as well; it is printed as a row of its own.
  if (lines.length === 0 && ctx.assessment.step6.otherTriggers.trim() !== '') return [];
  return [{ kind: 'answers', rows: [answerRow(ctx, ctx.t(question.labelKey), lines, { required: question.required, list: true })] }];
}
