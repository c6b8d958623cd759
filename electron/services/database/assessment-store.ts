import type Database from 'better-sqlite3';
import {
  LIMITS,
  assessmentSchema,
  createEmptyAssessment,
  type Assessment,
  type AssessmentStatus,
  type AssessmentSummary,
} from '../../../shared/domain/assessment';
import { describeIssues, parseInterchange, serializeInterchange } from '../../../shared/domain/interchange';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { AppFailure } from '../../../shared/domain/result';
import type { AssessmentStore } from '../types';
import { exportFileName } from '../file-name';
import { hasPdfHeader } from '../pdf-reader/pdf-syntax';
import { findEmbeddedAssessment } from '../report/embedded-assessment';
import { summaryColumns } from './summary';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { completenessContext } from '../../../shared/wizard/completeness';

export interface AssessmentStoreDeps {
  now: () => Date;
  newId: () => string;
  /** The status on the home screen depends on the pre-checks, which need the law library (adequacy, DPF). */
  lawLibrary: () => LawLibrary;
}

interface SummaryRow {
  id: string;
  title: string;
  importer: string;
  destination: string;
  status: AssessmentStatus;
  updated_at: string;
  next_review_date: string;
}

interface AssessmentRow {
  id: string;
  title: string;
  importer: string;
  destination: string;
  status: AssessmentStatus;
  next_review_date: string;
  created_at: string;
  updated_at: string;
  document: string;
}

const COPY_SUFFIX = ' (copy)';

/** Imported files may write timestamps with any precision; the column holds one form so that sorting by it is sound. */
function sortableTimestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}

function toRow(assessment: Assessment, library: LawLibrary, today: string): AssessmentRow {
  const summary = summaryColumns(assessment, completenessContext(assessment, evaluateAssessment(assessment, library, today)));
  return {
    id: assessment.id,
    title: assessment.title,
    importer: summary.importer,
    destination: summary.destination,
    status: summary.status,
    next_review_date: summary.nextReviewDate,
    created_at: sortableTimestamp(assessment.createdAt),
    updated_at: sortableTimestamp(assessment.updatedAt),
    document: JSON.stringify(assessment),
  };
}

function toSummary(row: SummaryRow): AssessmentSummary {
  return {
    id: row.id,
    title: row.title,
    importer: row.importer,
    destination: row.destination,
    status: row.status,
    updatedAt: row.updated_at,
    nextReviewDate: row.next_review_date,
  };
}

function validate(candidate: unknown): Assessment {
  const parsed = assessmentSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new AppFailure('INVALID_ASSESSMENT', 'The assessment does not match the assessment format.', describeIssues(parsed.error));
  }
  return parsed.data;
}

/** The `.dtia.json` a report PDF carries, or the failure that tells the user why there is none. */
function embeddedAssessmentText(pdf: Buffer): string {
  if (!hasPdfHeader(pdf)) throw new AppFailure('NOT_A_PDF', 'The file is not a PDF.');
  const found = findEmbeddedAssessment(pdf);
  switch (found.kind) {
    case 'found':
      return found.file.content;
    case 'too-large':
      throw new AppFailure('TOO_LARGE', `The assessment attached to the PDF is larger than ${LIMITS.importBytes / (1024 * 1024)} MB.`);
    case 'unreadable':
      throw new AppFailure('NO_EMBEDDED_ASSESSMENT', 'The assessment attached to the PDF is damaged and cannot be read.');
    case 'absent':
      throw new AppFailure(
        'NO_EMBEDDED_ASSESSMENT',
        'The PDF carries no assessment data. Reports exported from DTIA Studio do; import such a report or the .dtia.json file itself.',
      );
  }
}

function notFound(id: string): AppFailure {
  return new AppFailure('NOT_FOUND', `No assessment with id ${id}.`);
}

export function createAssessmentStore(db: Database.Database, deps: AssessmentStoreDeps): AssessmentStore {
  // Prepared once: a save runs on every edit and must stay far below a frame.
  const statements = {
    list: db.prepare<[], SummaryRow>(
      `SELECT id, title, importer, destination, status, updated_at, next_review_date
       FROM assessments ORDER BY updated_at DESC, rowid DESC`,
    ),
    document: db.prepare<[string], { document: string }>('SELECT document FROM assessments WHERE id = ?'),
    storedCreatedAt: db.prepare<[string], { createdAt: string }>(
      "SELECT json_extract(document, '$.createdAt') AS createdAt FROM assessments WHERE id = ?",
    ),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM assessments WHERE id = ?'),
    insert: db.prepare<[AssessmentRow]>(
      `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document)
       VALUES (@id, @title, @importer, @destination, @status, @next_review_date, @created_at, @updated_at, @document)`,
    ),
    update: db.prepare<[AssessmentRow]>(
      `UPDATE assessments SET title = @title, importer = @importer, destination = @destination, status = @status,
         next_review_date = @next_review_date, updated_at = @updated_at, document = @document
       WHERE id = @id`,
    ),
    delete: db.prepare<[string]>('DELETE FROM assessments WHERE id = ?'),
  };

  const nowIso = (): string => deps.now().toISOString();
  /** `writtenAt` is the time of the write; its day is "today" for the pre-checks behind the status. */
  const rowOf = (assessment: Assessment, writtenAt: string): AssessmentRow =>
    toRow(assessment, deps.lawLibrary(), writtenAt.slice(0, 10));

  function read(id: string): Assessment {
    const row = statements.document.get(id);
    if (!row) throw notFound(id);
    let stored: unknown;
    try {
      stored = JSON.parse(row.document);
    } catch (error) {
      throw new AppFailure('DATABASE_ERROR', `The stored assessment ${id} is not valid JSON: ${(error as Error).message}`);
    }
    const parsed = assessmentSchema.safeParse(stored);
    if (!parsed.success) {
      throw new AppFailure('DATABASE_ERROR', `The stored assessment ${id} is damaged.`, describeIssues(parsed.error));
    }
    return parsed.data;
  }

  function insertNew(assessment: Assessment, writtenAt: string): Assessment {
    const valid = validate(assessment);
    statements.insert.run(rowOf(valid, writtenAt));
    return valid;
  }

  /** An id that is free in the table; the caller holds a transaction so it stays free until the insert. */
  function freeId(preferred: string): string {
    let id = preferred;
    while (statements.exists.get(id)) id = deps.newId();
    return id;
  }

  const saveTransaction = db.transaction((candidate: Assessment) => {
    const valid = validate(candidate);
    const existing = statements.storedCreatedAt.get(valid.id);
    if (!existing) throw notFound(valid.id);
    const updatedAt = nowIso();
    // The creation time belongs to the stored record; an editor cannot rewrite it.
    const next: Assessment = { ...valid, createdAt: existing.createdAt, updatedAt };
    const row = rowOf(next, updatedAt);
    statements.update.run(row);
    return { updatedAt, summary: toSummary(row) };
  });

  const importTransaction = db.transaction((assessment: Assessment) => {
    const id = freeId(assessment.id);
    return insertNew(id === assessment.id ? assessment : { ...assessment, id }, nowIso());
  });

  function importFile(content: string) {
    const parsed = parseInterchange(content);
    if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message, parsed.error.details);
    return { assessment: importTransaction(parsed.value.assessment), migratedFromVersion: parsed.value.migratedFromVersion };
  }

  return {
    list() {
      return statements.list.all().map(toSummary);
    },

    get(id) {
      return read(id);
    },

    create(title) {
      const now = nowIso();
      return insertNew(createEmptyAssessment({ id: deps.newId(), title: title.trim(), now }), now);
    },

    save(assessment) {
      return saveTransaction(assessment);
    },

    duplicate(id) {
      const original = read(id);
      const now = nowIso();
      const base = original.title.slice(0, LIMITS.shortText - COPY_SUFFIX.length);
      return db.transaction(() =>
        insertNew({ ...original, id: freeId(deps.newId()), title: `${base}${COPY_SUFFIX}`, createdAt: now, updatedAt: now }, now),
      )();
    },

    delete(id) {
      const result = statements.delete.run(id);
      if (result.changes === 0) throw notFound(id);
      return { id };
    },

    importText(_fileName, content) {
      return importFile(content).assessment;
    },

    importFile(_fileName, content) {
      return importFile(content);
    },

    importPdf(_fileName, pdf) {
      return importFile(embeddedAssessmentText(pdf));
    },

    exportJson(id) {
      const assessment = read(id);
      return { fileName: exportFileName(assessment.title), content: serializeInterchange(assessment, nowIso()) };
    },
  };
}
