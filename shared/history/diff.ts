import type { Assessment } from '../domain/assessment';
import { fieldLabel, GROUP_LABELS, itemLabel, type LabelPart } from './labels';

/**
 * What changed between two versions of an assessment, field by field. Lists whose items carry an id (parties,
 * transfers, laws, scenarios, measures…) are matched by that id, so that removing the first party reads as one
 * removal and not as every later party changing; lists without ids (data categories, sources) compare as a whole.
 */

export type ChangeKind = 'changed' | 'added' | 'removed' | 'reordered';

export interface Change {
  kind: ChangeKind;
  /** Where, with list items by id: "map.parties[aws].country". */
  path: string;
  label: LabelPart[];
  /** null for an added item; for a reordering, the ids in their old order. */
  before: unknown;
  /** null for a removed item; for a reordering, the ids in their new order. */
  after: unknown;
}

/** Kept by the store itself, not edited: a change to them is no change of the assessment. */
const NOT_EDITED = new Set(['id', 'createdAt', 'updatedAt']);
/** The fields that identify the items of a list, in the order they are tried. */
const ID_FIELDS = ['id', 'measureId', 'itemId', 'questionId'] as const;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!(key in b) || !sameValue(a[key], b[key])) return false;
  return true;
}

/** The field that identifies every item on both sides, once per side; null when there is none. */
function idField(before: readonly unknown[], after: readonly unknown[]): string | null {
  for (const field of ID_FIELDS) {
    if (identifiesAll(before, field) && identifiesAll(after, field)) return field;
  }
  return null;
}

function identifiesAll(items: readonly unknown[], field: string): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const id = isObject(item) ? item[field] : undefined;
    if (typeof id !== 'string' || seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

class Differ {
  readonly changes: Change[] = [];

  value(before: unknown, after: unknown, path: string, shape: string, scope: LabelPart[]): void {
    if (before === after) return;
    if (Array.isArray(before) && Array.isArray(after)) return this.list(before, after, path, shape, scope);
    if (isObject(before) && isObject(after)) return this.object(before, after, path, shape, scope);
    this.changes.push({ kind: 'changed', path, label: fieldLabel(shape, scope), before: before ?? null, after: after ?? null });
  }

  object(before: Json, after: Json, path: string, shape: string, scope: LabelPart[]): void {
    const group = GROUP_LABELS[shape];
    const inner = group ? [...scope, group] : scope;
    for (const key of Object.keys(after)) this.value(before[key], after[key], `${path}.${key}`, `${shape}.${key}`, inner);
    for (const key of Object.keys(before)) {
      if (!(key in after)) this.value(before[key], undefined, `${path}.${key}`, `${shape}.${key}`, inner);
    }
  }

  list(before: unknown[], after: unknown[], path: string, shape: string, scope: LabelPart[]): void {
    if (before.length === 0 && after.length === 0) return;
    const field = idField(before, after);
    if (field === null) {
      if (!sameValue(before, after)) this.changes.push({ kind: 'changed', path, label: fieldLabel(shape, scope), before, after });
      return;
    }
    const idOf = (item: unknown) => (item as Json)[field] as string;
    const earlier = new Map<string, unknown>();
    for (const item of before) earlier.set(idOf(item), item);
    const itemShape = `${shape}[]`;
    const kept: string[] = [];
    after.forEach((item, index) => {
      const id = idOf(item);
      const itemPath = `${path}[${id}]`;
      const label = [...scope, itemLabel(shape, item, index, id)];
      if (!earlier.has(id)) {
        this.changes.push({ kind: 'added', path: itemPath, label, before: null, after: item });
        return;
      }
      kept.push(id);
      this.value(earlier.get(id), item, itemPath, itemShape, label);
    });
    const remaining = new Set(after.map(idOf));
    const keptBefore: string[] = [];
    before.forEach((item, index) => {
      const id = idOf(item);
      if (remaining.has(id)) keptBefore.push(id);
      else this.changes.push({ kind: 'removed', path: `${path}[${id}]`, label: [...scope, itemLabel(shape, item, index, id)], before: item, after: null });
    });
    if (keptBefore.some((id, i) => kept[i] !== id)) {
      this.changes.push({ kind: 'reordered', path, label: fieldLabel(shape, scope), before: keptBefore, after: kept });
    }
  }
}

/** The changes from `before` to `after`, in document order; empty when the user changed nothing. */
export function diffAssessments(before: Assessment, after: Assessment): Change[] {
  const differ = new Differ();
  const older = before as unknown as Json;
  const newer = after as unknown as Json;
  for (const key of Object.keys(newer)) if (!NOT_EDITED.has(key)) differ.value(older[key], newer[key], key, key, []);
  for (const key of Object.keys(older)) {
    if (!NOT_EDITED.has(key) && !(key in newer)) differ.value(older[key], undefined, key, key, []);
  }
  return differ.changes;
}
