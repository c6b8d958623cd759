import { useTranslation } from 'react-i18next';
import type { AutomaticBackupFailure as Failure } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** The last automatic backup failed; it stays shown until one succeeds again. */
export function AutomaticBackupFailure({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="notice notice-warning" role="alert">
      <p className="notice-title">{t('backups.automaticFailed')}</p>
      <p>
        {t('backups.automaticFailedWhen', { reason: t(`backups.reasons.${failure.reason}`), date: formatDateTime(failure.at, language) })}{' '}
        {failure.message}
      </p>
      <p className="error-code">{t('errors.code', { code: failure.code })}</p>
    </div>
  );
}
