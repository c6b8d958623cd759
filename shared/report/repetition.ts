/**
 * Many transfers of one map share the same sentences (the same SCC module notes, the same minimisation prompt). A
 * memo says such a sentence once, with the transfers it concerns, and keeps under each transfer only what is its own.
 */

export interface SharedText {
  text: string;
  /** Indexes (0-based) of the items that carry this text, in order. */
  items: number[];
}

export interface SplitTexts {
  /** Per item, the texts no other item carries, in their original order. */
  own: string[][];
  /** Texts carried by two items or more, in order of first appearance. */
  shared: SharedText[];
}

/** Every distinct text with the items that carry it, in order of first appearance. */
export function textCarriers(perItem: readonly (readonly string[])[]): SharedText[] {
  const carriers = new Map<string, number[]>();
  perItem.forEach((texts, index) => {
    for (const text of new Set(texts)) carriers.set(text, [...(carriers.get(text) ?? []), index]);
  });
  return [...carriers].map(([text, items]) => ({ text, items }));
}

export function splitSharedTexts(perItem: readonly (readonly string[])[]): SplitTexts {
  const shared = textCarriers(perItem).filter((entry) => entry.items.length > 1);
  const sharedSet = new Set(shared.map((entry) => entry.text));
  return { own: perItem.map((texts) => texts.filter((text) => !sharedSet.has(text))), shared };
}

/** Shared texts grouped by the exact set of items that carry them, so one label introduces all texts of one group. */
export function groupByItems(shared: readonly SharedText[]): { items: number[]; texts: string[] }[] {
  const groups = new Map<string, { items: number[]; texts: string[] }>();
  for (const entry of shared) {
    const key = entry.items.join(',');
    const group = groups.get(key) ?? { items: entry.items, texts: [] };
    group.texts.push(entry.text);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The index of the first earlier item whose list equals this one's, or -1: "As for transfer 1" instead of a copy. */
export function earlierEqual(lists: readonly (readonly string[])[], index: number): number {
  const current = lists[index];
  if (!current || current.length === 0) return -1;
  return lists.findIndex((other, i) => i < index && other.length === current.length && other.every((text, j) => text === current[j]));
}
