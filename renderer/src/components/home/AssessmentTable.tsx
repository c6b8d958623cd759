import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioQuery, PortfolioRow, PortfolioSortColumn } from '../../../../shared/portfolio/query';
import { AssessmentRow } from './AssessmentRow';
import { SortableHeader } from './SortableHeader';

interface AssessmentTableProps {
  rows: PortfolioRow[];
  today: string;
  sort: PortfolioQuery['sort'];
  onSort: (column: PortfolioSortColumn) => void;
  onOpen: (id: string) => void;
  onDuplicate: (row: PortfolioRow) => void;
  onDelete: (row: PortfolioRow) => void;
  /** ↑ on the first row leaves the table (to the search box). */
  onLeaveTop: () => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * ↑ and ↓ (Home, End) move the focus from row to row, keeping to the same control (title, Duplicate, Delete);
 * Enter on a title opens it, as a button does.
 */
function moveBetweenRows(event: KeyboardEvent<HTMLTableSectionElement>, onLeaveTop: () => void) {
  const move = MOVES[event.key];
  if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  const row = target.closest('tr');
  if (!row) return;
  const rows = Array.from(event.currentTarget.rows);
  const index = rows.indexOf(row);
  const next = move(index, rows.length);
  event.preventDefault();
  if (next < 0) {
    onLeaveTop();
    return;
  }
  const nextRow = rows[Math.min(next, rows.length - 1)];
  if (!nextRow || nextRow === row) return;
  const position = Math.max(0, Array.from(row.querySelectorAll('button')).indexOf(target as HTMLButtonElement));
  const controls = nextRow.querySelectorAll('button');
  (controls[position] ?? controls[0])?.focus();
}

export function AssessmentTable({ rows, today, sort, onSort, onOpen, onDuplicate, onDelete, onLeaveTop }: AssessmentTableProps) {
  const { t } = useTranslation();
  const header = (column: PortfolioSortColumn, label: string) => (
    <SortableHeader column={column} label={label} sort={sort} onSort={onSort} />
  );
  return (
    <div className="table-frame portfolio-table-frame">
      <table className="data-table portfolio-table">
        <caption className="visually-hidden">{t('home.tableCaption')}</caption>
        <thead>
          <tr>
            {header('title', t('portfolio.columns.title'))}
            {header('status', t('portfolio.columns.status'))}
            {header('outcome', t('portfolio.columns.outcome'))}
            {header('importer', t('portfolio.columns.importer'))}
            <th scope="col">{t('portfolio.columns.destinations')}</th>
            <th scope="col">{t('portfolio.columns.tools')}</th>
            {header('residualRisk', t('portfolio.columns.residualRisk'))}
            <th scope="col">{t('portfolio.columns.assessor')}</th>
            <th scope="col">{t('portfolio.columns.approver')}</th>
            {header('nextReviewDate', t('portfolio.columns.nextReview'))}
            <th scope="col">
              <span className="visually-hidden">{t('portfolio.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody onKeyDown={(event) => moveBetweenRows(event, onLeaveTop)}>
          {rows.map((row) => (
            <AssessmentRow
              key={row.id}
              row={row}
              today={today}
              onOpen={() => onOpen(row.id)}
              onDuplicate={() => onDuplicate(row)}
              onDelete={() => onDelete(row)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
