import type Database from 'better-sqlite3';
import { assessmentSchema } from '../../../shared/domain/assessment';
import { portfolioColumns } from './portfolio-columns';
import { createPortfolioIndexWriter } from './portfolio-index';

/**
 * The portfolio's columns, the destination-country table, the full-text table and saved views, filled for every
 * stored assessment. The residual risk needs the law library, which a migration does not have: rows are marked
 * `portfolio_stale` and the store recomputes them when it opens the database. A document that does not parse is
 * left out of the index; the store reports it as damaged when it is opened.
 */
export function migratePortfolioSearch(db: Database.Database): void {
  db.exec(`
    ALTER TABLE assessments ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN tools TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN residual_risk REAL;
    ALTER TABLE assessments ADD COLUMN assessor TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN approver TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN countries TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN search_rowid INTEGER;
    ALTER TABLE assessments ADD COLUMN portfolio_stale INTEGER NOT NULL DEFAULT 0;
    CREATE UNIQUE INDEX assessments_search_rowid ON assessments (search_rowid);
    CREATE INDEX assessments_title ON assessments (title COLLATE NOCASE);
    CREATE INDEX assessments_importer ON assessments (importer COLLATE NOCASE);
    CREATE INDEX assessments_outcome ON assessments (outcome);
    CREATE INDEX assessments_residual_risk ON assessments (residual_risk);
    CREATE INDEX assessments_stale ON assessments (portfolio_stale) WHERE portfolio_stale = 1;
    CREATE TABLE assessment_countries (
      assessment_id TEXT NOT NULL,
      country TEXT NOT NULL,
      PRIMARY KEY (assessment_id, country)
    ) WITHOUT ROWID;
    CREATE INDEX assessment_countries_country ON assessment_countries (country, assessment_id);
    CREATE VIRTUAL TABLE assessments_fts USING fts5(
      assessment_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE saved_views (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      query TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
  `);
  // Covers what filters, counts and the default order read, so that they never walk the documents' overflow pages
  // (every column added here is stored after the document). The lifecycle status joins it where the schema has it.
  const hasLifecycle = (db.prepare('PRAGMA table_info(assessments)').all() as { name: string }[]).some((c) => c.name === 'lifecycle');
  db.exec(
    `CREATE INDEX assessments_portfolio ON assessments (${hasLifecycle ? 'lifecycle, ' : ''}status, next_review_date, outcome, tools,
       residual_risk, id, search_rowid)`,
  );
  const rows = db.prepare<[], { id: string; document: string }>('SELECT id, document FROM assessments').all();
  const update = db.prepare(
    `UPDATE assessments SET outcome = @outcome, tools = @tools, assessor = @assessor, approver = @approver,
       countries = @countries, portfolio_stale = 1 WHERE id = @id`,
  );
  const index = createPortfolioIndexWriter(db);
  for (const row of rows) {
    let stored: unknown;
    try {
      stored = JSON.parse(row.document);
    } catch {
      continue;
    }
    const parsed = assessmentSchema.safeParse(stored);
    if (!parsed.success) continue;
    const columns = portfolioColumns(parsed.data, null);
    update.run({ ...columns, countries: columns.countries.join(', '), id: row.id });
    index.write(parsed.data, columns);
  }
}
