import { randomUUID } from 'node:crypto';
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
import { portfolioColumns, type PortfolioColumns } from './portfolio-columns';
import { createPortfolioIndexWriter } from './portfolio-index';
import { evaluateAssessment } from '../../../shared/engine/evaluate';
import { completenessContext } from '../../../shared/wizard/completeness';
import type { AuditRecorder } from '../audit/audit-log';
import { editDetails, importAction, importDetails } from '../audit/assessment-entries';
import { osUserName } from '../audit/actor';
import { createSaveLifecycle } from '../lifecycle/save-lifecycle';
import type { ConflictChoice } from '../../../shared/exchange/conflicts';
import { createConflictLookup, unresolvedConflict } from './import-conflicts';
import { createVendorLinker } from '../vendors/vendor-links';
import { assessmentFromTemplate } from '../../../shared/templates/template';

export interface AssessmentStoreDeps {
  now: () => Date;
  newId: () => string;
  /** The status on the home screen depends on the pre-checks, which need the law library (adequacy, DPF). */
  lawLibrary: () => LawLibrary;
  /** Records every change in the audit log, in the transaction of the change; without it nothing is recorded. */
  audit?: AuditRecorder;
  /** Who makes the change, for the versions a save keeps (as the audit log names them); the OS account by default. */
  actor?: () => string;
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
  outcome: string;
  tools: string;
  residual_risk: number | null;
  assessor: string;
  approver: string;
  countries: string;
}

/** A row ready to write, with what the portfolio's side tables need. */
export interface PreparedRow {
  row: AssessmentRow;
  assessment: Assessment;
  portfolio: PortfolioColumns;
}

const COPY_SUFFIX = ' (copy)';

/** Where an import came from, for its audit entry. */
interface ImportedFile {
  kind: 'file' | 'pdf';
  fileName: string;
  migratedFromVersion: number | null;
}

/** Imported files may write timestamps with any precision; the column holds one form so that sorting by it is sound. */
function sortableTimestamp(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}

/** The stored row of a document, with every derived column; the workspace generator writes through it as well. */
export function prepareRow(assessment: Assessment, library: LawLibrary, today: string): PreparedRow {
  const evaluation = evaluateAssessment(assessment, library, today);
  const summary = summaryColumns(assessment, completenessContext(assessment, evaluation));
  const portfolio = portfolioColumns(assessment, evaluation);
  const row: AssessmentRow = {
    id: assessment.id,
    title: assessment.title,
    importer: summary.importer,
    destination: summary.destination,
    status: summary.status,
    next_review_date: summary.nextReviewDate,
    created_at: sortableTimestamp(assessment.createdAt),
    updated_at: sortableTimestamp(assessment.updatedAt),
    document: JSON.stringify(assessment),
    outcome: portfolio.outcome,
    tools: portfolio.tools,
    residual_risk: portfolio.residualRisk,
    assessor: portfolio.assessor,
    approver: portfolio.approver,
    countries: portfolio.countries.join(', '),
  };
  return { row, assessment, portfolio };
}

/**
 * Statements that write a prepared row, its index entries and its link to the vendor of its importer; the caller holds
 * the transaction. `newId` names the vendors a write creates; they are dated with the write (`writtenAt`).
 */
export function createRowWriter(db: Database.Database, newId: () => string = randomUUID) {
  const index = createPortfolioIndexWriter(db);
  const vendors = createVendorLinker(db, newId);
  const insert = db.prepare<[AssessmentRow]>(
    `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document,
       outcome, tools, residual_risk, assessor, approver, countries, portfolio_stale)
     VALUES (@id, @title, @importer, @destination, @status, @next_review_date, @created_at, @updated_at, @document,
       @outcome, @tools, @residual_risk, @assessor, @approver, @countries, 0)`,
  );
  const update = db.prepare<[AssessmentRow]>(
    `UPDATE assessments SET title = @title, importer = @importer, destination = @destination, status = @status,
       next_review_date = @next_review_date, updated_at = @updated_at, document = @document, outcome = @outcome,
       tools = @tools, residual_risk = @residual_risk, assessor = @assessor, approver = @approver,
       countries = @countries, portfolio_stale = 0
     WHERE id = @id`,
  );
  return {
    insert(prepared: PreparedRow, writtenAt = new Date().toISOString()): void {
      insert.run(prepared.row);
      index.write(prepared.assessment, prepared.portfolio);
      vendors.linkImporter(prepared.assessment, writtenAt);
    },
    update(prepared: PreparedRow, writtenAt = new Date().toISOString()): void {
      update.run(prepared.row);
      index.write(prepared.assessment, prepared.portfolio);
      vendors.linkImporter(prepared.assessment, writtenAt);
    },
    remove: (id: string) => index.remove(id),
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
    titles: db.prepare<[string], { id: string; title: string }>('SELECT id, title FROM assessments WHERE id IN (SELECT value FROM json_each(?))'),
    list: db.prepare<[], SummaryRow>(
      `SELECT id, title, importer, destination, status, updated_at, next_review_date
       FROM assessments ORDER BY updated_at DESC, rowid DESC`,
    ),
    document: db.prepare<[string], { document: string }>('SELECT document FROM assessments WHERE id = ?'),
    storedCreatedAt: db.prepare<[string], { createdAt: string }>(
      "SELECT json_extract(document, '$.createdAt') AS createdAt FROM assessments WHERE id = ?",
    ),
    exists: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM assessments WHERE id = ?'),
    title: db.prepare<[string], { title: string }>('SELECT title FROM assessments WHERE id = ?'),
    anyStale: db.prepare<[], { found: number }>('SELECT 1 AS found FROM assessments WHERE portfolio_stale = 1 LIMIT 1'),
    stale: db.prepare<[], { id: string; document: string }>('SELECT id, document FROM assessments WHERE portfolio_stale = 1'),
    delete: db.prepare<[string]>('DELETE FROM assessments WHERE id = ?'),
    // A vendor the user chose by hand goes with the copy; otherwise the copy finds its vendor by the importer's name.
    copyChosenVendor: db.prepare<{ from: string; to: string }>(
      `UPDATE assessments SET vendor_id = (SELECT vendor_id FROM assessments WHERE id = @from), vendor_link = 'explicit'
       WHERE id = @to AND (SELECT vendor_link FROM assessments WHERE id = @from) = 'explicit'`,
    ),
  };

  const nowIso = (): string => deps.now().toISOString();
  const { audit } = deps;
  /** `writtenAt` is the time of the write; its day is "today" for the pre-checks behind the status. */
  const rowOf = (assessment: Assessment, writtenAt: string): PreparedRow =>
    prepareRow(assessment, deps.lawLibrary(), writtenAt.slice(0, 10));
  const writer = createRowWriter(db, deps.newId);

  function storedJson(id: string): unknown {
    const row = statements.document.get(id);
    if (!row) throw notFound(id);
    try {
      return JSON.parse(row.document);
    } catch (error) {
      throw new AppFailure('DATABASE_ERROR', `The stored assessment ${id} is not valid JSON: ${(error as Error).message}`);
    }
  }

  function read(id: string): Assessment {
    const stored = storedJson(id);
    const parsed = assessmentSchema.safeParse(stored);
    if (!parsed.success) {
      throw new AppFailure('DATABASE_ERROR', `The stored assessment ${id} is damaged.`, describeIssues(parsed.error));
    }
    return parsed.data;
  }

  function insertNew(assessment: Assessment, writtenAt: string): Assessment {
    const valid = validate(assessment);
    writer.insert(rowOf(valid, writtenAt), writtenAt);
    return valid;
  }

  /** An id that is free in the table; the caller holds a transaction so it stays free until the insert. */
  function freeId(preferred: string): string {
    let id = preferred;
    while (statements.exists.get(id)) id = deps.newId();
    return id;
  }

  /**
   * The stored version a save replaces. Without an audit log only its creation time is read; with one, the whole
   * document, to record what the save changed (it was validated when it was written, so it is not validated again).
   */
  function replaced(id: string): { createdAt: string; document: Assessment | null } {
    if (!audit) {
      const existing = statements.storedCreatedAt.get(id);
      if (!existing) throw notFound(id);
      return { createdAt: existing.createdAt, document: null };
    }
    const document = storedJson(id) as Assessment;
    return { createdAt: document.createdAt, document };
  }

  const saveLifecycle = createSaveLifecycle(db, { now: deps.now, actor: deps.actor ?? osUserName });

  const saveTransaction = db.transaction((candidate: Assessment) => {
    const valid = validate(candidate);
    const previous = replaced(valid.id);
    const updatedAt = nowIso();
    // The creation time belongs to the stored record; an editor cannot rewrite it.
    const next: Assessment = { ...valid, createdAt: previous.createdAt, updatedAt };
    const prepared = rowOf(next, updatedAt);
    const transition = saveLifecycle.beforeSave(next.id, next, () => previous.document ?? (storedJson(next.id) as Assessment));
    writer.update(prepared, updatedAt);
    if (audit && previous.document) {
      const details = editDetails(previous.document, next);
      if (details) audit.append('edit', next.id, { ...details, ...transition });
    }
    return { updatedAt, summary: toSummary(prepared.row) };
  });

  const conflicts = createConflictLookup(db);

  /**
   * The imported document takes the place of the stored one as an edit would: the stored record keeps its creation
   * time, an approved revision stays frozen (the import starts the next one), a submitted one is kept and returned.
   */
  function replaceWithImport(assessment: Assessment, file: ImportedFile): Assessment {
    const previous = replaced(assessment.id);
    const updatedAt = nowIso();
    const next: Assessment = { ...validate(assessment), createdAt: previous.createdAt, updatedAt };
    const stored = () => previous.document ?? (storedJson(next.id) as Assessment);
    const transition = saveLifecycle.beforeSave(next.id, next, stored);
    writer.update(rowOf(next, updatedAt), updatedAt);
    if (audit) {
      const changes = editDetails(stored(), next);
      audit.append(importAction(file.kind), next.id, { ...importDetails(next, { ...file, originalId: next.id }), replaced: true, ...changes, ...transition });
    }
    return next;
  }

  const importTransaction = db.transaction((assessment: Assessment, file: ImportedFile, choice: ConflictChoice | null) => {
    const conflict = conflicts.conflictWith(assessment);
    if (conflict && choice === null) throw unresolvedConflict(conflict);
    if (conflict && choice === 'replace') return { assessment: replaceWithImport(assessment, file), replaced: true };
    const placed = conflict ? { ...assessment, id: freeId(deps.newId()), title: conflicts.keptBothTitle(assessment.title) } : assessment;
    const imported = insertNew(placed, nowIso());
    audit?.append(importAction(file.kind), imported.id, importDetails(imported, { ...file, originalId: assessment.id }));
    return { assessment: imported, replaced: false };
  });

  function parsedFile(content: string) {
    const parsed = parseInterchange(content);
    if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message, parsed.error.details);
    return parsed.value;
  }

  function importFile(content: string, kind: 'file' | 'pdf', fileName: string, choice: ConflictChoice | null) {
    const { assessment, migratedFromVersion } = parsedFile(content);
    return { ...importTransaction.immediate(assessment, { kind, fileName, migratedFromVersion }, choice), migratedFromVersion };
  }

  function previewImport(content: string) {
    const { assessment, migratedFromVersion } = parsedFile(content);
    const conflict = conflicts.conflictWith(assessment);
    return { assessment: { id: assessment.id, title: assessment.title }, migratedFromVersion, conflicts: conflict ? [conflict] : [] };
  }

  const createTransaction = db.transaction((title: string) => {
    const now = nowIso();
    const created = insertNew(createEmptyAssessment({ id: deps.newId(), title: title.trim(), now }), now);
    audit?.append('create', created.id, { title: created.title });
    return created;
  });

  const duplicateTransaction = db.transaction((id: string) => {
    const original = read(id);
    const now = nowIso();
    const base = original.title.slice(0, LIMITS.shortText - COPY_SUFFIX.length);
    const copy = insertNew({ ...original, id: freeId(deps.newId()), title: `${base}${COPY_SUFFIX}`, createdAt: now, updatedAt: now }, now);
    statements.copyChosenVendor.run({ from: original.id, to: copy.id });
    audit?.append('duplicate', copy.id, { title: copy.title, sourceId: original.id, sourceTitle: original.title });
    return copy;
  });

  const fromTemplateTransaction = db.transaction((template: { id: string; name: string; document: Assessment }, title: string) => {
    const now = nowIso();
    const created = insertNew(assessmentFromTemplate(template.document, { id: freeId(deps.newId()), title: title.trim(), now }), now);
    audit?.append('create', created.id, { title: created.title, templateId: template.id, templateName: template.name });
    return created;
  });

  const deleteTransaction = db.transaction((id: string) => {
    const existing = statements.title.get(id);
    if (!existing) throw notFound(id);
    writer.remove(id);
    statements.delete.run(id);
    audit?.append('delete', id, { title: existing.title });
    return { id };
  });

  // Rows whose portfolio columns a migration could not finish (the residual risk needs the law library); their
  // documents are unchanged, so this is no edit and leaves no audit entry.
  const refreshStale = db.transaction(() => {
    for (const stale of statements.stale.all()) {
      let assessment: Assessment;
      try {
        assessment = read(stale.id);
      } catch {
        continue;
      }
      const writtenAt = nowIso();
      writer.update(rowOf(assessment, writtenAt), writtenAt);
    }
  });
  if (statements.anyStale.get()) refreshStale.immediate();

  return {
    list() {
      return statements.list.all().map(toSummary);
    },

    get(id) {
      return read(id);
    },

    titles(ids) {
      return Object.fromEntries(statements.titles.all(JSON.stringify([...new Set(ids)])).map((row) => [row.id, row.title]));
    },

    // Each write takes the write lock when it begins (IMMEDIATE), so that the change and its audit entry never meet
    // another writer's between reading and writing.
    create(title) {
      return createTransaction.immediate(title);
    },

    save(assessment) {
      return saveTransaction.immediate(assessment);
    },

    duplicate(id) {
      return duplicateTransaction.immediate(id);
    },

    createFromTemplate(template, title) {
      return fromTemplateTransaction.immediate(template, title);
    },

    delete(id) {
      return deleteTransaction.immediate(id);
    },

    importText(fileName, content) {
      return importFile(content, 'file', fileName, 'keep-both').assessment;
    },

    importFile(fileName, content, choice) {
      return importFile(content, 'file', fileName, choice ?? null);
    },

    importPdf(fileName, pdf, choice) {
      return importFile(embeddedAssessmentText(pdf), 'pdf', fileName, choice ?? null);
    },

    previewImport(source) {
      return previewImport(source.kind === 'pdf' ? embeddedAssessmentText(source.pdf) : source.content);
    },

    exportJson(id) {
      const assessment = read(id);
      return { fileName: exportFileName(assessment.title), content: serializeInterchange(assessment, nowIso()) };
    },
  };
}
