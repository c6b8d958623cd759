/** Reads and writes values in an assessment by dotted path ("step1.importer.country"), immutably. */

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

function segments(path: string): string[] {
  const parts = path.split('.');
  if (parts.some((p) => p === '' || FORBIDDEN_SEGMENTS.has(p))) throw new Error(`Invalid path: ${path}`);
  return parts;
}

export function getAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of segments(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

export function setAtPath<T>(root: T, path: string, value: unknown): T {
  const [head, ...rest] = segments(path);
  const base = (root ?? {}) as Record<string, unknown>;
  const copy: Record<string, unknown> = Array.isArray(base) ? ([...base] as unknown as Record<string, unknown>) : { ...base };
  copy[head as string] = rest.length === 0 ? value : setAtPath(base[head as string], rest.join('.'), value);
  return copy as T;
}
