import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/backup/backup-info';
import { useLanguage } from '../../i18n';
import { formatBytes, formatDateTime } from '../../lib/format';

interface BackupTableProps {
  backups: BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
}

/** The backups, newest first: when, why, how large, how many assessments, and a way to restore each. */
export function BackupTable({ backups, onRestore }: BackupTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-frame">
      <table className="data-table compact-table">
        <caption className="visually-hidden">{t('backups.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backups.columns.createdAt')}</th>
            <th scope="col">{t('backups.columns.reason')}</th>
            <th scope="col">{t('backups.columns.size')}</th>
            <th scope="col">{t('backups.columns.assessments')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('backups.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const date = formatDateTime(backup.createdAt, language);
            return (
              <tr key={backup.id}>
                <th scope="row">
                  <time dateTime={backup.createdAt}>{date}</time>
                </th>
                <td>{t(`backups.reasons.${backup.reason}`)}</td>
                <td>{formatBytes(backup.bytes, language)}</td>
                <td>{backup.assessments === null ? none : backup.assessments.toLocaleString(language)}</td>
                <td className="row-actions">
                  <button type="button" className="button button-small button-secondary" onClick={() => onRestore(backup)}>
                    {t('backups.restore')}
                    <span className="visually-hidden"> {t('backups.restoreWhich', { date })}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
