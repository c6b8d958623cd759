import type { LabelPart } from './labels';
import type { ChangeSummary } from './summary';

/** Words a change as one line for the history screen: "Party “AWS”: Country: “US” → “IE”". */

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function labelText(label: readonly LabelPart[], t: Translate): string {
  return label.map((part) => t(part.key, part.params)).join(': ');
}

export function valueText(value: unknown, t: Translate): string {
  if (value === null || value === undefined) return t('history.value.none');
  if (value === '') return t('history.value.empty');
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'boolean') return t(value ? 'options.yesno.yes' : 'options.yesno.no');
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? t('history.value.empty') : value.map((item) => valueText(item, t)).join(', ');
  return JSON.stringify(value);
}

export function describeChange(change: ChangeSummary, t: Translate): string {
  const label = labelText(change.label, t);
  switch (change.kind) {
    case 'added':
      return t('history.change.added', { label });
    case 'removed':
      return t('history.change.removed', { label });
    case 'reordered':
      return t('history.change.reordered', { label });
    case 'changed':
      return t('history.change.changed', { label, before: valueText(change.before, t), after: valueText(change.after, t) });
  }
}
