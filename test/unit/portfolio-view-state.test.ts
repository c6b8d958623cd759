import { describe, expect, it } from 'vitest';
import { defaultPortfolioQuery } from '../../shared/portfolio/query';
import { hasFilters, nextSort, sameView, toggled, withoutFilters } from '../../shared/portfolio/view-state';

describe('the home screen’s query state', () => {
  it('toggles a value in and out of a filter list, keeping the others in their order', () => {
    expect(toggled(['US', 'IN'], 'BR')).toEqual(['US', 'IN', 'BR']);
    expect(toggled(['US', 'IN', 'BR'], 'IN')).toEqual(['US', 'BR']);
  });

  it('knows a query with filters from one without, and clears the filters but keeps the order and page size', () => {
    const base = defaultPortfolioQuery();
    expect(hasFilters(base)).toBe(false);
    expect(hasFilters({ ...base, text: '   ' })).toBe(false);
    expect(hasFilters({ ...base, text: 'lodz' })).toBe(true);
    expect(hasFilters({ ...base, review: 'overdue' })).toBe(true);
    const filtered = { ...base, countries: ['US'], tools: ['scc'], offset: 100, limit: 25, sort: { column: 'title', direction: 'desc' } as const };
    expect(withoutFilters(filtered)).toEqual({ ...base, limit: 25, sort: { column: 'title', direction: 'desc' } });
  });

  it('matches a saved view whatever page is shown and in whatever order the values were chosen', () => {
    const view = { ...defaultPortfolioQuery(), statuses: ['draft', 'in-review'], countries: ['US'] };
    expect(sameView(view, { ...view, statuses: ['in-review', 'draft'], offset: 150 })).toBe(true);
    expect(sameView(view, { ...view, limit: 100 })).toBe(false);
    expect(sameView(view, { ...view, sort: { column: 'nextReviewDate', direction: 'desc' } })).toBe(false);
    expect(sameView(view, { ...view, countries: [] })).toBe(false);
  });

  it('turns the order on a second click and starts a new column in its natural direction', () => {
    const byReview = { column: 'nextReviewDate', direction: 'asc' } as const;
    expect(nextSort(byReview, 'nextReviewDate')).toEqual({ column: 'nextReviewDate', direction: 'desc' });
    expect(nextSort({ column: 'nextReviewDate', direction: 'desc' }, 'nextReviewDate')).toEqual(byReview);
    expect(nextSort(byReview, 'title')).toEqual({ column: 'title', direction: 'asc' });
    expect(nextSort(byReview, 'residualRisk')).toEqual({ column: 'residualRisk', direction: 'desc' });
  });
});
