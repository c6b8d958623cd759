import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import type { PortfolioColumns } from './portfolio-columns';
import { foldForSearch } from '../../../shared/portfolio/query';
import { searchBody } from './search-text';

/**
 * Keeps the portfolio's search table and country table in step with one assessment row; called in the transaction
 * that writes the row. The full-text row is found through `assessments.search_rowid` rather than the assessment's own
 * rowid, because `VACUUM` (and so every backup) may renumber the rowids of a table without an INTEGER PRIMARY KEY.
 */
export interface PortfolioIndexWriter {
  write(assessment: Assessment, columns: PortfolioColumns): void;
  /** Before the assessment row itself is deleted. */
  remove(id: string): void;
}

export function createPortfolioIndexWriter(db: Database.Database): PortfolioIndexWriter {
  const statements = {
    searchRowid: db.prepare<[string], { search_rowid: number | null }>('SELECT search_rowid FROM assessments WHERE id = ?'),
    setSearchRowid: db.prepare<[number | bigint, string]>('UPDATE assessments SET search_rowid = ? WHERE id = ?'),
    insertText: db.prepare<[string, string, string]>('INSERT INTO assessments_fts (assessment_id, title, body) VALUES (?, ?, ?)'),
    updateText: db.prepare<[string, string, number]>('UPDATE assessments_fts SET title = ?, body = ? WHERE rowid = ?'),
    deleteText: db.prepare<[number]>('DELETE FROM assessments_fts WHERE rowid = ?'),
    deleteCountries: db.prepare<[string]>('DELETE FROM assessment_countries WHERE assessment_id = ?'),
    insertCountry: db.prepare<[string, string]>('INSERT INTO assessment_countries (assessment_id, country) VALUES (?, ?)'),
  };
  return {
    write(assessment, columns) {
      // Folded before indexing (see foldForSearch); the table is only searched, never shown.
      const body = foldForSearch(searchBody(assessment));
      const title = foldForSearch(assessment.title);
      const existing = statements.searchRowid.get(assessment.id)?.search_rowid ?? null;
      const updated = existing !== null && statements.updateText.run(title, body, existing).changes > 0;
      if (!updated) {
        const inserted = statements.insertText.run(assessment.id, title, body);
        statements.setSearchRowid.run(inserted.lastInsertRowid, assessment.id);
      }
      statements.deleteCountries.run(assessment.id);
      for (const country of columns.countries) statements.insertCountry.run(assessment.id, country);
    },
    remove(id) {
      const existing = statements.searchRowid.get(id)?.search_rowid ?? null;
      if (existing !== null) statements.deleteText.run(existing);
      statements.deleteCountries.run(id);
    },
  };
}
