import { answerRow, answersBlock, optionalRow, optionText, paragraphs, reasonText, type ReportContext } from './context';
import type { AnswerRow, ReportBlock } from './model';

/** The engine's proposal with its reasons, then the user's decision: accepted, or overridden with the justification. */
export function outcomeBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment, evaluation } = ctx;
  const proposal = evaluation.outcome;
  const conclusion = assessment.conclusion;
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: t('report.conclusion.proposalTitle') }];
  blocks.push(
    ...answersBlock([
      answerRow(ctx, t('report.conclusion.proposed'), proposal.outcome === null ? [t('report.conclusion.noProposal')] : [optionText(ctx, 'outcome', proposal.outcome)], {
        required: false,
        tone: proposal.outcome === null ? 'muted' : 'normal',
      }),
      optionalRow(t('report.reasons'), proposal.reasons.map((r) => reasonText(ctx, r)), { list: true }),
      optionalRow(t('report.conclusion.blockers'), proposal.blockers.map((r) => reasonText(ctx, r)), { list: true, tone: 'caveat' }),
    ]),
  );

  blocks.push({ kind: 'subheading', text: t('report.conclusion.decisionTitle') });
  const decisionRows: AnswerRow[] = [
    answerRow(ctx, t('report.conclusion.decision'), conclusion.decision === '' ? [] : [t(`report.conclusion.decisionValue.${conclusion.decision}`)], { required: true }),
    answerRow(ctx, t('report.conclusion.outcome'), [optionText(ctx, 'outcome', conclusion.outcome)], { required: true }),
  ];
  if (conclusion.decision === 'overridden') {
    decisionRows.push(answerRow(ctx, t('report.conclusion.justification'), paragraphs(conclusion.overrideJustification), { required: true }));
    const atDecision = [
      optionalRow(t('report.conclusion.proposedAtDecision'), [optionText(ctx, 'outcome', conclusion.proposedOutcome)]),
      optionalRow(t('report.conclusion.proposedReasonsAtDecision'), reasonsAtDecision(ctx), { list: true }),
    ];
    decisionRows.push(...atDecision.filter((row): row is AnswerRow => row !== null));
  }
  blocks.push({ kind: 'answers', rows: decisionRows });
  const change = proposalChange(ctx);
  if (change) blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.conclusion.proposalChanged', change) });
  return blocks;
}

/** The reasons recorded with the decision; where they are word for word the current ones, one line says so. */
function reasonsAtDecision(ctx: ReportContext): string[] {
  const recorded = ctx.assessment.conclusion.proposedReasons;
  const current = ctx.evaluation.outcome.reasons.map((r) => reasonText(ctx, r));
  const same = recorded.length > 0 && recorded.length === current.length && recorded.every((text, i) => text === current[i]);
  return same ? [ctx.t('report.conclusion.sameReasons')] : recorded;
}

/** The proposal then and now, where the decision was recorded against a proposal that has since changed. */
export function proposalChange(ctx: ReportContext): { then: string; now: string } | null {
  const { conclusion } = ctx.assessment;
  const now = ctx.evaluation.outcome.outcome;
  if (conclusion.decision === '' || now === null || conclusion.proposedOutcome === '' || conclusion.proposedOutcome === now) return null;
  return { then: optionText(ctx, 'outcome', conclusion.proposedOutcome), now: optionText(ctx, 'outcome', now) };
}
