import type { Transfer } from '../domain/assessment';
import type { TransferEvaluation } from '../engine/types';
import { sccClauseIssues, sccModulesInUse } from '../scc/clauses';
import { UK_TRA_QUESTION_KEYS, UK_TRA_QUESTIONS, UK_INSTRUMENT_KEYS, regimeRequirements } from '../scc/regimes';
import { answerRow, countryText, optionText, paragraphs, partyById, reasonText, transferTitle, type ReportContext } from './context';
import { formatDate } from './format';
import type { AnswerRow, ReportBlock, TextLine } from './model';

const usesScc = (ctx: ReportContext) => ctx.assessment.map.transfers.some((transfer) => transfer.tool.tool === 'scc');

/** Step 2, per transfer: the tool, why, the SCC module with its reasons, and the warnings that go with the choice. */
export function toolBlocks(ctx: ReportContext): ReportBlock[] {
  return ctx.assessment.map.transfers.flatMap((transfer, index) => {
    const evaluation = ctx.evaluation.transfers.find((e) => e.transferId === transfer.id);
    return transferToolBlocks(ctx, transfer, index, evaluation);
  });
}

/** The destination's adequacy status from the library, and the decision by reference and date where there is one. */
function adequacyLines(ctx: ReportContext, countryCode: string, evaluation: TransferEvaluation | undefined): string[] {
  const country = ctx.library.countries.find((c) => c.code === countryCode);
  const decision = evaluation?.adequacyDecision ?? country?.adequacyDecision ?? null;
  return [
    countryText(ctx, countryCode),
    country ? ctx.t(`report.adequacy.${country.adequacy}`) : '',
    decision ? ctx.t('report.tools.decision', { reference: decision.reference, date: formatDate(decision.date, ctx.language) }) : '',
  ];
}

function transferToolBlocks(ctx: ReportContext, transfer: Transfer, index: number, evaluation: TransferEvaluation | undefined): ReportBlock[] {
  const { t } = ctx;
  const tool = transfer.tool;
  const destination = partyById(ctx, transfer.toPartyId)?.country ?? '';
  const rows: AnswerRow[] = [
    answerRow(ctx, t('report.tools.destination'), adequacyLines(ctx, destination, evaluation), { required: true }),
    answerRow(ctx, t('report.tools.tool'), [optionText(ctx, 'tool', tool.tool)], { required: true }),
  ];
  if (evaluation?.suggestedTool && evaluation.suggestedTool !== tool.tool) {
    rows.push(answerRow(ctx, t('report.tools.suggested'), [optionText(ctx, 'tool', evaluation.suggestedTool)], { required: false }));
  }
  rows.push(answerRow(ctx, t('report.reasons'), (evaluation?.toolReasons ?? []).map((r) => reasonText(ctx, r)), { required: false, list: true }));
  if (tool.tool === 'dpf') {
    const confirmed = tool.dpfCertificationConfirmed && tool.dpfCheckedOn !== ''
      ? t('report.tools.dpfConfirmed', { date: formatDate(tool.dpfCheckedOn, ctx.language) })
      : '';
    rows.push(answerRow(ctx, t('report.tools.dpf'), [confirmed], { required: true }));
  }
  if (tool.tool === 'art49') rows.push(answerRow(ctx, t('report.tools.art49'), [optionText(ctx, 'art49', tool.art49Derogation)], { required: true }));
  if (tool.tool === 'scc') rows.push(moduleRow(ctx, transfer, evaluation));
  rows.push(answerRow(ctx, t('report.tools.details'), paragraphs(tool.details), { required: false }));

  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: transferTitle(ctx, index, transfer.fromPartyId, transfer.toPartyId) },
    { kind: 'answers', rows },
  ];
  const warnings = (evaluation?.warnings ?? []).map((w) => reasonText(ctx, w));
  if (tool.tool === 'art49' && warnings.length === 0) warnings.push(t('report.tools.art49Warning'));
  for (const warning of warnings) blocks.push({ kind: 'notice', tone: 'warning', text: warning });
  return blocks;
}

function moduleRow(ctx: ReportContext, transfer: Transfer, evaluation: TransferEvaluation | undefined): AnswerRow {
  const { t } = ctx;
  const module = evaluation?.sccModule;
  if (!module || module.effective === null) return answerRow(ctx, t('report.tools.module'), [], { required: true });
  const lines: TextLine[] = [{ text: t('report.scc.module', { module: module.effective }) }];
  if (module.overridden && module.proposed !== null) lines.push({ text: t('report.scc.overrideOfProposal', { module: module.proposed }) });
  if (module.overrideLacksReason) lines.push({ text: t('report.scc.overrideWithoutReason'), tone: 'missing' });
  else if (module.overridden) lines.push({ text: t('report.scc.override', { reason: transfer.tool.sccModuleOverrideReason.trim() }) });
  for (const reason of module.reasons) lines.push({ text: `• ${reasonText(ctx, reason)}` });
  return answerRow(ctx, t('report.tools.module'), lines, { required: true });
}

/** The agreement-wide SCC options (Clauses 7, 9, 11, 13, 17, 18), where any transfer uses the SCCs. */
export function sccClauseBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  if (!usesScc(ctx)) return [{ kind: 'paragraph', text: t('report.scc.notUsed'), tone: 'muted' }];
  const scc = assessment.step2.scc;
  const yesNo = (value: boolean) => t(value ? 'options.yesno.yes' : 'options.yesno.no');
  const modules = [...sccModulesInUse(assessment)].sort().map((module) => t('report.scc.module', { module }));
  const clause9 =
    scc.clause9Option === ''
      ? ''
      : scc.clause9Option === 'general'
        ? t('report.scc.clause9General', { days: scc.clause9NoticeDays ?? '—' })
        : t('report.scc.clause9Specific');
  const clause17 = scc.clause17Option === '' ? '' : t(`report.scc.clause17.${scc.clause17Option}`, { law: countryText(ctx, scc.clause17Law) || '—' });
  const rows: AnswerRow[] = [
    answerRow(ctx, t('report.scc.modulesInUse'), [modules.join(', ')], { required: true }),
    answerRow(ctx, t('report.scc.clause7'), [yesNo(scc.clause7Docking)], { required: false }),
    answerRow(ctx, t('report.scc.clause9'), [clause9], { required: modules.length > 0 }),
    answerRow(ctx, t('report.scc.clause11'), [yesNo(scc.clause11IndependentBody)], { required: false }),
    answerRow(ctx, t('report.scc.clause13'), [scc.clause13Authority], { required: true }),
    answerRow(ctx, t('report.scc.clause17Label'), [clause17], { required: true }),
    answerRow(ctx, t('report.scc.clause18'), [countryText(ctx, scc.clause18Forum)], { required: true }),
  ];
  const blocks: ReportBlock[] = [{ kind: 'answers', rows }];
  for (const issue of sccClauseIssues(assessment)) blocks.push({ kind: 'notice', tone: 'warning', text: reasonText(ctx, issue) });
  return blocks;
}

/** UK and Swiss exporters: the UK instrument and the ICO's TRA answers, the Swiss amendments; else a plain "not applicable". */
export function regimeBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  const requirements = regimeRequirements(assessment);
  const regimes = new Set(requirements.exporters.map((e) => e.regime));
  const blocks: ReportBlock[] = [];
  if (!regimes.has('uk') && !regimes.has('ch')) blocks.push({ kind: 'paragraph', text: t('report.regimes.notApplicable'), tone: 'muted' });
  if (regimes.has('uk')) {
    const instrument = assessment.step2.ukInstrument;
    const rows: AnswerRow[] = [
      answerRow(ctx, t('report.regimes.ukInstrument'), [instrument === '' ? '' : t(UK_INSTRUMENT_KEYS[instrument].labelKey)], { required: true }),
    ];
    for (const id of UK_TRA_QUESTIONS) {
      const answer = assessment.step2.ukTra.find((a) => a.questionId === id);
      const lines = [answer && answer.answer !== '' ? optionText(ctx, 'tri', answer.answer) : '', ...paragraphs(answer?.note ?? '')];
      rows.push(answerRow(ctx, t(UK_TRA_QUESTION_KEYS[id].textKey), lines, { required: true }));
    }
    blocks.push({ kind: 'subheading', text: t('report.regimes.ukTitle') }, { kind: 'answers', rows });
  }
  if (regimes.has('ch')) {
    blocks.push(
      { kind: 'subheading', text: t('report.regimes.chTitle') },
      {
        kind: 'answers',
        rows: [answerRow(ctx, t('report.regimes.swissAmendments'), [t(assessment.step2.swissAmendments ? 'options.yesno.yes' : 'options.yesno.no')], { required: true })],
      },
    );
  }
  for (const reason of requirements.reasons) blocks.push({ kind: 'notice', tone: 'info', text: reasonText(ctx, reason) });
  for (const warning of requirements.warnings) blocks.push({ kind: 'notice', tone: 'warning', text: reasonText(ctx, warning) });
  return blocks;
}
