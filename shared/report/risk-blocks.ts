import { buildProbabilityChart } from '../chart/probability-chart';
import { formatPercent, formatYears } from '../chart/format-probability';
import type { FactorEvaluation, OnceEvery, RiskEvaluation, ScenarioEvaluation } from '../engine/types';
import { answerRow, catalogueText, type ReportContext } from './context';
import { formatNumber } from './format';
import type { ReportBlock, TableCell } from './model';

/** The chart's size in points: the report's text width, and a height that leaves room for the figures around it. */
export const REPORT_CHART_SIZE = { width: 455, height: 250 } as const;

/**
 * The quantitative model (DOMAIN.md §5): every scenario's factors before and after measures with where each value
 * comes from, then the arithmetic written out with its numbers, the result against the limit, and the chart.
 */
export function riskBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx;
  const risk = ctx.evaluation.risk;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t('report.risk.method'), tone: 'normal' }];
  if (risk.scenarios.length === 0) {
    blocks.push({ kind: 'answers', rows: [answerRow(ctx, t('report.risk.scenarios'), [], { required: true })] });
    return blocks;
  }
  for (const scenario of risk.scenarios) blocks.push(...scenarioBlocks(ctx, scenario));
  blocks.push({ kind: 'subheading', text: t('report.risk.combinedTitle') }, combinedFormula(ctx, risk), resultBlock(ctx, risk));
  blocks.push(chartBlock(ctx, risk));
  return blocks;
}

/** The value after measures, with each measure that changed it: "81 %" and "× 0.9 Review and challenge of orders". */
function afterCell(ctx: ReportContext, factor: FactorEvaluation): TableCell {
  const measures = factor.appliedMeasures.map((m) => `× ${formatNumber(m.multiplier, ctx.language)} ${catalogueText(ctx, `measures.${m.measureId}.title`, m.measureId)}`);
  return { text: [formatPercent(factor.after, ctx.language), ...measures].join('\n'), bold: factor.after !== factor.before };
}

function factorReason(ctx: ReportContext, factor: FactorEvaluation): TableCell {
  const { t } = ctx;
  if (factor.lacksReason) {
    return { text: t('report.risk.noReason', { value: formatPercent(factor.defaultValue ?? 0, ctx.language) }), tone: 'missing' };
  }
  const parts: string[] = [];
  if (factor.reason.trim() !== '') parts.push(factor.reason.trim());
  // The library's basis explains the default; once the assessor has moved away from it, their reason stands instead.
  if (factor.basis && !(factor.changedFromDefault && factor.reason.trim() !== '')) parts.push(t('report.risk.basis', { basis: factor.basis }));
  if (factor.changedFromDefault && factor.defaultValue !== null) parts.push(t('report.risk.defaultWas', { value: formatPercent(factor.defaultValue, ctx.language) }));
  return parts.length === 0 ? { text: '—', tone: 'muted' } : { text: parts.join('\n') };
}

function factorLabel(ctx: ReportContext, factor: FactorEvaluation): string {
  const kind = factor.kind === 'trigger' ? ctx.t('report.risk.trigger') : ctx.t(`report.risk.kind.${factor.kind}`, { defaultValue: factor.kind });
  return `${factor.label}\n(${kind})`;
}

/** "0.05 × 0.2 × 0.5 = 0.005 (0.5 %)" */
function product(values: number[], result: number, language: string): string {
  return `${values.map((v) => formatNumber(v, language)).join(' × ')} = ${formatNumber(result, language)} (${formatPercent(result, language)})`;
}

function scenarioBlocks(ctx: ReportContext, scenario: ScenarioEvaluation): ReportBlock[] {
  const { t } = ctx;
  const title = t('report.risk.scenarioTitle', { name: scenario.name, vector: t(`report.risk.vector.${scenario.vector}`) });
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: title }];
  if (!scenario.included) blocks.push({ kind: 'paragraph', text: t('report.risk.excluded'), tone: 'muted' });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.risk.factor'), weight: 4 },
      { header: t('report.risk.beforeShort'), weight: 1.4, numeric: true },
      { header: t('report.risk.afterChangedBy'), weight: 2.8 },
      { header: t('report.risk.reasonOrBasis'), weight: 6.8 },
    ],
    rows: scenario.factors.map((factor) => [{ text: factorLabel(ctx, factor) }, { text: formatPercent(factor.before, ctx.language) }, afterCell(ctx, factor), factorReason(ctx, factor)]),
    emptyText: t('report.risk.noFactors'),
  });
  blocks.push({
    kind: 'formula',
    title: t('report.risk.scenarioFormulaTitle'),
    lines: [
      t('report.risk.formula.scenarioBefore', { arithmetic: product(scenario.factors.map((f) => f.before), scenario.annualBefore, ctx.language) }),
      t('report.risk.formula.scenarioAfter', { arithmetic: product(scenario.factors.map((f) => f.after), scenario.annualAfter, ctx.language) }),
    ],
  });
  return blocks;
}

/** "1 − (1 − 0.005) × (1 − 0.0001) = 0.0051" */
function combination(annuals: number[], result: number, language: string): string {
  if (annuals.length === 0) return `0 (${formatPercent(0, language)})`;
  return `1 − ${annuals.map((p) => `(1 − ${formatNumber(p, language)})`).join(' × ')} = ${formatNumber(result, language)} (${formatPercent(result, language)})`;
}

function onceEveryLines(ctx: ReportContext, which: 'Before' | 'After', p: number, once: OnceEvery, confidence: number): string[] {
  const { t } = ctx;
  const lines: string[] = [];
  if (once.average !== null) {
    lines.push(t(`report.risk.formula.average${which}`, { p: formatNumber(p, ctx.language), years: formatYears(once.average, ctx.language) }));
  }
  if (once.atConfidence !== null) {
    lines.push(
      t(`report.risk.formula.confidence${which}`, {
        c: formatNumber(confidence, ctx.language),
        confidence: formatPercent(confidence, ctx.language),
        p: formatNumber(p, ctx.language),
        years: formatYears(once.atConfidence, ctx.language),
      }),
    );
  }
  return lines;
}

function combinedFormula(ctx: ReportContext, risk: RiskEvaluation): ReportBlock {
  const { t } = ctx;
  const included = risk.scenarios.filter((s) => s.included);
  const horizon = (p: number, result: number) =>
    `1 − (1 − ${formatNumber(p, ctx.language)})^${risk.horizonYears} = ${formatNumber(result, ctx.language)} (${formatPercent(result, ctx.language)})`;
  return {
    kind: 'formula',
    title: t('report.risk.combinedFormulaTitle'),
    lines: [
      t('report.risk.formula.annualBefore', { arithmetic: combination(included.map((s) => s.annualBefore), risk.annualBefore, ctx.language) }),
      t('report.risk.formula.annualAfter', { arithmetic: combination(included.map((s) => s.annualAfter), risk.annualAfter, ctx.language) }),
      t('report.risk.formula.horizonBefore', { years: risk.horizonYears, arithmetic: horizon(risk.annualBefore, risk.horizonBefore) }),
      t('report.risk.formula.horizonAfter', { years: risk.horizonYears, arithmetic: horizon(risk.annualAfter, risk.horizonAfter) }),
      ...onceEveryLines(ctx, 'Before', risk.annualBefore, risk.onceEveryBefore, risk.confidence),
      ...onceEveryLines(ctx, 'After', risk.annualAfter, risk.onceEveryAfter, risk.confidence),
    ],
  };
}

function resultBlock(ctx: ReportContext, risk: RiskEvaluation): ReportBlock {
  const { t } = ctx;
  const once = (value: OnceEvery) =>
    [
      value.average === null ? t('report.risk.never') : t('report.risk.onceAverage', { years: formatYears(value.average, ctx.language) }),
      value.atConfidence === null ? '' : t('report.risk.onceConfidence', { years: formatYears(value.atConfidence, ctx.language), confidence: formatPercent(risk.confidence, ctx.language) }),
    ].filter((s) => s !== '');
  const against = (p: number, within: boolean) =>
    t(within ? 'report.risk.withinLimit' : 'report.risk.aboveLimit', { value: formatPercent(p, ctx.language), limit: formatPercent(risk.acceptableLimit, ctx.language), years: risk.horizonYears });
  return {
    kind: 'answers',
    rows: [
      answerRow(ctx, t('report.risk.annual'), [t('report.risk.beforeAfter', { before: formatPercent(risk.annualBefore, ctx.language), after: formatPercent(risk.annualAfter, ctx.language) })], { required: false }),
      answerRow(ctx, t('report.risk.overHorizon', { years: risk.horizonYears }), [t('report.risk.beforeAfter', { before: formatPercent(risk.horizonBefore, ctx.language), after: formatPercent(risk.horizonAfter, ctx.language) })], { required: false }),
      answerRow(ctx, t('report.risk.onceEveryBefore'), once(risk.onceEveryBefore), { required: false }),
      answerRow(ctx, t('report.risk.onceEveryAfter'), once(risk.onceEveryAfter), { required: false }),
      answerRow(ctx, t('report.risk.limit'), [t('report.risk.limitValue', { limit: formatPercent(risk.acceptableLimit, ctx.language), years: risk.horizonYears }), t('report.risk.limitSource', { source: risk.limitSource || '—' })], { required: true }),
      answerRow(ctx, t('report.risk.verdictBefore'), [against(risk.horizonBefore, risk.withinLimitBefore)], { required: false, tone: risk.withinLimitBefore ? 'normal' : 'caveat' }),
      answerRow(ctx, t('report.risk.verdictAfter'), [against(risk.horizonAfter, risk.withinLimitAfter)], { required: false, tone: risk.withinLimitAfter ? 'normal' : 'caveat' }),
    ],
  };
}

function chartBlock(ctx: ReportContext, risk: RiskEvaluation): ReportBlock {
  const { t } = ctx;
  const chart = buildProbabilityChart(risk.curve, risk.acceptableLimit, risk.horizonYears, REPORT_CHART_SIZE, {
    xAxis: t('report.chart.xAxis'),
    yAxis: t('report.chart.yAxis'),
    before: t('report.chart.before'),
    after: t('report.chart.after'),
    limit: t('report.chart.limit'),
  }, ctx.language);
  return {
    kind: 'chart',
    title: t('report.chart.title', { years: risk.horizonYears }),
    chart,
    caption: t('report.chart.caption', { before: formatPercent(risk.horizonBefore, ctx.language), after: formatPercent(risk.horizonAfter, ctx.language), years: risk.horizonYears, limit: formatPercent(risk.acceptableLimit, ctx.language) }),
  };
}
