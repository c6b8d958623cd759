import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { AppFailure } from '../../../shared/domain/result';
import { appSettingsSchema, profileFieldsSchema, signingSettingsSchema, type AppSettings, type ProfileFields, type SigningSettings } from '../../../shared/ipc/contract';
import type { SettingsService } from '../types';

/** The user's settings, one JSON value per key in the settings table. */

const DEFAULT_APP: AppSettings = { uiLanguage: 'en' };
const DEFAULT_PROFILE: ProfileFields = { name: '' };
const DEFAULT_SIGNING: SigningSettings = { timestampUrl: null };

export function createSettingsService(db: Database.Database): SettingsService {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  /** A value this version cannot read (e.g. written by hand) counts as not set: the default applies. */
  function read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const stored = select.get(key) as string | undefined;
    if (stored === undefined) return { ...fallback };
    try {
      const parsed = schema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : { ...fallback };
    } catch {
      return { ...fallback };
    }
  }

  function write<T>(key: string, schema: z.ZodType<T>, value: T, what: string): T {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new AppFailure('INVALID_REQUEST', `The ${what} are not valid.`, parsed.error.issues.map((issue) => issue.message));
    }
    upsert.run(key, JSON.stringify(parsed.data));
    return parsed.data;
  }

  return {
    app: () => read('app', appSettingsSchema, DEFAULT_APP),
    saveApp: (settings) => write('app', appSettingsSchema, settings, 'app settings'),
    profile: () => read('profile', profileFieldsSchema, DEFAULT_PROFILE),
    saveProfile: (profile) => write('profile', profileFieldsSchema, profile, 'profile'),
    signing: () => read('signing', signingSettingsSchema, DEFAULT_SIGNING),
    saveSigning: (settings) => write('signing', signingSettingsSchema, settings, 'signing settings'),
  };
}
