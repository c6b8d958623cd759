import type { AnnexField } from '../scc/annexes';
import { answerRow, countryText, type ReportContext } from './context';
import type { AnswerRow, TextLine } from './model';

function fieldLines(ctx: ReportContext, field: AnnexField): TextLine[] {
  const value = field.value;
  switch (value.type) {
    case 'text':
      return [{ text: value.text }];
    case 'list':
      return value.items.map((text) => ({ text }));
    case 'country':
      return [{ text: countryText(ctx, value.code) }];
    case 'key':
      return [{ text: ctx.t(value.key, { ...(value.params ?? {}), defaultValue: value.key }) }];
  }
}

const fieldLabel = (ctx: ReportContext, field: AnnexField) => ctx.t(field.labelKey, { defaultValue: field.id });

/** A field as an answer row; a missing one reads "Missing — to be completed" in the missing colour. */
export function fieldRow(ctx: ReportContext, field: AnnexField): AnswerRow {
  const label = fieldLabel(ctx, field);
  if (field.missing) return { label, lines: [{ text: ctx.t('report.annexes.missing') }], list: false, tone: 'missing' };
  return answerRow(ctx, label, fieldLines(ctx, field), { required: false, list: field.value.type === 'list' });
}

export interface AnnexRows {
  /** Marks where a text is to stand in full; the first place registered for a text wins. */
  register(field: AnnexField, place: string): void;
  /** The row for a field: in full where it was registered, elsewhere a pointer to that place when shorter. */
  row(field: AnnexField, place: string): AnswerRow;
}

/**
 * The annexes describe every party and transfer in full, and one map repeats whole texts across them (the same
 * categories for every sub-processor, the purpose again as subject matter, as the importer's activities and as the
 * processing of a sub-processor). Each such text stands in full once; elsewhere a pointer says where.
 */
export function createAnnexRows(ctx: ReportContext): AnnexRows {
  const home = new Map<string, { field: string; place: string }>();
  const textOf = (row: AnswerRow) => row.lines.map((line) => line.text).join('\n');
  return {
    register(field, place) {
      if (field.missing) return;
      const row = fieldRow(ctx, field);
      if (!home.has(textOf(row))) home.set(textOf(row), { field: row.label, place });
    },
    row(field, place) {
      const row = fieldRow(ctx, field);
      if (field.missing) return row;
      const text = textOf(row);
      const at = home.get(text);
      if (!at) {
        home.set(text, { field: row.label, place });
        return row;
      }
      if (at.field === row.label && at.place === place) return row;
      const pointer = ctx.t('report.annexes.sameAs', at);
      return pointer.length < text.length ? { label: row.label, lines: [{ text: pointer }], list: false, tone: 'normal' } : row;
    },
  };
}
