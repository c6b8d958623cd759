import { useTranslation } from 'react-i18next';
import { OUTCOMES, TRANSFER_TOOLS } from '../../../../shared/domain/assessment';
import { LIFECYCLE_STATES } from '../../../../shared/history/lifecycle';
import { DUE_SOON_DAYS, type ReviewFilter } from '../../../../shared/portfolio/query';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';
import { usePortfolio } from '../../stores/portfolio';
import { toggled, type ListFilter } from '../../../../shared/portfolio/view-state';
import { CheckboxOptions, FilterMenu, RadioOptions } from './FilterMenu';
import { usePortfolioLabels } from './labels';

/** The filter buttons: status, destination, transfer tool, outcome and review date. */
export function PortfolioFilters() {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePortfolioLabels();
  const query = usePortfolio((state) => state.query);
  const workspace = usePortfolio((state) => state.workspace);
  const setQuery = usePortfolio((state) => state.setQuery);

  const toggle = (filter: ListFilter) => (value: string) => setQuery({ [filter]: toggled(query[filter], value) });
  // The countries that occur in the workspace, and any chosen one that no longer does.
  const countries = [...new Set([...Object.keys(workspace?.byCountry ?? {}), ...query.countries])]
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));

  return (
    <div className="portfolio-filters" role="group" aria-label={t('portfolio.filters.label')}>
      <FilterMenu label={t('portfolio.filters.status')} chosen={query.statuses.length}>
        <CheckboxOptions
          options={LIFECYCLE_STATES.map((code) => ({ value: code, label: labels.status(code) }))}
          chosen={query.statuses}
          onToggle={toggle('statuses')}
        />
      </FilterMenu>
      <FilterMenu label={t('portfolio.filters.country')} chosen={query.countries.length}>
        {countries.length === 0 ? (
          <p className="muted">{t('portfolio.filters.noCountries')}</p>
        ) : (
          <CheckboxOptions options={countries} chosen={query.countries} onToggle={toggle('countries')} />
        )}
      </FilterMenu>
      <FilterMenu label={t('portfolio.filters.tool')} chosen={query.tools.length}>
        <CheckboxOptions
          options={TRANSFER_TOOLS.map((code) => ({ value: code, label: labels.toolName(code) }))}
          chosen={query.tools}
          onToggle={toggle('tools')}
        />
      </FilterMenu>
      <FilterMenu label={t('portfolio.filters.outcome')} chosen={query.outcomes.length}>
        <CheckboxOptions
          options={OUTCOMES.map((code) => ({ value: code, label: labels.outcome(code) }))}
          chosen={query.outcomes}
          onToggle={toggle('outcomes')}
        />
      </FilterMenu>
      <FilterMenu label={t('portfolio.filters.review')} chosen={query.review === null ? 0 : 1}>
        <RadioOptions
          name="portfolio-review"
          options={[
            { value: '', label: t('portfolio.filters.anyReview') },
            { value: 'overdue', label: t('portfolio.review.overdue') },
            { value: 'due-soon', label: t('portfolio.review.dueSoon', { days: DUE_SOON_DAYS }) },
          ]}
          chosen={query.review ?? ''}
          onChoose={(value) => setQuery({ review: value === '' ? null : (value as ReviewFilter) })}
        />
      </FilterMenu>
    </div>
  );
}
