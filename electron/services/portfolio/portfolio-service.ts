import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import {
  DUE_SOON_DAYS,
  MAX_PAGE_SIZE,
  addDays,
  ftsMatchExpression,
  portfolioQuerySchema,
  type PortfolioPage,
  type PortfolioQuery,
  type PortfolioRow,
  type PortfolioSortColumn,
  type SavedView,
} from '../../../shared/portfolio/query';
import type { PortfolioService } from '../types';

export interface PortfolioServiceDeps {
  now: () => Date;
  newId: () => string;
}

interface StoredRow {
  id: string;
  title: string;
  status: string;
  outcome: string;
  importer: string;
  countries: string;
  tools: string;
  residual_risk: number | null;
  assessor: string;
  approver: string;
  next_review_date: string;
  updated_at: string;
}

type Parameter = string | number;

/** Column expressions by sort key; only these fixed texts ever reach the SQL, never the user's. */
function sortExpressions(statusColumn: string): Record<PortfolioSortColumn, string> {
  return {
    title: 'a.title COLLATE NOCASE',
    status: `a.${statusColumn}`,
    outcome: 'a.outcome',
    importer: 'a.importer COLLATE NOCASE',
    residualRisk: 'a.residual_risk',
    nextReviewDate: 'a.next_review_date',
    updatedAt: 'a.updated_at',
  };
}

/** Rows without a value (no date, no residual risk) come last in either direction: they are not "earliest". */
const EMPTY_LAST: Partial<Record<PortfolioSortColumn, string>> = {
  nextReviewDate: "a.next_review_date = ''",
  residualRisk: 'a.residual_risk IS NULL',
  outcome: "a.outcome = ''",
};

function splitList(value: string, separator: string): string[] {
  return value === '' ? [] : value.split(separator);
}

function toRow(row: StoredRow): PortfolioRow {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    outcome: row.outcome,
    importer: row.importer,
    countries: splitList(row.countries, ', '),
    tools: splitList(row.tools, ','),
    residualRisk: row.residual_risk,
    assessor: row.assessor,
    approver: row.approver,
    nextReviewDate: row.next_review_date,
    updatedAt: row.updated_at,
  };
}

function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((row) => row.name === column);
}

export function createPortfolioService(db: Database.Database, deps: PortfolioServiceDeps): PortfolioService {
  // The lifecycle column, where the schema has it, is the status the user works with; before it, the derived one.
  const statusColumn = hasColumn(db, 'assessments', 'lifecycle') ? 'lifecycle' : 'status';
  const sortBy = sortExpressions(statusColumn);
  const prepared = new Map<string, Database.Statement>();
  const statement = (sql: string): Database.Statement => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  };

  /** The WHERE clause of a query and its parameters; lists travel as one JSON parameter each. */
  function filter(query: PortfolioQuery, today: string): { where: string; parameters: Parameter[] } {
    const conditions: string[] = [];
    const parameters: Parameter[] = [];
    const match = ftsMatchExpression(query.text);
    if (match !== null) {
      conditions.push('a.search_rowid IN (SELECT rowid FROM assessments_fts WHERE assessments_fts MATCH ?)');
      parameters.push(match);
    }
    if (query.statuses.length > 0) {
      conditions.push(`a.${statusColumn} IN (SELECT value FROM json_each(?))`);
      parameters.push(JSON.stringify(query.statuses));
    }
    if (query.outcomes.length > 0) {
      conditions.push('a.outcome IN (SELECT value FROM json_each(?))');
      parameters.push(JSON.stringify(query.outcomes));
    }
    if (query.countries.length > 0) {
      conditions.push('a.id IN (SELECT assessment_id FROM assessment_countries WHERE country IN (SELECT value FROM json_each(?)))');
      parameters.push(JSON.stringify(query.countries));
    }
    if (query.tools.length > 0) {
      conditions.push("EXISTS (SELECT 1 FROM json_each(?) AS t WHERE instr(',' || a.tools || ',', ',' || t.value || ',') > 0)");
      parameters.push(JSON.stringify(query.tools));
    }
    // An archived assessment is out of use: its review is no longer due.
    if (query.review === 'overdue') {
      conditions.push(`a.${statusColumn} <> 'archived' AND a.next_review_date <> '' AND a.next_review_date < ?`);
      parameters.push(today);
    } else if (query.review === 'due-soon') {
      conditions.push(`a.${statusColumn} <> 'archived' AND a.next_review_date >= ? AND a.next_review_date <= ?`);
      parameters.push(today, addDays(today, DUE_SOON_DAYS));
    }
    return { where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', parameters };
  }

  function orderBy(query: PortfolioQuery): string {
    const direction = query.sort.direction === 'asc' ? 'ASC' : 'DESC';
    const emptyLast = EMPTY_LAST[query.sort.column];
    return `${emptyLast ? `${emptyLast}, ` : ''}${sortBy[query.sort.column]} ${direction}, a.id ${direction}`;
  }

  /** The rows of these ids, in their order. */
  function rowsOf(ids: readonly string[]): StoredRow[] {
    const fetched = statement(
      `SELECT a.id, a.title, a.${statusColumn} AS status, a.outcome, a.importer, a.countries, a.tools, a.residual_risk,
         a.assessor, a.approver, a.next_review_date, a.updated_at
       FROM assessments a WHERE a.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as StoredRow[];
    const byId = new Map(fetched.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  function page(query: PortfolioQuery, today: string): PortfolioPage {
    const { where, parameters } = filter(query, today);
    // The order and the page first, then the page's rows: the columns after the document would otherwise be read for
    // every matching row before the sort, walking each document's overflow pages.
    const ids = statement(`SELECT a.id FROM assessments a ${where} ORDER BY ${orderBy(query)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...parameters, query.limit, query.offset) as string[];
    const rows = rowsOf(ids);
    const soon = addDays(today, DUE_SOON_DAYS);
    const byStatusRows = statement(
      `SELECT a.${statusColumn} AS key, count(*) AS n,
         sum(a.${statusColumn} <> 'archived' AND a.next_review_date <> '' AND a.next_review_date < ?) AS overdue,
         sum(a.${statusColumn} <> 'archived' AND a.next_review_date >= ? AND a.next_review_date <= ?) AS due_soon
       FROM assessments a ${where} GROUP BY a.${statusColumn}`,
    ).all(today, today, soon, ...parameters) as { key: string; n: number; overdue: number; due_soon: number }[];
    const byCountryRows = statement(
      where === ''
        ? 'SELECT country AS key, count(*) AS n FROM assessment_countries GROUP BY country'
        : // A subquery rather than a join: the join would look each row up in the table, not in the covering index.
          `SELECT country AS key, count(*) AS n FROM assessment_countries
           WHERE assessment_id IN (SELECT a.id FROM assessments a ${where}) GROUP BY country`,
    ).all(...parameters) as { key: string; n: number }[];
    const byStatus: Record<string, number> = {};
    let total = 0;
    let overdue = 0;
    let dueSoon = 0;
    for (const row of byStatusRows) {
      byStatus[row.key] = row.n;
      total += row.n;
      overdue += row.overdue;
      dueSoon += row.due_soon;
    }
    const byCountry = Object.fromEntries(byCountryRows.map((row) => [row.key, row.n]));
    return { rows: rows.map(toRow), total, counts: { byStatus, byCountry, overdue, dueSoon } };
  }

  const views = {
    list: db.prepare<[], { id: string; name: string; query: string; created_at: string }>(
      'SELECT id, name, query, created_at FROM saved_views ORDER BY name COLLATE NOCASE, created_at',
    ),
    upsert: db.prepare<[string, string, string, string]>(
      `INSERT INTO saved_views (id, name, query, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, query = excluded.query`,
    ),
    get: db.prepare<[string], { id: string; name: string; query: string; created_at: string }>(
      'SELECT id, name, query, created_at FROM saved_views WHERE id = ?',
    ),
    delete: db.prepare<[string]>('DELETE FROM saved_views WHERE id = ?'),
  };

  const toView = (row: { id: string; name: string; query: string; created_at: string }): SavedView | null => {
    // A view saved by another version may no longer fit the query format; it is left out rather than breaking the list.
    const parsed = portfolioQuerySchema.safeParse(JSON.parse(row.query));
    return parsed.success ? { id: row.id, name: row.name, query: parsed.data, createdAt: row.created_at } : null;
  };

  /**
   * Every row the query matches, in its order, without counts: one ordering, then the rows a batch at a time, all in
   * one read transaction so that no write lands between two batches.
   */
  const everyRow = db.transaction((query: PortfolioQuery, today: string): PortfolioRow[] => {
    const { where, parameters } = filter(query, today);
    const ids = statement(`SELECT a.id FROM assessments a ${where} ORDER BY ${orderBy(query)}`).pluck().all(...parameters) as string[];
    const rows: PortfolioRow[] = [];
    for (let start = 0; start < ids.length; start += MAX_PAGE_SIZE) rows.push(...rowsOf(ids.slice(start, start + MAX_PAGE_SIZE)).map(toRow));
    return rows;
  });

  return {
    query(query, today = deps.now().toISOString().slice(0, 10)) {
      return page(portfolioQuerySchema.parse(query), today);
    },
    allRows(query, today = deps.now().toISOString().slice(0, 10)) {
      return everyRow.deferred(portfolioQuerySchema.parse(query), today);
    },
    listViews() {
      return views.list.all().flatMap((row) => toView(row) ?? []);
    },
    saveView({ id, name, query }) {
      const viewId = id ?? deps.newId();
      views.upsert.run(viewId, name.trim(), JSON.stringify(portfolioQuerySchema.parse(query)), deps.now().toISOString());
      const saved = views.get.get(viewId);
      const view = saved ? toView(saved) : null;
      if (!view) throw new AppFailure('DATABASE_ERROR', 'The saved view could not be read back.');
      return view;
    },
    deleteView(id) {
      if (views.delete.run(id).changes === 0) throw new AppFailure('NOT_FOUND', `No saved view with id ${id}.`);
      return { id };
    },
  };
}
