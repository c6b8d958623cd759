import { formatPercent } from '../chart/format-probability';
import { MEASURE_GROUPS, findMeasure } from '../wizard/catalogues';
import { catalogueText, cell, paragraphs, reasonText, transferTitle, type ReportContext } from './context';
import { formatNumber } from './format';
import type { ReportBlock, TableCell } from './model';

/** Step 4: the measures chosen and what each changed in the model; the EDPB use cases found on the map. */
export function measureBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx;
  const groupOrder = (id: string) => {
    const group = findMeasure(id)?.group;
    return group ? MEASURE_GROUPS.indexOf(group) : MEASURE_GROUPS.length;
  };
  const chosen = [...ctx.assessment.step4.measures].sort((a, b) => groupOrder(a.measureId) - groupOrder(b.measureId));
  const rows: TableCell[][] = chosen.map((measure) => {
    const definition = findMeasure(measure.measureId);
    const title = catalogueText(ctx, `measures.${measure.measureId}.title`, measure.measureId);
    const group = definition ? `\n(${t(`measureGroups.${definition.group}`)})` : '';
    const useCase = definition?.edpbUseCase ? `\n${t('report.measures.useCase', { number: definition.edpbUseCase })}` : '';
    return [
      { text: `${title}${group}${useCase}` },
      effectCell(ctx, measure.measureId),
      cell(ctx, paragraphs(measure.note).join('\n'), false),
    ];
  });
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      columns: [
        { header: t('report.measures.measure'), weight: 3.6 },
        { header: t('report.measures.effect'), weight: 5.4 },
        { header: t('report.measures.implementation'), weight: 3.4 },
      ],
      rows,
      emptyText: t('report.measures.empty'),
    },
  ];
  blocks.push(...useCaseBlocks(ctx));
  // The use-case table above already names each clear-text use case with its transfer.
  const reasons = ctx.evaluation.measures.reasons.filter((reason) => reason.key !== 'engine.measures.clearTextUseCase');
  for (const reason of reasons) blocks.push({ kind: 'notice', tone: 'info', text: reasonText(ctx, reason) });
  return blocks;
}

/** What the measure does in the model: the preconditions it lowers, where it lowered them here, and on what basis. */
function effectCell(ctx: ReportContext, measureId: string): TableCell {
  const { t } = ctx;
  const definition = findMeasure(measureId);
  const applied = ctx.evaluation.risk.scenarios.flatMap((scenario) =>
    scenario.factors.flatMap((factor) =>
      factor.appliedMeasures
        .filter((m) => m.measureId === measureId)
        .map((m) =>
          t('report.measures.applied', {
            scenario: scenario.name,
            factor: factor.label,
            multiplier: formatNumber(m.multiplier, ctx.language),
            before: formatPercent(factor.before, ctx.language),
            after: formatPercent(factor.after, ctx.language),
          }),
        ),
    ),
  );
  const lines = applied.length > 0 ? applied : [t('report.measures.noModelEffect')];
  if (definition) lines.push(catalogueText(ctx, definition.basisKey, ''));
  return { text: lines.filter((line) => line !== '').join('\n') };
}

/** The EDPB Annex 2 use cases recognised per transfer; for 6 and 7, the plain statement that no technical measure works. */
function useCaseBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  const blocks: ReportBlock[] = [{ kind: 'subheading', text: t('report.measures.useCasesTitle') }];
  const rows: TableCell[][] = [];
  ctx.evaluation.transfers.forEach((transfer) => {
    const index = assessment.map.transfers.findIndex((tr) => tr.id === transfer.transferId);
    const source = assessment.map.transfers[index];
    if (!source) return;
    for (const hit of transfer.useCases) {
      rows.push([
        { text: transferTitle(ctx, index, source.fromPartyId, source.toPartyId) },
        { text: t('report.measures.useCaseName', { number: hit.useCase, name: t(`report.measures.useCaseNames.${hit.useCase}`) }) },
        hit.technicalMeasureEffective
          ? { text: t('report.measures.technicalEffective') }
          : { text: t('report.measures.noTechnicalMeasure'), tone: 'caveat' },
        { text: hit.reasons.map((r) => reasonText(ctx, r)).join('\n') || '—', tone: hit.reasons.length > 0 ? 'normal' : 'muted' },
      ]);
    }
  });
  blocks.push({
    kind: 'table',
    columns: [
      { header: t('report.measures.transfer'), weight: 3.2 },
      { header: t('report.measures.useCaseHeader'), weight: 3 },
      { header: t('report.measures.edpbVerdict'), weight: 3 },
      { header: t('report.reasons'), weight: 4.4 },
    ],
    rows,
    emptyText: t('report.measures.noUseCases'),
  });
  if (ctx.evaluation.measures.clearTextUseCases.length > 0) {
    blocks.push({ kind: 'notice', tone: 'warning', text: t('report.measures.clearTextStatement') });
  }
  return blocks;
}
