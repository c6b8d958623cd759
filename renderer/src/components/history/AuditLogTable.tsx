import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/history/audit';
import { entrySummary } from '../../../../shared/history/entry-summary';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { EntryAssessment } from './EntryAssessment';

interface AuditLogTableProps {
  entries: AuditEntry[];
  titles: ReadonlyMap<string, string>;
  onOpen: (assessmentId: string) => void;
}

/** Audit entries as a table: when, who, what, about which assessment, and a short summary of what was recorded. */
export function AuditLogTable({ entries, titles, onOpen }: AuditLogTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const translate = (key: string, params?: Record<string, string | number>) => t(key, params ?? {});
  return (
    <div className="table-frame">
      <table className="data-table compact-table audit-log-table">
        <caption className="visually-hidden">{t('history.log.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.log.columns.at')}</th>
            <th scope="col">{t('history.log.columns.actor')}</th>
            <th scope="col">{t('history.log.columns.action')}</th>
            <th scope="col">{t('history.log.columns.assessment')}</th>
            <th scope="col">{t('history.log.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row" className="audit-log-fixed">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </th>
              <td className="audit-log-fixed">{entry.actor}</td>
              {/* An action this version does not know (a newer app wrote it) is shown as recorded. */}
              <td className="audit-log-fixed">{t(`history.action.${entry.action}`, { defaultValue: entry.action })}</td>
              <td>
                <EntryAssessment entry={entry} titles={titles} onOpen={onOpen} />
              </td>
              <td>{entrySummary(entry, translate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
