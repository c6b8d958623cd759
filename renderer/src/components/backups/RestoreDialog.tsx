import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/backup/backup-info';
import type { AppError } from '../../../../shared/domain/result';
import type { RestoreOutcome } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useBackups } from '../../stores/backups';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';

interface RestoreDialogProps {
  backup: BackupInfo;
  /** The database in place is damaged: it is moved aside rather than backed up. */
  replacesDamaged: boolean;
  onClose: () => void;
  onRestored: (outcome: RestoreOutcome) => void;
}

/** Asks before a backup replaces the data, saying how the current state is kept; Cancel has the focus. */
export function RestoreDialog({ backup, replacesDamaged, onClose, onRestored }: RestoreDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const restore = useBackups((state) => state.restore);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await restore(backup.id);
    setBusy(false);
    if (result.ok) onRestored(result.value);
    else setError(result.error);
  };

  return (
    <Dialog title={t('backups.restoreDialog.title', { date: formatDateTime(backup.createdAt, language) })} onClose={onClose} role="alertdialog">
      <p>{t(replacesDamaged ? 'backups.restoreDialog.keepsDamaged' : 'backups.restoreDialog.keepsCurrent')}</p>
      <p>{t('backups.identitiesApart')}</p>
      {error && <ErrorNotice title={t('backups.restoreDialog.failed')} error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm()}>
          {busy ? t('backups.restoreDialog.working') : t('backups.restoreDialog.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
