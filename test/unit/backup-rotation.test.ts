import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, fileTimestamp, parseBackupFileName } from '../../shared/backup/backup-name';
import { backupIdSchema } from '../../shared/backup/backup-info';
import { DEFAULT_RETENTION, decideRetention, isoWeek, utcDay, type BackupEntry } from '../../shared/backup/rotation';

/** One backup per listed time; the id is the time, so expectations read as dates. */
function backups(times: string[], reason = 'daily'): BackupEntry[] {
  return times.map((createdAt) => ({ id: `${createdAt}/${reason}`, createdAt, reason }));
}

/** Every day from `first` to `last` (inclusive) at the given UTC time of day. */
function everyDay(first: string, last: string, time = '10:00:00'): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${first}T${time}Z`); at <= Date.parse(`${last}T${time}Z`); at += 24 * 60 * 60 * 1000) {
    days.push(new Date(at).toISOString());
  }
  return days;
}

const at = (day: string, time = '10:00:00') => `${day}T${time}.000Z`;
const kept = (list: BackupEntry[], now: string, policy = DEFAULT_RETENTION) =>
  decideRetention(list, new Date(now), policy).keep.map((k) => k.id);
const keptBecause = (list: BackupEntry[], now: string) =>
  Object.fromEntries(decideRetention(list, new Date(now)).keep.map((k) => [k.id, k.because]));

describe('isoWeek and utcDay', () => {
  // Expected values as GNU date prints them: date -u -d <day> +%G-W%V
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-02-22', '2026-W08'],
    ['2026-02-23', '2026-W09'],
    ['2026-12-28', '2026-W53'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
  ])('%s is in ISO week %s', (day, week) => {
    expect(isoWeek(new Date(`${day}T00:00:00Z`))).toBe(week);
    expect(isoWeek(new Date(`${day}T23:59:59.999Z`))).toBe(week);
  });

  it('counts in UTC, whatever the time zone of the process', () => {
    const previous = process.env.TZ;
    try {
      for (const zone of ['Europe/Berlin', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = zone;
        // The night Europe moves its clocks forward: 00:30 UTC is already 29 March in Berlin, still 28 March in Los Angeles.
        expect(utcDay(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
        expect(utcDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
        // Sunday 23:59:59 and Monday 00:00:00 UTC are in different weeks even where both are Monday local time.
        expect(isoWeek(new Date('2026-02-22T23:59:59Z'))).toBe('2026-W08');
        expect(isoWeek(new Date('2026-02-23T00:00:00Z'))).toBe('2026-W09');
      }
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });
});

describe('decideRetention', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('keeps nothing and drops nothing in an empty folder', () => {
    expect(decideRetention([], new Date('2026-03-01T12:00:00Z'))).toEqual({ keep: [], drop: [] });
  });

  it('keeps the last 7 days and the newest of the 4 ISO weeks before them out of 60 daily backups', () => {
    const list = backups(everyDay('2026-01-01', '2026-03-01'));
    expect(list).toHaveLength(60);

    const decision = decideRetention(list, new Date('2026-03-01T12:00:00Z'));

    expect(decision.keep).toEqual([
      ...['2026-03-01', '2026-02-28', '2026-02-27', '2026-02-26', '2026-02-25', '2026-02-24', '2026-02-23'].map((day) => ({
        id: `${at(day)}/daily`,
        because: ['daily'],
      })),
      // The Sundays ending ISO weeks 8, 7, 6 and 5 of 2026.
      ...['2026-02-22', '2026-02-15', '2026-02-08', '2026-02-01'].map((day) => ({ id: `${at(day)}/daily`, because: ['weekly'] })),
    ]);
    expect(decision.drop).toHaveLength(49);
    expect(new Set([...decision.drop, ...decision.keep.map((k) => k.id)]).size).toBe(60);
  });

  it('lets a week the daily slots reach into count with its earlier days', () => {
    // 2026-02-25 is a Wednesday: the daily slots take 19–25 February, so Monday 16 to Wednesday 18 remain of week 8.
    const list = backups(everyDay('2026-01-01', '2026-02-25'));
    expect(kept(list, '2026-02-25T12:00:00Z').slice(7)).toEqual([at('2026-02-18'), at('2026-02-15'), at('2026-02-08'), at('2026-02-01')].map((t) => `${t}/daily`));
  });

  it('keeps the newest backup of a day with several', () => {
    const list = backups([at('2026-04-10', '08:00:00'), at('2026-04-10', '23:59:59'), at('2026-04-10', '00:00:00'), at('2026-04-09', '12:00:00')]);
    const decision = decideRetention(list, new Date('2026-04-10T23:59:59Z'));
    expect(decision.keep.map((k) => k.id)).toEqual([`${at('2026-04-10', '23:59:59')}/daily`, `${at('2026-04-09', '12:00:00')}/daily`]);
    expect(decision.drop).toEqual([`${at('2026-04-10', '08:00:00')}/daily`, `${at('2026-04-10', '00:00:00')}/daily`]);
  });

  it('gives daily slots only to days that have a backup, so gaps do not empty the folder', () => {
    const list = backups([
      at('2026-05-01'),
      at('2026-05-03'),
      at('2026-05-04', '08:00:00'),
      at('2026-05-04', '17:00:00'),
      at('2026-05-10'),
      at('2026-05-11'),
      at('2026-05-20'),
      at('2026-05-21'),
      at('2026-05-28'),
      at('2026-06-02'),
      at('2026-06-15'),
      at('2026-06-30'),
    ]);
    const decision = decideRetention(list, new Date('2026-06-30T18:00:00Z'));
    expect(Object.fromEntries(decision.keep.map((k) => [k.id.slice(0, 10), k.because]))).toEqual({
      '2026-06-30': ['daily'],
      '2026-06-15': ['daily'],
      '2026-06-02': ['daily'],
      '2026-05-28': ['daily'],
      '2026-05-21': ['daily'],
      '2026-05-20': ['daily'],
      '2026-05-11': ['daily'],
      // Week 19 (4–10 May) and week 18 (27 April – 3 May): only two weeks remain, both kept.
      '2026-05-10': ['weekly'],
      '2026-05-03': ['weekly'],
    });
    expect(decision.drop).toEqual([`${at('2026-05-04', '17:00:00')}/daily`, `${at('2026-05-04', '08:00:00')}/daily`, `${at('2026-05-01')}/daily`]);
  });

  it('splits weeks on Monday 00:00 UTC', () => {
    const list = backups([at('2026-01-20'), at('2026-02-16', '00:00:00'), at('2026-02-15', '23:59:59'), ...everyDay('2026-02-17', '2026-02-23', '12:00:00')]);
    const decision = decideRetention(list, new Date('2026-02-23T13:00:00Z'), { daily: 7, weekly: 2, safetyDays: 30 });
    // Daily: 17–23 February. Weekly: Monday 16 February (week 8) and Sunday 15 February (week 7); 20 January is a third week.
    expect(decision.keep.slice(7).map((k) => k.id)).toEqual([`${at('2026-02-16', '00:00:00')}/daily`, `${at('2026-02-15', '23:59:59')}/daily`]);
    expect(decision.drop).toEqual([`${at('2026-01-20')}/daily`]);
  });

  it('groups the days around New Year by ISO week, across the change of year', () => {
    const list = backups(everyDay('2026-11-20', '2027-01-10'));
    // Daily: 4–10 January 2027 (week 1). Week 53 of 2026 runs from Monday 28 December to Sunday 3 January.
    expect(kept(list, '2027-01-10T12:00:00Z').slice(7)).toEqual(
      [at('2027-01-03'), at('2026-12-27'), at('2026-12-20'), at('2026-12-13')].map((t) => `${t}/daily`),
    );
    // Four days later the daily slots reach back into week 53: its remaining days before 31 December count as its week.
    const shorter = list.filter((b) => b.createdAt <= at('2027-01-06'));
    expect(kept(shorter, '2027-01-06T12:00:00Z')).toEqual(
      [
        ...['2027-01-06', '2027-01-05', '2027-01-04', '2027-01-03', '2027-01-02', '2027-01-01', '2026-12-31'],
        ...['2026-12-30', '2026-12-27', '2026-12-20', '2026-12-13'],
      ].map((day) => `${at(day)}/daily`),
    );
  });

  it('decides in UTC whatever the time zone of the process', () => {
    const list = backups([at('2026-03-28', '23:30:00'), at('2026-03-29', '00:30:00'), at('2026-03-29', '22:30:00'), at('2026-03-30', '00:15:00')]);
    const policy = { daily: 2, weekly: 0, safetyDays: 30 };
    const expected = [`${at('2026-03-30', '00:15:00')}/daily`, `${at('2026-03-29', '22:30:00')}/daily`];
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
      process.env.TZ = zone;
      expect(kept(list, '2026-03-30T01:00:00Z', policy)).toEqual(expected);
    }
  });

  it('keeps backups made before a migration or a restore for 30 days, and the newest of each reason for good', () => {
    const now = '2026-09-30T12:00:00Z';
    const list: BackupEntry[] = [
      ...backups(everyDay('2026-07-01', '2026-09-30')),
      ...backups([at('2026-07-05', '09:00:00'), at('2026-08-31', '12:00:00'), at('2026-08-31', '11:59:59'), at('2026-09-20', '09:00:00')], 'before-migration'),
      ...backups([at('2026-07-15', '09:00:00'), at('2026-07-20', '09:00:00')], 'before-restore'),
    ];
    const because = keptBecause(list, now);
    const safety = Object.entries(because).filter(([, reasons]) => reasons.includes('safety')).map(([id]) => id);

    expect(safety.sort()).toEqual(
      [
        // Within 30 days, the one exactly 30 days old included.
        `${at('2026-09-20', '09:00:00')}/before-migration`,
        `${at('2026-08-31', '12:00:00')}/before-migration`,
        // The newest before a restore, though older than 30 days.
        `${at('2026-07-20', '09:00:00')}/before-restore`,
      ].sort(),
    );
    // One second older than 30 days, and not the newest of its reason.
    expect(because[`${at('2026-08-31', '11:59:59')}/before-migration`]).toBeUndefined();
    expect(because[`${at('2026-07-05', '09:00:00')}/before-migration`]).toBeUndefined();
    expect(because[`${at('2026-07-15', '09:00:00')}/before-restore`]).toBeUndefined();
    // 7 daily + 4 weekly + 3 kept for safety.
    expect(Object.keys(because)).toHaveLength(14);
  });

  it('lets a safety backup fill a daily slot when it is the newest of its day', () => {
    const list = [...backups([at('2026-09-29'), at('2026-09-30', '08:00:00')]), ...backups([at('2026-09-30', '09:00:00')], 'before-restore')];
    expect(keptBecause(list, '2026-09-30T12:00:00Z')).toEqual({
      [`${at('2026-09-30', '09:00:00')}/before-restore`]: ['daily', 'safety'],
      [`${at('2026-09-29')}/daily`]: ['daily'],
    });
  });

  it('keeps a backup whose time cannot be read, and one dated in the future', () => {
    const list = [...backups(everyDay('2026-06-01', '2026-06-20')), { id: 'mystery', createdAt: 'not a date', reason: 'daily' }, ...backups([at('2031-01-01')], 'manual')];
    const decision = decideRetention(list, new Date('2026-06-20T12:00:00Z'));
    expect(decision.keep.find((k) => k.id === 'mystery')?.because).toEqual(['unreadable-time']);
    expect(decision.keep[0]).toEqual({ id: `${at('2031-01-01')}/manual`, because: ['daily', 'safety'] });
    expect(decision.drop).not.toContain('mystery');
  });

  it('keeps a backup made by hand beside the newer daily one of the same day, for the safety period', () => {
    const manual = { id: '2026-06-20T08:00:00.000Z/manual', createdAt: '2026-06-20T08:00:00.000Z', reason: 'manual' };
    const list = [...backups(everyDay('2026-06-01', '2026-06-20')), manual];
    expect(decideRetention(list, new Date('2026-06-20T12:00:00Z')).keep.find((k) => k.id === manual.id)?.because).toEqual(['safety']);
    expect(decideRetention(list, new Date('2026-08-01T12:00:00Z')).keep.find((k) => k.id === manual.id)?.because).toEqual(['safety']);
    const later = [...list, { ...manual, id: '2026-06-25T08:00:00.000Z/manual', createdAt: '2026-06-25T08:00:00.000Z' }];
    expect(decideRetention(later, new Date('2026-08-01T12:00:00Z')).drop).toContain(manual.id);
  });

  it('takes its counts as parameters', () => {
    const list = backups(everyDay('2026-01-01', '2026-03-01'));
    const decision = decideRetention(list, new Date('2026-03-01T12:00:00Z'), { daily: 3, weekly: 2, safetyDays: 30 });
    // Week 9 keeps Monday 23 to Thursday 26 February beyond the three daily slots; its newest is its weekly backup.
    expect(decision.keep.map((k) => k.id.slice(0, 10))).toEqual(['2026-03-01', '2026-02-28', '2026-02-27', '2026-02-26', '2026-02-22']);
    expect(kept(list, '2026-03-01T12:00:00Z', { daily: 1, weekly: 0, safetyDays: 0 })).toEqual([`${at('2026-03-01')}/daily`]);
    expect(() => decideRetention(list, new Date(), { daily: 0, weekly: 4, safetyDays: 30 })).toThrow(RangeError);
    expect(() => decideRetention(list, new Date(), { daily: 7, weekly: -1, safetyDays: 30 })).toThrow(RangeError);
  });

  it('does not depend on the order of the list', () => {
    const list = [...backups(everyDay('2026-01-01', '2026-03-01', '06:00:00')), ...backups(everyDay('2026-01-10', '2026-02-20', '18:00:00'), 'manual')];
    const expected = decideRetention(list, new Date('2026-03-01T12:00:00Z'));
    const shuffled = [...list].sort((a, b) => (a.id.split('').reverse().join('') < b.id.split('').reverse().join('') ? -1 : 1));
    expect(decideRetention(shuffled, new Date('2026-03-01T12:00:00Z'))).toEqual(expected);
    expect(decideRetention([...list].reverse(), new Date('2026-03-01T12:00:00Z'))).toEqual(expected);
  });
});

describe('backup file names', () => {
  it('are self-describing and round-trip', () => {
    const name = backupFileName(new Date('2026-11-22T10:15:00.789Z'), 'daily');
    expect(name).toBe('dtia-2026-11-22T10-15-00Z-daily.sqlite');
    expect(parseBackupFileName(name)).toEqual({ createdAt: '2026-11-22T10:15:00.000Z', reason: 'daily', sequence: 1 });
    expect(backupFileName(new Date('2027-01-01T00:00:00Z'), 'before-migration', 3)).toBe('dtia-2027-01-01T00-00-00Z-3-before-migration.sqlite');
    expect(parseBackupFileName('dtia-2027-01-01T00-00-00Z-3-before-migration.sqlite')).toEqual({
      createdAt: '2027-01-01T00:00:00.000Z',
      reason: 'before-migration',
      sequence: 3,
    });
    expect(fileTimestamp(new Date('2026-03-29T01:02:03Z'))).toBe('2026-03-29T01-02-03Z');
  });

  it('sort by time when sorted as text', () => {
    const times = ['2026-01-02T00:00:00Z', '2026-01-01T23:59:59Z', '2025-12-31T12:00:00Z', '2026-10-01T09:00:00Z'];
    const names = times.map((t, i) => backupFileName(new Date(t), (['start', 'manual', 'daily', 'before-restore'] as const)[i]!));
    const byName = [...names].sort().map((n) => parseBackupFileName(n)!.createdAt);
    expect(byName).toEqual([...times].sort().map((t) => new Date(t).toISOString()));
  });

  it.each(['dtia-2026-02-30T10-15-00Z-daily.sqlite', 'dtia-2026-11-22T24-00-00Z-daily.sqlite', 'dtia-2026-11-22T10-15-60Z-daily.sqlite'])(
    'rejects the impossible time in %s',
    (name) => {
      expect(parseBackupFileName(name)).toBeNull();
    },
  );

  it.each([
    'dtia-2026-11-22T10-15-00Z-weekly.sqlite',
    'dtia-2026-11-22T10-15-00Z-1-daily.sqlite',
    'dtia-2026-11-22T10-15-00Z-daily.sqlite.partial',
    '../dtia-2026-11-22T10-15-00Z-daily.sqlite',
    'backups/dtia-2026-11-22T10-15-00Z-daily.sqlite',
    '/tmp/dtia-2026-11-22T10-15-00Z-daily.sqlite',
    'dtia-2026-11-22T10-15-00Z-daily.sqlite/..',
    '..\\dtia-2026-11-22T10-15-00Z-daily.sqlite',
    'C:\\dtia-2026-11-22T10-15-00Z-daily.sqlite',
    'dtia-2026-11-22T10-15-00Z-daily.sqlite\0',
    'dtia.sqlite',
  ])('refuses %s as a backup name and as a backup id', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
    expect(backupIdSchema.safeParse(name).success).toBe(false);
  });

  it('accepts a backup name as a backup id', () => {
    expect(backupIdSchema.parse('dtia-2026-11-22T10-15-00Z-2-before-restore.sqlite')).toBe('dtia-2026-11-22T10-15-00Z-2-before-restore.sqlite');
  });
});
