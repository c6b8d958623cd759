import { createHash } from 'node:crypto';
import { seededRandom } from '../../fixtures/seeded-random';

/**
 * What the edit-stream child tells the crash-safety test on stdout, one line per event:
 *
 *   intent <n> <kind> <assessmentId|-> <shape>   before the write of edit n starts
 *   ack <n> <assessmentId> <hash|deleted>         after the write of edit n has returned
 *
 * `hash` identifies the stored document: the SHA-256 of its canonical JSON (keys sorted) without `updatedAt`, a
 * newline, and `updatedAt`. Kept apart that way, the child hashes the document before the write and adds only the
 * time the store returns after it, so the moment between commit and acknowledgement is as short as in the app.
 * `shape` is the SHA-256 of the canonical JSON without the fields the store fills in itself (VOLATILE_FIELDS), so
 * that a write which committed but was never acknowledged can still be recognised in the database.
 */

export const EDIT_KINDS = ['import', 'create', 'duplicate', 'save', 'delete'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export const DELETED = 'deleted';

/** The fields the store decides on a write; a new record also gets its id and creation time from the store. */
export const VOLATILE_FIELDS: Record<EditKind, readonly string[]> = {
  import: ['id', 'createdAt', 'updatedAt'],
  create: ['id', 'createdAt', 'updatedAt'],
  duplicate: ['id', 'createdAt', 'updatedAt'],
  save: ['updatedAt'],
  delete: [],
};

export interface Intent {
  type: 'intent';
  n: number;
  kind: EditKind;
  /** Null for a record that does not exist yet. */
  id: string | null;
  shape: string;
}

export interface Ack {
  type: 'ack';
  n: number;
  id: string;
  /** DELETED for a delete. */
  hash: string;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, canonical(item)]));
  }
  return value;
}

function withoutFields(document: object, fields: readonly string[]): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...document };
  for (const field of fields) delete rest[field];
  return rest;
}

const canonicalJson = (document: object, omitted: readonly string[]) => JSON.stringify(canonical(withoutFields(document, omitted)));

/** The hash of a save before it runs; `stored` completes it with the `updatedAt` the store returned. */
export function hashesOfSave(document: object): { shape: string; stored(updatedAt: string): string } {
  const body = createHash('sha256').update(canonicalJson(document, VOLATILE_FIELDS.save));
  const shape = body.copy().digest('hex');
  return { shape, stored: (updatedAt) => body.update(`\n${updatedAt}`).digest('hex') };
}

export function documentHash(document: object): string {
  return hashesOfSave(document).stored(String((document as { updatedAt?: unknown }).updatedAt));
}

export function shapeHash(document: object, kind: EditKind): string {
  return createHash('sha256').update(canonicalJson(document, VOLATILE_FIELDS[kind])).digest('hex');
}

export function intentLine(intent: Omit<Intent, 'type'>): string {
  return `intent ${intent.n} ${intent.kind} ${intent.id ?? '-'} ${intent.shape}\n`;
}

export function ackLine(ack: Omit<Ack, 'type'>): string {
  return `ack ${ack.n} ${ack.id} ${ack.hash}\n`;
}

/** Only whole lines count: a line the child was killed in the middle of was never acknowledged. */
export function parseLines(output: string): Array<Intent | Ack> {
  const complete = output.slice(0, output.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const parts = line.split(' ');
      const n = Number(parts[1]);
      if (parts[0] === 'ack' && parts.length === 4) return { type: 'ack', n, id: parts[2]!, hash: parts[3]! };
      const kind = parts[2] as EditKind;
      if (parts[0] === 'intent' && parts.length === 5 && EDIT_KINDS.includes(kind)) {
        return { type: 'intent', n, kind, id: parts[3] === '-' ? null : parts[3]!, shape: parts[4]! };
      }
      throw new Error(`The edit stream printed a line the test does not understand: ${line}`);
    });
}

export { seededRandom };
