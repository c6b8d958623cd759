import { buildSccAnnexes, type AnnexField, type AnnexParty, type AnnexTransfer, type SccAnnexes } from '../scc/annexes';
import { createAnnexRows, fieldRow } from './annex-rows';
import { answerRow, catalogueText, type ReportContext } from './context';
import type { ReportBlock, ReportSection } from './model';

export function annexes(ctx: ReportContext): SccAnnexes {
  return buildSccAnnexes(ctx.assessment, ctx.library, (id) => catalogueText(ctx, `measures.${id}.title`, id));
}

/** Step 2 points to the appendix rather than repeating it. */
export function annexPointer(ctx: ReportContext): ReportBlock[] {
  const built = annexes(ctx);
  if (!built.applicable) return [{ kind: 'paragraph', text: ctx.t('report.annexes.notUsed'), tone: 'muted' }];
  return [
    {
      kind: 'paragraph',
      text: built.missingCount === 0 ? ctx.t('report.annexes.pointer') : ctx.t('report.annexes.pointerMissing', { count: built.missingCount }),
      tone: built.missingCount === 0 ? 'normal' : 'caveat',
    },
  ];
}

function nameOf(fields: readonly AnnexField[], fallback: string): string {
  const name = fields.find((f) => f.id === 'name');
  return name && name.value.type === 'text' && name.value.text !== '' ? name.value.text : fallback;
}

/** The SCC annexes as the report's appendix, present only where a transfer uses the SCCs. */
export function annexAppendix(ctx: ReportContext): ReportSection | null {
  const { t } = ctx;
  const built = annexes(ctx);
  if (!built.applicable) return null;
  const blocks: ReportBlock[] = [];
  if (built.missingCount > 0) blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.annexes.missingCount', { count: built.missingCount }) });

  // The description of each transfer (Annex I.B) is where a shared text stands in full; the parties and the
  // sub-processors point there.
  const rows = createAnnexRows(ctx);
  const partyTitle = (party: AnnexParty) => t(`report.annexes.side.${party.side}`, { name: nameOf(party.fields, party.partyId) });
  const transferTitle = (transfer: AnnexTransfer) =>
    t(transfer.onward ? 'report.annexes.onwardTransfer' : 'report.annexes.transfer', { from: transfer.fromName, to: transfer.toName });
  for (const transfer of built.annexIB) for (const field of transfer.fields) rows.register(field, transferTitle(transfer));

  blocks.push({ kind: 'heading', text: t('report.annexes.IA') });
  for (const party of built.annexIA) {
    const title = partyTitle(party);
    blocks.push({ kind: 'subheading', text: title }, { kind: 'answers', rows: party.fields.map((f) => rows.row(f, title)) });
  }

  blocks.push({ kind: 'heading', text: t('report.annexes.IB') });
  for (const transfer of built.annexIB) {
    const title = transferTitle(transfer);
    blocks.push({ kind: 'subheading', text: title }, { kind: 'answers', rows: transfer.fields.map((f) => rows.row(f, title)) });
  }

  blocks.push({ kind: 'heading', text: t('report.annexes.IC') }, { kind: 'answers', rows: [fieldRow(ctx, built.annexIC)] });

  blocks.push({ kind: 'heading', text: t('report.annexes.II') });
  if (built.annexII.missing) blocks.push({ kind: 'paragraph', text: t('report.annexes.noMeasures'), tone: 'missing' });
  for (const group of built.annexII.groups) {
    const rows = group.measures.map((m) =>
      m.noteMissing
        ? { label: m.title, lines: [{ text: t('report.annexes.noteMissing') }], list: false, tone: 'missing' as const }
        : answerRow(ctx, m.title, [m.note], { required: false }),
    );
    blocks.push({ kind: 'subheading', text: t(group.labelKey, { defaultValue: group.group }) }, { kind: 'answers', rows });
  }

  blocks.push({ kind: 'heading', text: t('report.annexes.III') });
  if (!built.annexIII.required) blocks.push({ kind: 'paragraph', text: t('report.annexes.IIINotRequired'), tone: 'muted' });
  if (built.annexIII.subProcessors.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('report.annexes.noSubProcessors'), tone: built.annexIII.required ? 'missing' : 'muted' });
  }
  built.annexIII.subProcessors.forEach((sub, index) => {
    const title = t('report.annexes.subProcessor', { number: index + 1, name: nameOf(sub.fields, sub.partyId) });
    blocks.push({ kind: 'subheading', text: title }, { kind: 'answers', rows: sub.fields.map((f) => rows.row(f, title)) });
  });

  return {
    key: 'appendix',
    label: t('report.appendixLabel'),
    title: t('report.annexes.title'),
    intro: t('report.annexes.intro'),
    status:
      built.missingCount === 0
        ? { text: t('report.annexes.complete'), complete: true }
        : { text: t('report.annexes.missingCount', { count: built.missingCount }), complete: false },
    blocks,
    referencesLabel: t('report.references'),
    references: [
      {
        label: t('report.annexes.referenceLabel'),
        citation: t('report.annexes.referenceCitation'),
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
      },
    ],
  };
}
