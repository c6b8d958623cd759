import type { Transfer } from '../domain/assessment';
import { layoutTransferMap } from '../map/layout';
import {
  answerRow,
  cell,
  countryText,
  flagText,
  optionText,
  paragraphs,
  partyName,
  reasonText,
  transferTitle,
  type ReportContext,
} from './context';
import type { AnswerRow, MapEdge, MapNode, ReportBlock, TableCell } from './model';

/** Step 1: the map as a drawing, the parties as a table, then each transfer with its details and minimisation prompts. */
export function mapBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  const blocks: ReportBlock[] = [];
  if (assessment.map.parties.length > 0) blocks.push(mapDrawing(ctx));
  blocks.push({ kind: 'subheading', text: t('report.map.partiesTitle') }, partiesTable(ctx));
  assessment.map.transfers.forEach((transfer, index) => blocks.push(...transferBlocks(ctx, transfer, index)));
  if (assessment.map.transfers.length === 0) blocks.push({ kind: 'paragraph', text: t('report.map.noTransfers'), tone: 'missing' });
  return blocks;
}

function mapDrawing(ctx: ReportContext): ReportBlock {
  const { t, assessment } = ctx;
  const layout = layoutTransferMap(assessment.map);
  const nodes: MapNode[] = layout.nodes.flatMap((node) => {
    const party = assessment.map.parties.find((p) => p.id === node.partyId);
    if (!party) return [];
    const role = [optionText(ctx, 'partyKind', party.kind), optionText(ctx, 'role', party.role).toLowerCase()].filter((s) => s !== '').join(', ');
    return [
      {
        id: party.id,
        x: node.x,
        y: node.y,
        width: node.w,
        height: node.h,
        title: partyName(ctx, party),
        lines: [role, countryText(ctx, party.country) || t('report.map.noCountry')],
        kind: party.kind,
      },
    ];
  });
  const edges: MapEdge[] = layout.edges.map((edge) => ({
    id: edge.transferId,
    points: edge.points,
    labelAt: { x: edge.labelX, y: edge.labelY },
    label: String(assessment.map.transfers.findIndex((transfer) => transfer.id === edge.transferId) + 1),
  }));
  return { kind: 'transferMap', width: layout.width, height: layout.height, nodes, edges, caption: t('report.map.caption') };
}

function partiesTable(ctx: ReportContext): ReportBlock {
  const { t } = ctx;
  const rows: TableCell[][] = ctx.assessment.map.parties.map((party) => [
    cell(ctx, party.name, true),
    cell(ctx, [optionText(ctx, 'partyKind', party.kind), optionText(ctx, 'entityType', party.entityType)].filter((s) => s !== '').join('\n'), true),
    cell(ctx, optionText(ctx, 'role', party.role), true),
    cell(ctx, countryText(ctx, party.country), true),
    cell(ctx, [party.address, party.contact].filter((s) => s.trim() !== '').join('\n'), false),
  ]);
  return {
    kind: 'table',
    columns: [
      { header: t('report.map.party'), weight: 3 },
      { header: t('report.map.kind'), weight: 2.4 },
      { header: t('report.map.role'), weight: 1.9 },
      { header: t('report.map.country'), weight: 2.2 },
      { header: t('report.map.addressContact'), weight: 4.4 },
    ],
    rows,
    emptyText: t('report.map.noParties'),
  };
}

function formatAndKeys(ctx: ReportContext, transfer: Transfer): string {
  const format = optionText(ctx, 'format', transfer.format);
  if (format === '' || transfer.format !== 'encrypted') return format;
  const holder = optionText(ctx, 'keyHolder', transfer.keyHolder).toLowerCase();
  return holder === '' ? format : ctx.t('report.map.keysHeldBy', { format, holder });
}

function transferBlocks(ctx: ReportContext, transfer: Transfer, index: number): ReportBlock[] {
  const { t } = ctx;
  const sensitive = (flag: boolean | null, detail = '') =>
    [flagText(ctx, flag), flag === true ? detail.trim() : ''].filter((s) => s !== '').join(' — ');
  const rows: AnswerRow[] = [
    answerRow(ctx, t('report.map.dataCategories'), transfer.dataCategories, { required: true, list: true }),
    answerRow(ctx, t('report.map.dataSubjects'), transfer.dataSubjects, { required: true, list: true }),
    answerRow(ctx, t('report.map.specialCategories'), [sensitive(transfer.specialCategories, transfer.specialCategoriesDetail)], { required: true }),
    answerRow(ctx, t('report.map.criminalData'), [sensitive(transfer.criminalData)], { required: true }),
    answerRow(ctx, t('report.map.purpose'), paragraphs(transfer.purpose), { required: true }),
    answerRow(ctx, t('report.map.frequency'), [optionText(ctx, 'frequency', transfer.frequency)], { required: true }),
    answerRow(ctx, t('report.map.volume'), [transfer.volume], { required: false }),
    answerRow(ctx, t('report.map.format'), [formatAndKeys(ctx, transfer)], { required: true }),
    answerRow(ctx, t('report.map.accessType'), [optionText(ctx, 'accessType', transfer.accessType)], { required: true }),
    answerRow(ctx, t('report.map.needsClearText'), [flagText(ctx, transfer.needsClearText)], { required: true }),
    answerRow(ctx, t('report.map.retention'), [transfer.retention], { required: false }),
  ];
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: transferTitle(ctx, index, transfer.fromPartyId, transfer.toPartyId) },
    { kind: 'answers', rows },
  ];
  const prompts = ctx.evaluation.transfers.find((e) => e.transferId === transfer.id)?.minimisationPrompts ?? [];
  if (prompts.length > 0) {
    blocks.push({ kind: 'notice', tone: 'caveat', text: [t('report.map.minimisation'), ...prompts.map((p) => `• ${reasonText(ctx, p)}`)].join('\n') });
  }
  return blocks;
}
