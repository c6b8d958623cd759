import type { BackupService } from './backup-service';

export interface DailyBackupSchedule {
  /** Makes the daily backup now if it is due, and prunes after it; what the timer runs. */
  check(): Promise<void>;
  stop(): void;
}

export interface DailyBackupOptions {
  /** How often to look whether the daily backup is due. The clock is read at each look, so sleep and wake are no problem. */
  checkEveryMs?: number;
  onError?: (error: unknown) => void;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;

/** Keeps the daily backup while the app runs: a backup whenever none was made in the last 24 hours. */
export function scheduleDailyBackups(
  backups: Pick<BackupService, 'create' | 'due' | 'prune'>,
  options: DailyBackupOptions = {},
): DailyBackupSchedule {
  let checking: Promise<void> | null = null;

  async function run(): Promise<void> {
    try {
      if (!backups.due()) return;
      await backups.create('daily');
      backups.prune();
    } catch (error) {
      options.onError?.(error);
    }
  }

  function check(): Promise<void> {
    // One look at a time: a slow backup must not be started a second time by the next tick.
    checking ??= run().finally(() => {
      checking = null;
    });
    return checking;
  }

  const timer = setInterval(() => void check(), options.checkEveryMs ?? QUARTER_HOUR_MS);
  // The schedule alone must not keep the process (the CLI, a test) alive.
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
