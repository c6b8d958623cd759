import type { Transfer } from '../domain/assessment';
import { layoutTransferMap } from '../map/layout';
import {
  answerRow,
  answersBlock,
  cell,
  countryText,
  flagText,
  optionalRow,
  optionText,
  paragraphs,
  partyName,
  reasonText,
  transferNumbers,
  transferTitle,
  type ReportContext,
} from './context';
import type { AnswerRow, MapEdge, MapNode, ReportBlock, TableCell } from './model';
import { evidencePointer } from './evidence-blocks';
import { earlierEqual, textCarriers } from './repetition';

/**
 * Step 1: the map as a drawing (with where the facts taken from the vendor's documents are quoted), the parties as a
 * table, each transfer with its details, then the minimisation prompts.
 */
export function mapBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, assessment } = ctx;
  const blocks: ReportBlock[] = [];
  if (assessment.map.parties.length > 0) blocks.push(mapDrawing(ctx));
  blocks.push(...evidencePointer(ctx));
  blocks.push({ kind: 'subheading', text: t('report.map.partiesTitle') }, partiesTable(ctx));
  assessment.map.transfers.forEach((transfer, index) => blocks.push(...transferBlocks(ctx, transfer, index)));
  if (assessment.map.transfers.length === 0) blocks.push({ kind: 'paragraph', text: t('report.map.noTransfers'), tone: 'missing' });
  blocks.push(...minimisationBlocks(ctx));
  return blocks;
}

/** Each prompt once, with the transfers it concerns, rather than the same sentence under every transfer. */
function minimisationBlocks(ctx: ReportContext): ReportBlock[] {
  const transfers = ctx.assessment.map.transfers;
  const prompts = transfers.map((transfer) =>
    (ctx.evaluation.transfers.find((e) => e.transferId === transfer.id)?.minimisationPrompts ?? []).map((p) => reasonText(ctx, p)),
  );
  const carriers = textCarriers(prompts);
  if (carriers.length === 0) return [];
  const lines = carriers.map(({ text, items }) => `• ${ctx.t('report.map.promptFor', { prompt: text, ...transferNumbers(ctx, items) })}`);
  return [{ kind: 'notice', tone: 'caveat', text: [ctx.t('report.map.minimisation'), ...lines].join('\n') }];
}

/** A label continued mid-sentence: lower case in English; German nouns keep their capital. */
function inSentence(ctx: ReportContext, label: string): string {
  return ctx.language === 'de' ? label : label.toLowerCase();
}

function mapDrawing(ctx: ReportContext): ReportBlock {
  const { t, assessment } = ctx;
  const layout = layoutTransferMap(assessment.map);
  const nodes: MapNode[] = layout.nodes.flatMap((node) => {
    const party = assessment.map.parties.find((p) => p.id === node.partyId);
    if (!party) return [];
    const role = [optionText(ctx, 'partyKind', party.kind), inSentence(ctx, optionText(ctx, 'role', party.role))].filter((s) => s !== '').join(', ');
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
  const holder = inSentence(ctx, optionText(ctx, 'keyHolder', transfer.keyHolder));
  return holder === '' ? format : ctx.t('report.map.keysHeldBy', { format, holder });
}

/** A list as given, or "As for transfer 1" where an earlier transfer has exactly the same list. */
function listOrReference(ctx: ReportContext, index: number, pick: (transfer: Transfer) => string[]): { lines: string[]; list: boolean } {
  const lists = ctx.assessment.map.transfers.map(pick);
  const earlier = earlierEqual(lists, index);
  if (earlier >= 0) return { lines: [ctx.t('report.map.sameAsTransfer', { number: earlier + 1 })], list: false };
  return { lines: lists[index] ?? [], list: true };
}

function transferBlocks(ctx: ReportContext, transfer: Transfer, index: number): ReportBlock[] {
  const { t } = ctx;
  const sensitive = (flag: boolean | null, detail = '') =>
    [flagText(ctx, flag), flag === true ? detail.trim() : ''].filter((s) => s !== '').join(' — ');
  const categories = listOrReference(ctx, index, (tr) => tr.dataCategories);
  const subjects = listOrReference(ctx, index, (tr) => tr.dataSubjects);
  const rows: (AnswerRow | null)[] = [
    answerRow(ctx, t('report.map.dataCategories'), categories.lines, { required: true, list: categories.list }),
    answerRow(ctx, t('report.map.dataSubjects'), subjects.lines, { required: true, list: subjects.list }),
    answerRow(ctx, t('report.map.specialCategories'), [sensitive(transfer.specialCategories, transfer.specialCategoriesDetail)], { required: true }),
    answerRow(ctx, t('report.map.criminalData'), [sensitive(transfer.criminalData)], { required: true }),
    answerRow(ctx, t('report.map.purpose'), paragraphs(transfer.purpose), { required: true }),
    answerRow(ctx, t('report.map.frequency'), [optionText(ctx, 'frequency', transfer.frequency)], { required: true }),
    optionalRow(t('report.map.volume'), [transfer.volume]),
    answerRow(ctx, t('report.map.format'), [formatAndKeys(ctx, transfer)], { required: true }),
    answerRow(ctx, t('report.map.accessType'), [optionText(ctx, 'accessType', transfer.accessType)], { required: true }),
    answerRow(ctx, t('report.map.needsClearText'), [flagText(ctx, transfer.needsClearText)], { required: true }),
    optionalRow(t('report.map.retention'), [transfer.retention]),
  ];
  return [{ kind: 'subheading', text: transferTitle(ctx, index, transfer.fromPartyId, transfer.toPartyId) }, ...answersBlock(rows)];
}
