import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS } from '../../../../shared/portfolio/query';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';
import { usePortfolio } from '../../stores/portfolio';
import { hasFilters, withoutFilters, type ListFilter } from '../../../../shared/portfolio/view-state';
import { usePortfolioLabels } from './labels';

interface Chip {
  key: string;
  label: string;
  value: string;
  remove: () => void;
}

/** Every chosen filter value as a chip that removes it, and one button that removes them all. */
export function ActiveFilters() {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePortfolioLabels();
  const query = usePortfolio((state) => state.query);
  const setQuery = usePortfolio((state) => state.setQuery);
  if (!hasFilters(query)) return null;

  const listChips = (filter: ListFilter, label: string, name: (code: string) => string): Chip[] =>
    query[filter].map((code) => ({
      key: `${filter}:${code}`,
      label,
      value: name(code),
      remove: () => setQuery({ [filter]: query[filter].filter((item) => item !== code) }),
    }));
  const chips: Chip[] = [
    ...listChips('statuses', t('portfolio.filters.status'), labels.status),
    ...listChips('countries', t('portfolio.filters.country'), (code) => countryName(code, language)),
    ...listChips('tools', t('portfolio.filters.tool'), labels.tool),
    ...listChips('outcomes', t('portfolio.filters.outcome'), labels.outcome),
  ];
  if (query.review !== null) {
    chips.push({
      key: 'review',
      label: t('portfolio.filters.review'),
      value: query.review === 'overdue' ? t('portfolio.review.overdue') : t('portfolio.review.dueSoon', { days: DUE_SOON_DAYS }),
      remove: () => setQuery({ review: null }),
    });
  }

  return (
    <ul className="active-filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="filter-chip"
            aria-label={t('portfolio.filters.remove', { label: chip.label, value: chip.value })}
            onClick={chip.remove}
          >
            {chip.value}
            <span aria-hidden="true" className="filter-chip-remove">
              ×
            </span>
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="button button-small button-quiet" onClick={() => setQuery(withoutFilters(query))}>
          {t('portfolio.filters.clear')}
        </button>
      </li>
    </ul>
  );
}
