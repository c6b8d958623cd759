import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/domain/assessment';
import { todayIso } from '../../lib/format';
import { AssessmentRow } from './AssessmentRow';

interface AssessmentTableProps {
  items: AssessmentSummary[];
  onOpen: (id: string) => void;
  onDuplicate: (summary: AssessmentSummary) => void;
  onDelete: (summary: AssessmentSummary) => void;
}

export function AssessmentTable({ items, onOpen, onDuplicate, onDelete }: AssessmentTableProps) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">{t('home.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('home.columns.title')}</th>
            <th scope="col">{t('home.columns.importer')}</th>
            <th scope="col">{t('home.columns.destination')}</th>
            <th scope="col">{t('home.columns.status')}</th>
            <th scope="col">{t('home.columns.updated')}</th>
            <th scope="col">{t('home.columns.nextReview')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('home.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((summary) => (
            <AssessmentRow
              key={summary.id}
              summary={summary}
              today={today}
              onOpen={() => onOpen(summary.id)}
              onDuplicate={() => onDuplicate(summary)}
              onDelete={() => onDelete(summary)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
