import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS } from '../../../../shared/portfolio/query';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';

const DAY_MS = 86_400_000;

function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** The next review date; an overdue or soon due one says so in words beside its colour (never an archived one's). */
export function ReviewDate({ date, today, archived = false }: { date: string; today: string; archived?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (date === '') return <span className="muted">{t('common.none')}</span>;
  const days = daysFrom(today, date);
  const formatted = formatDate(date, language);
  if (archived) return <span className="review-date">{formatted}</span>;
  if (days < 0) {
    return (
      <span className="review-date review-overdue">
        {formatted} <span className="badge badge-overdue">{t('portfolio.review.overdue')}</span>
      </span>
    );
  }
  if (days <= DUE_SOON_DAYS) {
    return (
      <span className="review-date review-due-soon">
        {formatted}{' '}
        <span className="badge badge-due-soon">{days === 0 ? t('portfolio.review.dueToday') : t('portfolio.review.dueIn', { count: days })}</span>
      </span>
    );
  }
  return <span className="review-date">{formatted}</span>;
}
