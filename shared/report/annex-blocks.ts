import { buildSccAnnexes, type AnnexField, type SccAnnexes } from '../scc/annexes';
import { answerRow, catalogueText, type ReportContext } from './context';
import type { AnswerRow, ReportBlock, ReportSection, TextLine } from './model';

function annexes(ctx: ReportContext): SccAnnexes {
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

function fieldLines(ctx: ReportContext, field: AnnexField): TextLine[] {
  const value = field.value;
  switch (value.type) {
    case 'text':
      return [{ text: value.text }];
    case 'list':
      return value.items.map((text) => ({ text }));
    case 'country':
      return [{ text: value.code === '' ? '' : `${value.name} (${value.code})` }];
    case 'key':
      return [{ text: ctx.t(value.key, { ...(value.params ?? {}), defaultValue: value.key }) }];
  }
}

/** A field as an answer row; a missing one reads "Missing — to be completed" in the missing colour. */
function fieldRow(ctx: ReportContext, field: AnnexField): AnswerRow {
  const label = ctx.t(field.labelKey, { defaultValue: field.id });
  if (field.missing) return { label, lines: [{ text: ctx.t('report.annexes.missing') }], list: false, tone: 'missing' };
  return answerRow(ctx, label, fieldLines(ctx, field), { required: false, list: field.value.type === 'list' });
}

/** The SCC annexes as the report's appendix, present only where a transfer uses the SCCs. */
export function annexAppendix(ctx: ReportContext): ReportSection | null {
  const { t } = ctx;
  const built = annexes(ctx);
  if (!built.applicable) return null;
  const blocks: ReportBlock[] = [];
  if (built.missingCount > 0) blocks.push({ kind: 'notice', tone: 'caveat', text: t('report.annexes.missingCount', { count: built.missingCount }) });

  blocks.push({ kind: 'heading', text: t('report.annexes.IA') });
  for (const party of built.annexIA) {
    const name = party.fields.find((f) => f.id === 'name');
    const title = name && name.value.type === 'text' && name.value.text !== '' ? name.value.text : party.partyId;
    blocks.push({ kind: 'subheading', text: t(`report.annexes.side.${party.side}`, { name: title }) });
    blocks.push({ kind: 'answers', rows: party.fields.map((f) => fieldRow(ctx, f)) });
  }

  blocks.push({ kind: 'heading', text: t('report.annexes.IB') });
  for (const transfer of built.annexIB) {
    const title = t(transfer.onward ? 'report.annexes.onwardTransfer' : 'report.annexes.transfer', { from: transfer.fromName, to: transfer.toName });
    blocks.push({ kind: 'subheading', text: title }, { kind: 'answers', rows: transfer.fields.map((f) => fieldRow(ctx, f)) });
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
    const name = sub.fields.find((f) => f.id === 'name');
    const title = name && name.value.type === 'text' && name.value.text !== '' ? name.value.text : sub.partyId;
    blocks.push({ kind: 'subheading', text: t('report.annexes.subProcessor', { number: index + 1, name: title }) });
    blocks.push({ kind: 'answers', rows: sub.fields.map((f) => fieldRow(ctx, f)) });
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
        citation: 'Commission Implementing Decision (EU) 2021/914 (4 June 2021)',
        url: 'https://eur-lex.europa.eu/eli/dec_impl/2021/914/oj',
      },
    ],
  };
}
