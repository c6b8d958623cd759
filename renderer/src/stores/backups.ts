import { create } from 'zustand';
import type { BackupInfo } from '../../../shared/backup/backup-info';
import type { AppError, Result } from '../../../shared/domain/result';
import type { AutomaticBackupFailure, RestoreOutcome } from '../../../shared/ipc/contract';
import { client } from '../client';
import { useAssessments } from './assessments';
import { useDataHealth } from './dataHealth';
import { useTrustedCertificates } from './trustedCertificates';

interface BackupsState {
  /** null until loaded. */
  backups: BackupInfo[] | null;
  automaticFailure: AutomaticBackupFailure | null;
  loadError: AppError | null;
  load: () => Promise<void>;
  create: () => Promise<Result<BackupInfo>>;
  restore: (id: string) => Promise<Result<RestoreOutcome>>;
}

export const useBackups = create<BackupsState>((set, get) => ({
  backups: null,
  automaticFailure: null,
  loadError: null,
  load: async () => {
    const result = await client.listBackups();
    set(result.ok ? { backups: result.value.backups, automaticFailure: result.value.automaticFailure, loadError: null } : { loadError: result.error });
  },
  create: async () => {
    const result = await client.createBackup();
    if (result.ok) await get().load();
    return result;
  },
  restore: async (id) => {
    const result = await client.restoreBackup(id);
    if (!result.ok) return result;
    // Everything read from the database before is of the replaced state.
    useDataHealth.getState().set(result.value.health);
    await get().load();
    if (result.value.health.state === 'ok') {
      await useAssessments.getState().load();
      if (useTrustedCertificates.getState().certificates !== undefined) await useTrustedCertificates.getState().load();
    }
    return result;
  },
}));
