import { useTranslation } from 'react-i18next';
import { MAX_PAGE_SIZE } from '../../../../shared/portfolio/query';
import { usePortfolio } from '../../stores/portfolio';

const PAGE_SIZES = [25, 50, 100, MAX_PAGE_SIZE];

/** One page of the matching assessments at a time: the table stays quick with thousands of them. */
export function Pagination({ total }: { total: number }) {
  const { t } = useTranslation();
  const { offset, limit } = usePortfolio((state) => state.query);
  const setQuery = usePortfolio((state) => state.setQuery);
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const goTo = (target: number) => setQuery({ offset: (Math.min(Math.max(target, 1), pages) - 1) * limit });

  return (
    <nav className="pagination" aria-label={t('portfolio.pages.label')}>
      <p className="pagination-range">
        {total === 0 ? '' : t('portfolio.pages.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}
      </p>
      <div className="pagination-buttons">
        <button type="button" className="button button-small button-secondary" disabled={page <= 1} onClick={() => goTo(1)}>
          <span aria-hidden="true">«</span> {t('portfolio.pages.first')}
        </button>
        <button type="button" className="button button-small button-secondary" disabled={page <= 1} onClick={() => goTo(page - 1)}>
          <span aria-hidden="true">‹</span> {t('portfolio.pages.previous')}
        </button>
        <span className="pagination-page">
          {t('portfolio.pages.page', { page, pages })}
        </span>
        <button type="button" className="button button-small button-secondary" disabled={page >= pages} onClick={() => goTo(page + 1)}>
          {t('portfolio.pages.next')} <span aria-hidden="true">›</span>
        </button>
        <button type="button" className="button button-small button-secondary" disabled={page >= pages} onClick={() => goTo(pages)}>
          {t('portfolio.pages.last')} <span aria-hidden="true">»</span>
        </button>
      </div>
      <label className="pagination-size">
        {t('portfolio.pages.size')}
        <select value={limit} onChange={(event) => setQuery({ limit: Number(event.target.value) })}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
