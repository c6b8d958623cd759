import type { Change, ChangeKind } from './diff';
import type { LabelPart } from './labels';

/**
 * The changes of one save as the audit log keeps them: paths, labels and short values. Every save of every edit adds
 * an entry, so long texts are cut and a save that rewrites a great deal keeps only the first changes and a count.
 */

export const SHORT_VALUE_CHARS = 200;
export const MAX_RECORDED_CHANGES = 50;

export interface ChangeSummary {
  kind: ChangeKind;
  path: string;
  label: LabelPart[];
  /** Absent for an added item. */
  before?: unknown;
  /** Absent for a removed item. */
  after?: unknown;
}

export interface ChangesSummary {
  changes: ChangeSummary[];
  /** Changes left out beyond MAX_RECORDED_CHANGES. */
  omitted: number;
}

/** At most `max` characters, ending in "…" when cut, and never in the middle of a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Numbers, booleans and null as they are; a text cut to length; a list or an object as it is when short, else as cut JSON. */
export function shortValue(value: unknown, max = SHORT_VALUE_CHARS): unknown {
  if (value === undefined) return null;
  if (typeof value === 'string') return truncateText(value, max);
  if (value === null || typeof value !== 'object') return value;
  const text = JSON.stringify(value);
  return text.length <= max ? value : truncateText(text, max);
}

export function summariseChanges(changes: readonly Change[], maxChanges = MAX_RECORDED_CHANGES, maxChars = SHORT_VALUE_CHARS): ChangesSummary {
  const kept = changes.slice(0, maxChanges).map((change): ChangeSummary => {
    const summary: ChangeSummary = { kind: change.kind, path: change.path, label: change.label };
    if (change.kind !== 'added') summary.before = shortValue(change.before, maxChars);
    if (change.kind !== 'removed') summary.after = shortValue(change.after, maxChars);
    return summary;
  });
  return { changes: kept, omitted: Math.max(0, changes.length - maxChanges) };
}
