import type Database from 'better-sqlite3';
import { assessmentSchema, type Assessment } from '../../../shared/domain/assessment';
import { describeIssues } from '../../../shared/domain/interchange';
import { AppFailure } from '../../../shared/domain/result';
import { templateDocument, type TemplateInfo } from '../../../shared/templates/template';
import type { AssessmentStore, TemplateService } from '../types';

export interface TemplateServiceDeps {
  now: () => Date;
  newId: () => string;
  /** New assessments from a template are written, linked and recorded as any other new assessment. */
  assessments: AssessmentStore;
}

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  created_at: string;
  updated_at: string;
}

const toInfo = (row: TemplateRow): TemplateInfo => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createTemplateService(db: Database.Database, deps: TemplateServiceDeps): TemplateService {
  const statements = {
    list: db.prepare<[], TemplateRow>(
      'SELECT id, name, description, created_at, updated_at FROM templates ORDER BY name COLLATE NOCASE, created_at',
    ),
    get: db.prepare<[string], TemplateRow & { document: string }>('SELECT * FROM templates WHERE id = ?'),
    insert: db.prepare<TemplateRow & { document: string }>(
      `INSERT INTO templates (id, name, description, document, created_at, updated_at)
       VALUES (@id, @name, @description, @document, @created_at, @updated_at)`,
    ),
    delete: db.prepare<[string]>('DELETE FROM templates WHERE id = ?'),
  };

  /**
   * The stored document, checked against the current format. A template kept by an earlier version that no longer
   * fits is reported rather than turned into a broken assessment.
   */
  function storedDocument(row: { id: string; document: string }): Assessment {
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.document);
    } catch (error) {
      throw new AppFailure('DATABASE_ERROR', `The stored template ${row.id} is not valid JSON: ${(error as Error).message}`);
    }
    const checked = assessmentSchema.safeParse(parsed);
    if (!checked.success) throw new AppFailure('DATABASE_ERROR', `The stored template ${row.id} is damaged.`, describeIssues(checked.error));
    return checked.data;
  }

  return {
    list() {
      return statements.list.all().map(toInfo);
    },
    saveAsTemplate(assessmentId, name, description) {
      const source = deps.assessments.get(assessmentId);
      const id = deps.newId();
      const at = deps.now().toISOString();
      const row = { id, name: name.trim(), description: description.trim(), created_at: at, updated_at: at };
      const document = templateDocument(source, { id, name: row.name, now: at });
      statements.insert.run({ ...row, document: JSON.stringify(assessmentSchema.parse(document)) });
      return toInfo(row);
    },
    delete(id) {
      if (statements.delete.run(id).changes === 0) throw new AppFailure('NOT_FOUND', `No template with id ${id}.`);
      return { id };
    },
    createFromTemplate(templateId, title) {
      const row = statements.get.get(templateId);
      if (!row) throw new AppFailure('NOT_FOUND', `No template with id ${templateId}.`);
      return deps.assessments.createFromTemplate({ id: row.id, name: row.name, document: storedDocument(row) }, title);
    },
  };
}
