import { sccModuleChoice } from '../domain/scc';
import { CHECKLIST_ITEMS, MEASURE_GROUPS, findMeasure } from '../wizard/catalogues';
import type { WidgetQuestion } from '../wizard/steps';
import { answerRow, catalogueText, cell, type ReportContext } from './context';
import { paragraphs } from './field-answers';
import { formatCountry } from './format';
import { lawBlocks } from './law-blocks';
import type { ReportBlock, TableCell, TextLine } from './model';

/** The printed form of a wizard widget: a table for lists, answer rows for single choices. */
export function widgetBlocks(ctx: ReportContext, question: WidgetQuestion, answered: boolean): ReportBlock[] {
  switch (question.widget) {
    case 'onwardTransfers':
      return onwardTransferBlocks(ctx);
    case 'sccModule':
      return [sccModuleBlock(ctx, question)];
    case 'laws':
      return lawBlocks(ctx, question);
    case 'measures':
      return measureBlocks(ctx, question, answered);
    case 'checklist':
      return checklistBlocks(ctx, question, answered);
    case 'triggers':
      return [triggersBlock(ctx, question, answered)];
  }
}

function onwardTransferBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx;
  return [
    {
      kind: 'table',
      columns: [
        { header: t('wizard.step1.onward.recipient'), weight: 3 },
        { header: t('wizard.step1.onward.country'), weight: 2 },
        { header: t('wizard.step1.onward.purpose'), weight: 5 },
      ],
      rows: ctx.assessment.step1.onwardTransfers.map((transfer) => [
        cell(ctx, transfer.recipient, true),
        cell(ctx, formatCountry(transfer.country, ctx.language), true),
        cell(ctx, transfer.purpose, false),
      ]),
      emptyText: t('wizard.step1.onward.empty'),
    },
  ];
}

function sccModuleBlock(ctx: ReportContext, question: WidgetQuestion): ReportBlock {
  const { t, assessment } = ctx;
  const choice = sccModuleChoice(assessment);
  const label = t(question.labelKey);
  const role = (value: string) => (value === '' ? '' : t(`options.role.${value}`));
  const lines: TextLine[] = [];
  let tone: 'normal' | 'missing' = 'normal';
  if (choice.effective !== null) {
    lines.push({ text: t('report.scc.module', { module: choice.effective }) });
    if (choice.source === 'proposed') {
      lines.push({
        text: t('report.scc.proposed', {
          exporter: role(assessment.step1.exporter.role).toLowerCase(),
          importer: role(assessment.step1.importer.role).toLowerCase(),
        }),
      });
    } else {
      if (choice.proposed !== null && choice.proposed !== choice.effective) {
        lines.push({ text: t('report.scc.overrideOfProposal', { module: choice.proposed }) });
      }
      if (choice.overrideLacksReason) {
        lines.push({ text: t('report.scc.overrideWithoutReason') });
        tone = 'missing';
      } else {
        lines.push({ text: t('report.scc.override', { reason: assessment.step2.sccModuleOverrideReason.trim() }) });
      }
    }
  }
  const row = answerRow(ctx, label, lines, { required: question.required });
  return { kind: 'answers', rows: [tone === 'missing' ? { ...row, tone } : row] };
}

function measureBlocks(ctx: ReportContext, question: WidgetQuestion, answered: boolean): ReportBlock[] {
  const { t } = ctx;
  const groupOrder = (id: string) => {
    const group = findMeasure(id)?.group;
    return group ? MEASURE_GROUPS.indexOf(group) : MEASURE_GROUPS.length;
  };
  const chosen = [...ctx.assessment.step4.measures].sort((a, b) => groupOrder(a.measureId) - groupOrder(b.measureId));
  const rows: TableCell[][] = chosen.map((measure) => {
    const definition = findMeasure(measure.measureId);
    const title = catalogueText(ctx, `measures.${measure.measureId}.title`, measure.measureId);
    const useCase = definition?.edpbUseCase ? ` (${t('wizard.step4.measures.useCase', { number: definition.edpbUseCase })})` : '';
    return [
      { text: definition ? t(`measureGroups.${definition.group}`) : '—', tone: definition ? 'normal' : 'muted' },
      { text: `${title}${useCase}` },
      cell(ctx, paragraphs(measure.note).join('\n'), false),
    ];
  });
  if (rows.length === 0 && !answered && question.required) {
    return [{ kind: 'answers', rows: [answerRow(ctx, t(question.labelKey), [], { required: true })] }];
  }
  return [
    {
      kind: 'table',
      columns: [
        { header: t('report.measures.group'), weight: 2 },
        { header: t('report.measures.measure'), weight: 4 },
        { header: t('report.measures.implementation'), weight: 5 },
      ],
      rows,
      emptyText: t('report.measures.empty'),
    },
  ];
}

function checklistBlocks(ctx: ReportContext, question: WidgetQuestion, answered: boolean): ReportBlock[] {
  const { t } = ctx;
  const entries = ctx.assessment.step5.checklist;
  const known = new Set(CHECKLIST_ITEMS.map((item) => item.id));
  const ids = [...CHECKLIST_ITEMS.map((item) => item.id), ...entries.map((e) => e.itemId).filter((id) => !known.has(id))];
  const rows: TableCell[][] = ids.map((id) => {
    const entry = entries.find((e) => e.itemId === id);
    const done = entry?.done === true;
    return [
      { text: catalogueText(ctx, `checklist.${id}`, id) },
      { text: done ? t('report.checklist.done') : t('report.checklist.open'), tone: done ? 'normal' : 'muted' },
      cell(ctx, entry ? paragraphs(entry.note).join('\n') : '', false),
    ];
  });
  const blocks: ReportBlock[] = [];
  if (!answered && question.required) {
    blocks.push({ kind: 'answers', rows: [answerRow(ctx, t(question.labelKey), [], { required: true })] });
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.checklist.item'), weight: 6 },
      { header: t('report.checklist.status'), weight: 1.4 },
      { header: t('report.checklist.note'), weight: 4 },
    ],
    rows,
    emptyText: t('report.checklist.empty'),
  });
  return blocks;
}

/** The "other triggers" text counts as an answer too, so an empty list is only "Not answered" when both are empty. */
function triggersBlock(ctx: ReportContext, question: WidgetQuestion, answered: boolean): ReportBlock {
  const lines = ctx.assessment.step6.triggers.map((id) => catalogueText(ctx, `triggers.${id}`, id));
  const required = question.required && !answered;
  return { kind: 'answers', rows: [answerRow(ctx, ctx.t(question.labelKey), lines, { required, list: true })] };
}
