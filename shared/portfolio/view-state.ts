/** What the home screen does with a portfolio query as the user changes it: filters, order and saved views. */
import type { PortfolioQuery, PortfolioSortColumn } from './query';

/** The filters of a query that take a list of values. */
export type ListFilter = 'statuses' | 'countries' | 'tools' | 'outcomes';

export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export function hasFilters(query: PortfolioQuery): boolean {
  return (
    query.text.trim() !== '' ||
    query.statuses.length > 0 ||
    query.countries.length > 0 ||
    query.tools.length > 0 ||
    query.outcomes.length > 0 ||
    query.review !== null
  );
}

export function withoutFilters(query: PortfolioQuery): PortfolioQuery {
  return { ...query, text: '', statuses: [], countries: [], tools: [], outcomes: [], review: null, offset: 0 };
}

/** What a saved view keeps: everything but the page the user happened to be on. */
function viewKey(query: PortfolioQuery): string {
  const sorted = (values: readonly string[]) => [...values].sort();
  return JSON.stringify([
    query.text.trim(),
    sorted(query.statuses),
    sorted(query.countries),
    sorted(query.tools),
    sorted(query.outcomes),
    query.review,
    query.sort.column,
    query.sort.direction,
    query.limit,
  ]);
}

export function sameView(a: PortfolioQuery, b: PortfolioQuery): boolean {
  return viewKey(a) === viewKey(b);
}

/** Dates and figures read best latest or largest first; names and states from A. */
const FIRST_DIRECTION: Record<PortfolioSortColumn, 'asc' | 'desc'> = {
  title: 'asc',
  status: 'asc',
  outcome: 'asc',
  importer: 'asc',
  residualRisk: 'desc',
  nextReviewDate: 'asc',
  updatedAt: 'desc',
};

/** The order after a click on a column's header: the other direction on the same column, else its first one. */
export function nextSort(current: PortfolioQuery['sort'], column: PortfolioSortColumn): PortfolioQuery['sort'] {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: FIRST_DIRECTION[column] };
}
