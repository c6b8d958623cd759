import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/backup/backup-info';
import type { RestoreOutcome } from '../../../../shared/ipc/contract';
import { useBackups } from '../../stores/backups';
import { ErrorNotice } from '../common/ErrorNotice';
import { BackupTable } from './BackupTable';
import { RestoreDialog } from './RestoreDialog';

interface BackupListProps {
  /** The database in place is damaged, so a restore moves it aside instead of backing it up. */
  replacesDamaged: boolean;
  /** What is said when there is no backup; the backups screen's own words by default. */
  emptyText?: string;
  onRestored?: (outcome: RestoreOutcome) => void;
}

/** The backups with their restore buttons and the confirmation before a restore; the backups and the recovery screens share it. */
export function BackupList({ replacesDamaged, emptyText, onRestored }: BackupListProps) {
  const { t } = useTranslation();
  const backups = useBackups((state) => state.backups);
  const loadError = useBackups((state) => state.loadError);
  const load = useBackups((state) => state.load);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      {loadError && <ErrorNotice title={t('backups.loadFailed')} error={loadError} />}
      {backups === null && !loadError && <p className="muted">{t('common.loading')}</p>}
      {backups?.length === 0 && <p className="muted">{emptyText ?? t('backups.none')}</p>}
      {backups !== null && backups.length > 0 && <BackupTable backups={backups} onRestore={setRestoring} />}
      {restoring && (
        <RestoreDialog
          backup={restoring}
          replacesDamaged={replacesDamaged}
          onClose={() => setRestoring(null)}
          onRestored={(outcome) => {
            setRestoring(null);
            onRestored?.(outcome);
          }}
        />
      )}
    </>
  );
}
