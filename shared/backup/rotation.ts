import { SAFETY_REASONS } from './backup-reason';

/**
 * Which backups to keep. The rule, applied to every backup in the folder at once:
 *
 * 1. Daily: the UTC days that have at least one backup are taken newest first; of each of the first `daily` of them,
 *    the newest backup is kept. Days without a backup (the app was not running) use up no slot, so a week's holiday
 *    does not empty the folder.
 * 2. Weekly: the backups made before the oldest of those days are grouped by ISO 8601 week (Monday to Sunday, UTC);
 *    of each of the `weekly` most recent such weeks, the newest backup is kept. A week the daily slots reach into
 *    counts with its remaining, earlier days.
 * 3. Safety: a backup made before a migration, a restore or an import is the way back from a failed upgrade, a wrong
 *    restore or an unwanted import, which may be noticed only weeks later; a backup the user made by hand was made to
 *    be kept. Each is kept while younger than `safetyDays`, and the newest of each of these reasons is kept however
 *    old it is, so the way back from the latest upgrade, restore and import always exists (at most one extra file
 *    each).
 * 4. A backup whose time cannot be read is kept: nothing is deleted that is not understood.
 *
 * Every backup takes part in the daily and weekly choice whatever its reason; a backup dated after `now` (a clock
 * that was once set wrong) counts as the newest, so it is never deleted by accident.
 * Times are UTC throughout, so that daylight-saving changes never make a day 23 or 25 hours long.
 */
export interface RetentionPolicy {
  daily: number;
  weekly: number;
  safetyDays: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, safetyDays: 30 };

export interface BackupEntry {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  reason: string;
}

export type RetentionReason = 'daily' | 'weekly' | 'safety' | 'unreadable-time';

export interface RetentionDecision {
  /** Kept backups, newest first, each with why it is kept. */
  keep: Array<{ id: string; because: RetentionReason[] }>;
  /** Backups to delete, newest first. */
  drop: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar day, e.g. "2026-11-22". */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The ISO 8601 week in UTC, e.g. "2026-W53"; the year is the week's own, which differs from the date's around New Year. */
export function isoWeek(at: Date): string {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = (at.getUTCDay() + 6) % 7;
  // A week belongs to the year that holds its Thursday.
  const thursday = new Date(midnight + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function checkPolicy(policy: RetentionPolicy): void {
  if (!Number.isInteger(policy.daily) || policy.daily < 1) throw new RangeError('At least one daily backup must be kept.');
  if (!Number.isInteger(policy.weekly) || policy.weekly < 0) throw new RangeError('The number of weekly backups must be a whole number.');
  if (!Number.isFinite(policy.safetyDays) || policy.safetyDays < 0) throw new RangeError('The safety period must be a number of days.');
}

interface Dated {
  entry: BackupEntry;
  at: Date;
}

/** Newest first; backups of the same second are ordered by id, so the decision does not depend on the input order. */
function newestFirst(a: Dated, b: Dated): number {
  return b.at.getTime() - a.at.getTime() || (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0);
}

/** The newest backup of each of the first `count` groups, in the order the groups first appear (newest first). */
function newestOfGroups(sorted: Dated[], groupOf: (at: Date) => string, count: number): Dated[] {
  const chosen = new Map<string, Dated>();
  for (const dated of sorted) {
    const group = groupOf(dated.at);
    if (chosen.has(group)) continue;
    if (chosen.size === count) break;
    chosen.set(group, dated);
  }
  return [...chosen.values()];
}

export function decideRetention(backups: readonly BackupEntry[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): RetentionDecision {
  checkPolicy(policy);
  const because = new Map<string, RetentionReason[]>();
  const mark = (id: string, reason: RetentionReason) => because.set(id, [...(because.get(id) ?? []), reason]);

  const dated: Dated[] = [];
  for (const entry of backups) {
    const at = new Date(entry.createdAt);
    if (Number.isNaN(at.getTime())) mark(entry.id, 'unreadable-time');
    else dated.push({ entry, at });
  }
  dated.sort(newestFirst);

  const daily = newestOfGroups(dated, utcDay, policy.daily);
  for (const kept of daily) mark(kept.entry.id, 'daily');

  const oldestDailyDay = daily.length > 0 ? utcDay(daily[daily.length - 1]!.at) : null;
  const beyondDaily = dated.filter((d) => oldestDailyDay !== null && utcDay(d.at) < oldestDailyDay);
  for (const kept of newestOfGroups(beyondDaily, isoWeek, policy.weekly)) mark(kept.entry.id, 'weekly');

  const safetyHorizon = now.getTime() - policy.safetyDays * DAY_MS;
  const newestSafety = new Set<string>();
  for (const d of dated) {
    if (!(SAFETY_REASONS as readonly string[]).includes(d.entry.reason)) continue;
    const firstOfReason = !newestSafety.has(d.entry.reason);
    newestSafety.add(d.entry.reason);
    if (firstOfReason || d.at.getTime() >= safetyHorizon) mark(d.entry.id, 'safety');
  }

  const order = [...dated.map((d) => d.entry), ...backups.filter((b) => Number.isNaN(new Date(b.createdAt).getTime()))];
  return {
    keep: order.filter((b) => because.has(b.id)).map((b) => ({ id: b.id, because: because.get(b.id)! })),
    drop: order.filter((b) => !because.has(b.id)).map((b) => b.id),
  };
}
