import type { Transfer } from '../domain/assessment';
import type { TransferEvaluation } from '../engine/types';
import { sccClauseIssues, sccModulesInUse } from '../scc/clauses';
import { UK_TRA_QUESTION_KEYS, UK_TRA_QUESTIONS, UK_INSTRUMENT_KEYS, regimeRequirements } from '../scc/regimes';
import {
  answerRow,
  answersBlock,
  countryText,
  optionalRow,
  optionText,
  paragraphs,
  partyById,
  reasonText,
  transferNumbers,
  transferTitle,
  type ReportContext,
} from './context';
import { formatDate } from './format';
import type { AnswerRow, ReportBlock, TextLine } from './model';
import { groupByItems, splitSharedTexts, type SharedText } from './repetition';

const usesScc = (ctx: ReportContext) => ctx.assessment.map.transfers.some((transfer) => transfer.tool.tool === 'scc');

interface ToolTexts {
  reasons: string[];
  moduleReasons: string[];
  warnings: string[];
}

function toolTexts(ctx: ReportContext, transfer: Transfer, evaluation: TransferEvaluation | undefined): ToolTexts {
  const warnings = (evaluation?.warnings ?? []).map((w) => reasonText(ctx, w));
  if (transfer.tool.tool === 'art49' && warnings.length === 0) warnings.push(ctx.t('report.tools.art49Warning'));
  return {
    reasons: (evaluation?.toolReasons ?? []).map((r) => reasonText(ctx, r)),
    moduleReasons: (evaluation?.sccModule?.reasons ?? []).map((r) => reasonText(ctx, r)),
    warnings,
  };
}

/**
 * Step 2, per transfer: the tool, why, the SCC module with its reasons, and the warnings that go with the choice.
 * Sentences that several transfers share are said once after them, with the transfers they concern.
 */
export function toolBlocks(ctx: ReportContext): ReportBlock[] {
  const transfers = ctx.assessment.map.transfers;
  const evaluations = transfers.map((transfer) => ctx.evaluation.transfers.find((e) => e.transferId === transfer.id));
  const texts = transfers.map((transfer, index) => toolTexts(ctx, transfer, evaluations[index]));
  const { own, shared } = splitSharedTexts(texts.map((x) => [...x.reasons, ...x.moduleReasons, ...x.warnings]));
  const blocks = transfers.flatMap((transfer, index) => {
    const mine = new Set(own[index]);
    const keep = (list: string[]) => list.filter((text) => mine.has(text));
    const text = texts[index] ?? { reasons: [], moduleReasons: [], warnings: [] };
    return transferToolBlocks(ctx, transfer, index, evaluations[index], {
      reasons: keep(text.reasons),
      moduleReasons: keep(text.moduleReasons),
      warnings: keep(text.warnings),
    });
  });
  return [...blocks, ...sharedBlocks(ctx, shared, new Set(texts.flatMap((x) => x.warnings)))];
}

function sharedBlocks(ctx: ReportContext, shared: SharedText[], warnings: ReadonlySet<string>): ReportBlock[] {
  const { t } = ctx;
  const reasons = shared.filter((entry) => !warnings.has(entry.text));
  const blocks: ReportBlock[] = [];
  if (reasons.length > 0) {
    blocks.push(
      { kind: 'subheading', text: t('report.tools.sharedTitle') },
      {
        kind: 'answers',
        rows: groupByItems(reasons).map((group) => ({
          label: t('report.tools.sharedFor', transferNumbers(ctx, group.items)),
          lines: group.texts.map((text) => ({ text })),
          list: true,
          tone: 'normal' as const,
        })),
      },
    );
  }
  for (const entry of shared.filter((x) => warnings.has(x.text))) {
    blocks.push({ kind: 'notice', tone: 'warning', text: t('report.tools.sharedWarning', { warning: entry.text, ...transferNumbers(ctx, entry.items) }) });
  }
  return blocks;
}

/**
 * The destination's adequacy status from the library. The library's decision is quoted in the law library
 * excerpts; a decision the exporter's regime names instead (a UK regulation) is given here.
 */
function destinationLines(ctx: ReportContext, countryCode: string, evaluation: TransferEvaluation | undefined): string[] {
  const country = ctx.library.countries.find((c) => c.code === countryCode);
  const decision = evaluation?.adequacyDecision ?? null;
  const own = decision && decision.reference !== country?.adequacyDecision?.reference;
  return [
    countryText(ctx, countryCode),
    country ? ctx.t(`report.adequacy.${country.adequacy}`) : '',
    own ? ctx.t('report.tools.decision', { reference: decision.reference, date: formatDate(decision.date, ctx.language) }) : '',
  ];
}

function transferToolBlocks(
  ctx: ReportContext,
  transfer: Transfer,
  index: number,
  evaluation: TransferEvaluation | undefined,
  texts: ToolTexts,
): ReportBlock[] {
  const { t } = ctx;
  const tool = transfer.tool;
  const destination = partyById(ctx, transfer.toPartyId)?.country ?? '';
  const rows: (AnswerRow | null)[] = [
    answerRow(ctx, t('report.tools.destination'), destinationLines(ctx, destination, evaluation), { required: true }),
    answerRow(ctx, t('report.tools.tool'), [optionText(ctx, 'tool', tool.tool)], { required: true }),
  ];
  if (evaluation?.suggestedTool && evaluation.suggestedTool !== tool.tool) {
    rows.push(optionalRow(t('report.tools.suggested'), [optionText(ctx, 'tool', evaluation.suggestedTool)]));
  }
  rows.push(optionalRow(t('report.reasons'), texts.reasons, { list: true }));
  if (tool.tool === 'dpf') {
    const confirmed = tool.dpfCertificationConfirmed && tool.dpfCheckedOn !== ''
      ? t('report.tools.dpfConfirmed', { date: formatDate(tool.dpfCheckedOn, ctx.language) })
      : '';
    rows.push(answerRow(ctx, t('report.tools.dpf'), [confirmed], { required: true }));
  }
  if (tool.tool === 'art49') rows.push(answerRow(ctx, t('report.tools.art49'), [optionText(ctx, 'art49', tool.art49Derogation)], { required: true }));
  if (tool.tool === 'scc') rows.push(moduleRow(ctx, transfer, evaluation, texts.moduleReasons));
  rows.push(optionalRow(t('report.tools.details'), paragraphs(tool.details)));

  return [
    { kind: 'subheading', text: transferTitle(ctx, index, transfer.fromPartyId, transfer.toPartyId) },
    ...answersBlock(rows),
    ...texts.warnings.map((warning): ReportBlock => ({ kind: 'notice', tone: 'warning', text: warning })),
  ];
}

function moduleRow(ctx: ReportContext, transfer: Transfer, evaluation: TransferEvaluation | undefined, reasons: string[]): AnswerRow {
  const { t } = ctx;
  const module = evaluation?.sccModule;
  if (!module || module.effective === null) return answerRow(ctx, t('report.tools.module'), [], { required: true });
  const lines: TextLine[] = [{ text: t('report.scc.module', { module: module.effective }) }];
  if (module.overridden && module.proposed !== null) lines.push({ text: t('report.scc.overrideOfProposal', { module: module.proposed }) });
  if (module.overrideLacksReason) lines.push({ text: t('report.scc.overrideWithoutReason'), tone: 'missing' });
  else if (module.overridden) lines.push({ text: t('report.scc.override', { reason: transfer.tool.sccModuleOverrideReason.trim() }) });
  for (const reason of reasons) lines.push({ text: `• ${reason}` });
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
