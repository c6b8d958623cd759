import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { signingSettingsSchema, type SigningSettings } from '../../../shared/ipc/contract';
import type { SettingsService } from '../types';

/** The user's settings, one JSON value per key in the settings table. */

const SIGNING_KEY = 'signing';
const DEFAULT_SIGNING: SigningSettings = { timestampUrl: null };

export function createSettingsService(db: Database.Database): SettingsService {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');

  return {
    signing() {
      const stored = select.get(SIGNING_KEY) as string | undefined;
      if (stored === undefined) return { ...DEFAULT_SIGNING };
      try {
        const parsed = signingSettingsSchema.safeParse(JSON.parse(stored));
        // A value this version cannot read (e.g. written by hand) counts as not set, so signing still works offline.
        return parsed.success ? parsed.data : { ...DEFAULT_SIGNING };
      } catch {
        return { ...DEFAULT_SIGNING };
      }
    },
    saveSigning(settings) {
      const parsed = signingSettingsSchema.safeParse(settings);
      if (!parsed.success) {
        throw new AppFailure('INVALID_REQUEST', 'The signing settings are not valid.', parsed.error.issues.map((issue) => issue.message));
      }
      upsert.run(SIGNING_KEY, JSON.stringify(parsed.data));
      return parsed.data;
    },
  };
}
