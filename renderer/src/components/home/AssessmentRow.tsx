import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/domain/assessment';
import { countryName } from '../../lib/countries';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLanguage } from '../../i18n';

interface AssessmentRowProps {
  summary: AssessmentSummary;
  today: string;
  onOpen: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function AssessmentRow({ summary, today, onOpen, onDuplicate, onDelete }: AssessmentRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const overdue = summary.nextReviewDate !== '' && summary.nextReviewDate < today;
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button row-title" onClick={onOpen}>
          {summary.title}
        </button>
      </th>
      <td>{summary.importer || none}</td>
      <td>{summary.destination ? countryName(summary.destination, language) : none}</td>
      <td>
        <span className={`badge badge-${summary.status}`}>{t(`home.status.${summary.status}`)}</span>
      </td>
      <td>{formatDateTime(summary.updatedAt, language)}</td>
      <td>
        {summary.nextReviewDate ? formatDate(summary.nextReviewDate, language) : none}
        {overdue && <span className="badge badge-warning badge-inline">{t('home.overdue')}</span>}
      </td>
      <td className="row-actions">
        <button type="button" className="button button-small button-secondary" onClick={onDuplicate}>
          {t('home.duplicate')}
          <span className="visually-hidden"> {summary.title}</span>
        </button>
        <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
          {t('home.delete')}
          <span className="visually-hidden"> {summary.title}</span>
        </button>
      </td>
    </tr>
  );
}
