import { rmSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/domain/result';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceCounts, type WorkspaceHeader } from '../../../shared/exchange/workspace-format';
import { renameDurably } from '../backup/durable-file';
import { schemaFacts, type SchemaFacts } from './schema-facts';
import { createWorkspaceWriter } from './workspace-writer';
import type { ProgressReport, WorkspaceExport } from './workspace-types';

export interface ExportOptions {
  /** Where the file is written first; it becomes `target` only once complete. */
  temporary: string;
  target: string;
  appVersion: string;
  now: () => Date;
  onProgress: ProgressReport;
  /** Claims the right to make the file final; false when the export was cancelled meanwhile. */
  finish: () => boolean;
}

interface AuditRow {
  seq: number;
  at: unknown;
  actor: unknown;
  action: unknown;
  assessment_id: unknown;
  details: unknown;
  prev_hash: unknown;
  hash: unknown;
}

interface AssessmentRow {
  document: string;
  lifecycle: string;
  revision: number;
  approved_revision: number | null;
  vendor_id?: string | null;
  vendor_link?: string;
}

interface VersionRow {
  revision: number;
  kind: string;
  at: string;
  actor: string;
  content_hash: string;
  approver: string | null;
  approved_on: string | null;
  report_sha256: string | null;
  note: string | null;
  document: string;
}

const PAGE = 1000;

function count(db: Database.Database, table: string, present = true): number {
  return present ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
}

function parseStored(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppFailure('DATABASE_ERROR', `The stored ${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The row as stored: text columns as text, so that the hash chain can be checked on the values exactly. */
function auditEntry(row: AuditRow) {
  const text = (value: unknown) => (typeof value === 'string' ? value : String(value));
  return {
    seq: row.seq,
    at: text(row.at),
    actor: text(row.actor),
    action: text(row.action),
    assessmentId: row.assessment_id === null ? null : text(row.assessment_id),
    details: text(row.details),
    prevHash: text(row.prev_hash),
    hash: text(row.hash),
  };
}

function countsOf(db: Database.Database, facts: SchemaFacts): WorkspaceCounts {
  return {
    assessments: count(db, 'assessments'),
    versions: count(db, 'assessment_versions'),
    vendors: count(db, 'vendors', facts.vendors),
    templates: count(db, 'templates', facts.templates),
    audit: count(db, 'audit_log'),
    importedAudit: count(db, 'imported_audit_log', facts.importedAudit),
  };
}

/**
 * Writes the whole workspace as one file, from one read transaction so that the file is the database at one moment
 * while the app goes on writing. The file appears under its name only when complete; a failure or a cancellation
 * leaves nothing behind.
 */
export async function exportWorkspace(db: Database.Database, options: ExportOptions): Promise<WorkspaceExport> {
  const facts = schemaFacts(db);
  const writer = createWorkspaceWriter(options.temporary);
  db.exec('BEGIN');
  try {
    const counts = countsOf(db, facts);
    const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    const header: WorkspaceHeader = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      exportedAt: options.now().toISOString(),
      appVersion: options.appVersion,
      counts,
      auditHead: last ? { seq: last.seq, hash: String(last.hash) } : null,
    };
    const total = 1 + counts.assessments + counts.vendors + counts.templates + counts.audit + counts.importedAudit;
    let written = 0;
    const put = async (value: unknown) => {
      await writer.line(value);
      written += 1;
      if (written % 64 === 0) options.onProgress(written / total);
    };

    await put(header);
    if (facts.vendors) await writeVendors(db, put);
    if (facts.templates) await writeTemplates(db, put);
    await writeAssessments(db, facts, put);
    await writeAudit(db, put);
    if (facts.importedAudit) await writeImportedAudit(db, put);
    const file = await writer.close();
    db.exec('COMMIT');
    if (!options.finish()) throw new AppFailure('CANCELLED', 'The export was cancelled; no file was written.');
    renameDurably(options.temporary, options.target);
    options.onProgress(1);
    return { kind: 'export', path: options.target, bytes: file.bytes, sha256: file.sha256, counts };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    writer.abort();
    rmSync(options.temporary, { force: true });
    throw error;
  }
}

type Put = (value: unknown) => Promise<void>;

async function writeVendors(db: Database.Database, put: Put): Promise<void> {
  const vendors = db
    .prepare<[], Record<string, string>>(
      'SELECT id, name, legal_entity, country, website, notes, created_at, updated_at FROM vendors ORDER BY created_at, id',
    )
    .all();
  const names = db.prepare<[string], { match_key: string }>('SELECT match_key FROM vendor_names WHERE vendor_id = ? ORDER BY match_key');
  for (const row of vendors) {
    await put({
      type: 'vendor',
      vendor: {
        id: row.id,
        name: row.name,
        legalEntity: row.legal_entity,
        country: row.country,
        website: row.website,
        notes: row.notes,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      },
      names: names.all(row.id as string).map((name) => name.match_key),
    });
  }
}

async function writeTemplates(db: Database.Database, put: Put): Promise<void> {
  const ids = db.prepare<[], { id: string }>('SELECT id FROM templates ORDER BY created_at, id').all();
  const read = db.prepare<[string], Record<string, string>>('SELECT id, name, description, document, created_at, updated_at FROM templates WHERE id = ?');
  for (const { id } of ids) {
    const row = read.get(id);
    if (!row) continue;
    await put({
      type: 'template',
      template: { id: row.id, name: row.name, description: row.description, createdAt: row.created_at, updatedAt: row.updated_at },
      document: parseStored(row.document as string, `template ${id}`),
    });
  }
}

async function writeAssessments(db: Database.Database, facts: SchemaFacts, put: Put): Promise<void> {
  const vendorColumns = facts.vendorLinks ? ', vendor_id, vendor_link' : '';
  const statements = {
    ids: db.prepare<[], { id: string }>('SELECT id FROM assessments ORDER BY created_at, id'),
    row: db.prepare<[string], AssessmentRow>(`SELECT document, lifecycle, revision, approved_revision${vendorColumns} FROM assessments WHERE id = ?`),
    versions: db.prepare<[string], VersionRow>(
      `SELECT revision, kind, at, actor, content_hash, approver, approved_on, report_sha256, note, document
       FROM assessment_versions WHERE assessment_id = ? ORDER BY at, revision, kind`,
    ),
    reports: db.prepare<[string], Record<string, string | number>>(
      `SELECT file_sha256, revision, content_hash, exported_at, language, signer, kind
       FROM exported_reports WHERE assessment_id = ? ORDER BY exported_at, file_sha256`,
    ),
  };
  // The ids first: the statements below cannot run while another one is still being stepped through.
  for (const { id } of statements.ids.all()) {
    const row = statements.row.get(id);
    if (!row) continue;
    await put({
      type: 'assessment',
      assessment: parseStored(row.document, `assessment ${id}`),
      lifecycle: row.lifecycle,
      revision: row.revision,
      approvedRevision: row.approved_revision,
      versions: statements.versions.all(id).map((version) => ({
        revision: version.revision,
        kind: version.kind,
        at: version.at,
        actor: version.actor,
        contentHash: version.content_hash,
        approver: version.approver,
        approvedOn: version.approved_on,
        reportSha256: version.report_sha256,
        note: version.note,
        document: parseStored(version.document, `version ${version.revision} of assessment ${id}`),
      })),
      reports: statements.reports.all(id).map((report) => ({
        fileSha256: report.file_sha256,
        revision: report.revision,
        contentHash: report.content_hash,
        exportedAt: report.exported_at,
        language: report.language,
        signer: report.signer,
        kind: report.kind,
      })),
      ...(facts.vendorLinks ? { vendor: { id: row.vendor_id ?? null, link: row.vendor_link ?? 'auto' } } : {}),
    });
  }
}

async function writeAudit(db: Database.Database, put: Put): Promise<void> {
  const page = db.prepare<[number, number], AuditRow>(
    'SELECT seq, at, actor, action, assessment_id, details, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  for (let after = 0; ; ) {
    const rows = page.all(after, PAGE);
    if (rows.length === 0) return;
    for (const row of rows) await put({ type: 'audit', entry: auditEntry(row) });
    after = rows[rows.length - 1]!.seq;
  }
}

async function writeImportedAudit(db: Database.Database, put: Put): Promise<void> {
  const page = db.prepare<[string, string, number, number], AuditRow & { import_id: string }>(
    `SELECT import_id, seq, at, actor, action, assessment_id, details, prev_hash, hash FROM imported_audit_log
     WHERE import_id > ? OR (import_id = ? AND seq > ?) ORDER BY import_id, seq LIMIT ?`,
  );
  for (let afterImport = '', afterSeq = 0; ; ) {
    const rows = page.all(afterImport, afterImport, afterSeq, PAGE);
    if (rows.length === 0) return;
    for (const row of rows) await put({ type: 'imported-audit', importId: row.import_id, entry: auditEntry(row) });
    const last = rows[rows.length - 1]!;
    afterImport = last.import_id;
    afterSeq = last.seq;
  }
}
