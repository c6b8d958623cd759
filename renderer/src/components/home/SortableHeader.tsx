import type { PortfolioQuery, PortfolioSortColumn } from '../../../../shared/portfolio/query';

interface SortableHeaderProps {
  column: PortfolioSortColumn;
  label: string;
  sort: PortfolioQuery['sort'];
  onSort: (column: PortfolioSortColumn) => void;
}

/** A column header that orders the table; aria-sort tells which column orders it now, and which way. */
export function SortableHeader({ column, label, sort, onSort }: SortableHeaderProps) {
  const active = sort.column === column;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={active ? 'is-sorted' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-indicator">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
