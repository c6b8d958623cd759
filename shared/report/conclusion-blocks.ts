import type { FieldQuestion, Section } from '../wizard/steps';
import { answerRow, optionText, paragraphs, reasonText, type ReportContext } from './context';
import { fieldAnswer } from './field-answers';
import type { AnswerRow, ReportBlock } from './model';

/** The engine's proposal with its reasons, then the user's decision: accepted, or overridden with the justification. */
export function outcomeBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment, evaluation } = ctx;
  const proposal = evaluation.outcome;
  const conclusion = assessment.conclusion;
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: t('report.conclusion.proposalTitle') }];
  const proposalRows: AnswerRow[] = [
    answerRow(ctx, t('report.conclusion.proposed'), proposal.outcome === null ? [t('report.conclusion.noProposal')] : [optionText(ctx, 'outcome', proposal.outcome)], {
      required: false,
      tone: proposal.outcome === null ? 'muted' : 'normal',
    }),
    answerRow(ctx, t('report.reasons'), proposal.reasons.map((r) => reasonText(ctx, r)), { required: false, list: true }),
  ];
  if (proposal.blockers.length > 0) {
    proposalRows.push(answerRow(ctx, t('report.conclusion.blockers'), proposal.blockers.map((r) => reasonText(ctx, r)), { required: false, list: true, tone: 'caveat' }));
  }
  blocks.push({ kind: 'answers', rows: proposalRows });

  blocks.push({ kind: 'subheading', text: t('report.conclusion.decisionTitle') });
  const decisionRows: AnswerRow[] = [
    answerRow(ctx, t('report.conclusion.decision'), conclusion.decision === '' ? [] : [t(`report.conclusion.decisionValue.${conclusion.decision}`)], { required: true }),
    answerRow(ctx, t('report.conclusion.outcome'), [optionText(ctx, 'outcome', conclusion.outcome)], { required: true }),
  ];
  if (conclusion.decision === 'overridden') {
    decisionRows.push(
      answerRow(ctx, t('report.conclusion.justification'), paragraphs(conclusion.overrideJustification), { required: true }),
      answerRow(ctx, t('report.conclusion.proposedAtDecision'), [optionText(ctx, 'outcome', conclusion.proposedOutcome)], { required: false }),
      answerRow(ctx, t('report.conclusion.proposedReasonsAtDecision'), conclusion.proposedReasons, { required: false, list: true }),
    );
  }
  blocks.push({ kind: 'answers', rows: decisionRows });
  if (conclusion.decision !== '' && proposal.outcome !== null && conclusion.proposedOutcome !== '' && conclusion.proposedOutcome !== proposal.outcome) {
    blocks.push({
      kind: 'notice',
      tone: 'caveat',
      text: t('report.conclusion.proposalChanged', { then: optionText(ctx, 'outcome', conclusion.proposedOutcome), now: optionText(ctx, 'outcome', proposal.outcome) }),
    });
  }
  return blocks;
}

/** The sign-off questions, framed as the block an approver signs, with the recorded outcome repeated. */
export function signOffBlock(ctx: ReportContext, section: Section): ReportBlock {
  const { t, assessment } = ctx;
  const rows = section.questions
    .filter((question): question is FieldQuestion => question.kind !== 'widget')
    .map((question) => fieldAnswer(ctx, question));
  rows.push(answerRow(ctx, t('report.signoff.outcome'), [optionText(ctx, 'outcome', assessment.conclusion.outcome)], { required: true }));
  return { kind: 'signoff', title: t(section.titleKey), rows, note: t('report.signoff.note') };
}
