import { useTranslation } from 'react-i18next';
import { LIFECYCLE_STATES } from '../../../../shared/history/lifecycle';
import { DUE_SOON_DAYS, type PortfolioPage, type ReviewFilter } from '../../../../shared/portfolio/query';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';
import { usePortfolio } from '../../stores/portfolio';
import { toggled } from '../../../../shared/portfolio/view-state';
import { usePortfolioLabels } from './labels';
import { useCountFormat } from './numbers';

/** Destinations beyond these are reached through the Destination filter. */
const SHOWN_COUNTRIES = 8;

interface SummaryChipProps {
  label: string;
  count: number;
  pressed: boolean;
  tone?: string;
  onClick: () => void;
}

function SummaryChip({ label, count, pressed, tone, onClick }: SummaryChipProps) {
  const formatCount = useCountFormat();
  return (
    <button type="button" className={`summary-chip${tone ? ` ${tone}` : ''}`} aria-pressed={pressed} onClick={onClick}>
      <span className="summary-chip-label">{label}</span> <span className="summary-chip-count">{formatCount(count)}</span>
    </button>
  );
}

/**
 * The matching assessments counted by status, review date and destination. Every count is also a filter: a click
 * adds its value, a second click takes it away.
 */
export function PortfolioSummary({ page }: { page: PortfolioPage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePortfolioLabels();
  const query = usePortfolio((state) => state.query);
  const setQuery = usePortfolio((state) => state.setQuery);
  const { byStatus, byCountry, overdue, dueSoon } = page.counts;

  const statuses = [...LIFECYCLE_STATES, ...Object.keys(byStatus).filter((code) => !(LIFECYCLE_STATES as readonly string[]).includes(code))];
  const countries = Object.entries(byCountry)
    .map(([code, count]) => ({ code, count, name: countryName(code, language) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, language));
  // A chosen country stays in view even when it is not among the most frequent.
  const shown = countries.filter((country, index) => index < SHOWN_COUNTRIES || query.countries.includes(country.code));
  const hidden = countries.length - shown.length;
  const toggleReview = (review: ReviewFilter) => setQuery({ review: query.review === review ? null : review });

  return (
    <section className="portfolio-summary" aria-label={t('portfolio.summary.label')}>
      <p className="portfolio-total" aria-live="polite">
        {t('portfolio.summary.total', { count: page.total })}
      </p>
      <div className="summary-group" role="group" aria-label={t('portfolio.summary.byStatus')}>
        {statuses.map((code) => (
          <SummaryChip
            key={code}
            label={labels.status(code)}
            count={byStatus[code] ?? 0}
            pressed={query.statuses.includes(code)}
            onClick={() => setQuery({ statuses: toggled(query.statuses, code) })}
          />
        ))}
      </div>
      <div className="summary-group" role="group" aria-label={t('portfolio.summary.reviews')}>
        <SummaryChip
          label={t('portfolio.review.overdue')}
          count={overdue}
          tone="summary-chip-overdue"
          pressed={query.review === 'overdue'}
          onClick={() => toggleReview('overdue')}
        />
        <SummaryChip
          label={t('portfolio.review.dueSoon', { days: DUE_SOON_DAYS })}
          count={dueSoon}
          tone="summary-chip-due-soon"
          pressed={query.review === 'due-soon'}
          onClick={() => toggleReview('due-soon')}
        />
      </div>
      {countries.length > 0 && (
        <div className="summary-group" role="group" aria-label={t('portfolio.summary.byCountry')}>
          {shown.map((country) => (
            <SummaryChip
              key={country.code}
              label={country.name}
              count={country.count}
              pressed={query.countries.includes(country.code)}
              onClick={() => setQuery({ countries: toggled(query.countries, country.code) })}
            />
          ))}
          {hidden > 0 && <span className="muted summary-more">{t('portfolio.summary.moreCountries', { count: hidden })}</span>}
        </div>
      )}
    </section>
  );
}
