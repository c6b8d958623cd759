import { useTranslation } from 'react-i18next';

interface HistoryPaginationProps {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
}

/**
 * Newer and older pages of the audit log; the newest entries come first, so "newer" goes back towards the start.
 * A button that has no page to go to is marked unavailable rather than disabled, so that it keeps the keyboard focus
 * after the last page was reached with it.
 */
export function HistoryPagination({ offset, limit, total, onOffset }: HistoryPaginationProps) {
  const { t } = useTranslation();
  const hasNewer = offset > 0;
  const hasOlder = offset + limit < total;
  const pageButton = (available: boolean) => ({
    type: 'button' as const,
    className: `button button-small button-secondary${available ? '' : ' is-disabled'}`,
    'aria-disabled': !available,
  });
  return (
    <nav className="pagination" aria-label={t('history.log.pages.label')}>
      <p className="pagination-range">{t('history.log.pages.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}</p>
      <div className="pagination-buttons">
        <button {...pageButton(hasNewer)} onClick={() => hasNewer && onOffset(Math.max(0, offset - limit))}>
          <span aria-hidden="true">‹</span> {t('history.log.pages.newer')}
        </button>
        <button {...pageButton(hasOlder)} onClick={() => hasOlder && onOffset(offset + limit)}>
          {t('history.log.pages.older')} <span aria-hidden="true">›</span>
        </button>
      </div>
    </nav>
  );
}
