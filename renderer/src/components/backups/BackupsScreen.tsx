import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useBackups } from '../../stores/backups';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { AutomaticBackupFailure } from './AutomaticBackupFailure';
import { BackupList } from './BackupList';
import { useRestoredMessage } from './useRestoredMessage';
import { WorkspaceExchange } from './WorkspaceExchange';

/** The backups of the data folder: a backup on request, a restore of any of them, and the whole workspace as one file. */
export function BackupsScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useBackups((state) => state.create);
  const automaticFailure = useBackups((state) => state.automaticFailure);
  const restoredMessage = useRestoredMessage();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<AppError | null>(null);

  const backUpNow = async () => {
    setBusy(true);
    setError(null);
    setStatus('');
    const result = await create();
    setBusy(false);
    if (result.ok) setStatus(t('backups.created', { date: formatDateTime(result.value.createdAt, language) }));
    else setError(result.error);
  };

  return (
    <main id="main" tabIndex={-1} className="screen narrow-screen">
      <div className="screen-title-row">
        <ScreenHeading>{t('backups.title')}</ScreenHeading>
        <div className="toolbar">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void backUpNow()}>
            {busy ? t('backups.creating') : t('backups.createNow')}
          </button>
        </div>
      </div>
      <p className="screen-lead">{t('backups.lead')}</p>
      <p role="status" className="status-line">
        {status}
      </p>
      {error && <ErrorNotice title={t('backups.createFailed')} error={error} />}
      {automaticFailure && <AutomaticBackupFailure failure={automaticFailure} />}
      <BackupList
        replacesDamaged={false}
        onRestored={(outcome) => {
          setError(null);
          setStatus(restoredMessage(outcome));
        }}
      />
      <WorkspaceExchange />
    </main>
  );
}
