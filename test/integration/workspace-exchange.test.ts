import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../shared/exchange/jobs';
import { WORKSPACE_FORMAT } from '../../shared/exchange/workspace-format';
import type { Result } from '../../shared/domain/result';
import { createHandlers } from '../../electron/services/handlers';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import { backupsDirOf } from '../../electron/services/backup/backup-folder';
import { verifyImportedHistory } from '../../electron/services/exchange/imported-history';
import type { Services } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { generateWorkspace } from '../fixtures/workspace-generator';
import { serializeInterchange } from '../../shared/domain/interchange';
import { exchangeWorkerFile } from './support/exchange-worker';

const RESOURCES = join(__dirname, '../../resources');
const dirs: string[] = [];
const open: Services[] = [];

function freshDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dtia-exchange-${prefix}-`));
  dirs.push(dir);
  return dir;
}

function servicesAt(dataDir: string): Services {
  const services = createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test', exchangeWorker: exchangeWorkerFile() });
  open.push(services);
  return services;
}

async function settled(services: Services, job: JobStatus): Promise<JobStatus> {
  return services.exchange.whenSettled(job.id);
}

async function succeeded(services: Services, job: JobStatus): Promise<NonNullable<JobStatus['result']>> {
  const status = await settled(services, job);
  if (status.error) throw new Error(`${status.error.code}: ${status.error.message} ${JSON.stringify(status.error.details ?? [])}`);
  expect(status).toMatchObject({ phase: 'done', done: true, progress: 1 });
  return status.result!;
}

/** Everything a workspace holds, read straight from its database file, to see that an import wrote nothing. */
function databaseState(dataDir: string): Record<string, unknown> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const documents = db.prepare('SELECT id, document, lifecycle, revision FROM assessments ORDER BY id').all();
    return {
      tables: Object.fromEntries(
        ['assessments', 'assessment_versions', 'vendors', 'vendor_names', 'templates', 'audit_log', 'imported_audit_log', 'exported_reports', 'assessments_fts'].map(
          (table) => [table, count(table)],
        ),
      ),
      documents: createHash('sha256').update(JSON.stringify(documents)).digest('hex'),
      auditHead: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() ?? null,
    };
  } finally {
    db.close();
  }
}

/** The lines of a workspace file, decompressed. */
function fileLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
}

function writeLines(file: string, lines: string[]): void {
  writeFileSync(file, gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8')));
}

/** Rewrites the end record so that its checksum fits the lines again: a change made by someone who knows the format. */
function resealed(lines: string[]): string[] {
  const body = lines.slice(0, -1);
  const sha256 = createHash('sha256').update(body.map((line) => `${line}\n`).join(''), 'utf8').digest('hex');
  return [...body, JSON.stringify({ type: 'end', records: body.length, sha256 })];
}

/** The whole of one workspace as the services show it, for comparing two workspaces. */
function workspaceView(services: Services) {
  const ids = services.assessments.list().map((summary) => summary.id).sort();
  return {
    assessments: ids.map((id) => ({ document: services.assessments.get(id), history: services.lifecycle.history(id) })),
    vendors: services.vendors.list(),
    templates: services.templates.list(),
  };
}

let sourceDir: string;
let source: Services;
let sourceFile: string;
let sourceAuditEntries: number;

beforeAll(async () => {
  sourceDir = freshDir('source');
  generateWorkspace({ dataDir: sourceDir, resourcesDir: RESOURCES, count: 300 });
  source = servicesAt(sourceDir);
  const generated = source.assessments.list().map((summary) => summary.id);

  // Complete assessments taken through review and approval, then edited into a second revision.
  const full = serializeInterchange(fullAssessment(), '2026-06-01T08:00:00.000Z');
  for (let i = 0; i < 3; i += 1) {
    const { id } = source.assessments.importText('full.dtia.json', full);
    source.lifecycle.submitForReview(id);
    source.lifecycle.approve(id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    const approved = source.assessments.get(id);
    source.assessments.save({ ...approved, conclusion: { ...approved.conclusion, rationale: `Reviewed again (${i + 1}).` } });
    source.lifecycle.recordExportedReport({
      fileSha256: createHash('sha256').update(`report ${i}`).digest('hex'),
      assessmentId: id,
      revision: 1,
      contentHash: 'a'.repeat(64),
      language: 'en',
      signer: 'Dr. Lena Vogt',
      kind: 'signed',
    });
  }
  for (const id of generated.slice(0, 5)) source.lifecycle.archive(id);
  for (const id of generated.slice(10, 20)) {
    const document = source.assessments.get(id);
    source.assessments.save({ ...document, title: `${document.title} (reviewed)` });
  }
  const chosen = source.vendors.create({ name: 'Hand-picked Hosting', legalEntity: 'Hand-picked Hosting Ltd', country: 'IE', website: '', notes: 'Chosen by hand.' });
  source.vendors.linkAssessment(generated[30]!, chosen.id);
  source.templates.saveAsTemplate(generated[40]!, 'Cloud hosting', 'A starting point for hosting transfers.');
  source.templates.saveAsTemplate(generated[41]!, 'Payroll', '');
  sourceAuditEntries = source.audit.count();

  sourceFile = join(freshDir('files'), 'source.dtia-workspace');
  await succeeded(source, source.exchange.startWorkspaceExport(sourceFile));
}, 120_000);

afterAll(() => {
  for (const services of open) services.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('workspace export', () => {
  it('writes one gzip file of NDJSON: the header, vendors, templates, assessments, the audit log, and the end with its checksum', () => {
    const lines = fileLines(sourceFile).map((line) => JSON.parse(line) as { type?: string; format?: string; counts?: Record<string, number> });
    const header = lines[0]!;
    expect(header).toMatchObject({ format: WORKSPACE_FORMAT, version: 1, appVersion: 'test' });
    expect(header.counts).toEqual({ assessments: 303, versions: 3 * 2 + 5, vendors: source.vendors.list().length, templates: 2, audit: sourceAuditEntries, importedAudit: 0 });
    const types = lines.slice(1).map((line) => line.type);
    expect([...new Set(types)]).toEqual(['vendor', 'template', 'assessment', 'audit', 'end']);
    expect(types.filter((type) => type === 'assessment')).toHaveLength(303);
    expect(lines.at(-1)).toMatchObject({ type: 'end', records: lines.length - 1 });
  });
});

describe('workspace import', () => {
  it('brings a workspace into a fresh one: the same documents, versions, vendors and templates, and its history kept as a chain of its own', async () => {
    const targetDir = freshDir('round-trip');
    const target = servicesAt(targetDir);

    const preview = await succeeded(target, target.exchange.startWorkspacePreview(sourceFile));
    expect(preview).toMatchObject({ kind: 'workspace-preview', conflicts: [], history: { entries: sourceAuditEntries, intact: true, firstBroken: null } });
    const imported = await succeeded(target, target.exchange.startWorkspaceImportFrom(sourceFile, {}));
    if (imported.kind !== 'workspace-import') throw new Error('expected an import result');
    expect(imported).toMatchObject({ keptBoth: 0, replaced: 0, backup: null });
    expect(imported.counts).toEqual(preview.kind === 'workspace-preview' ? preview.counts : null);

    expect(workspaceView(target)).toEqual(workspaceView(source));
    const explicitlyLinked = source.vendors.list().find((vendor) => vendor.name === 'Hand-picked Hosting')!;
    expect(target.vendors.get(explicitlyLinked.id).assessments).toEqual(source.vendors.get(explicitlyLinked.id).assessments);

    // This workspace's own log: one entry per imported assessment and the import itself, and it verifies.
    expect(target.audit.verify()).toMatchObject({ ok: true, entries: 303 + 1 });
    const [entry] = target.audit.list({ limit: 1, offset: 0 });
    expect(entry).toMatchObject({ action: 'workspace-import', assessmentId: null });
    expect(entry!.details).toMatchObject({
      fileName: 'source.dtia-workspace',
      counts: { assessments: 303, versions: 11, templates: 2 },
      importedHistory: { importId: imported.importId, entries: sourceAuditEntries, intact: true, keptIn: 'imported_audit_log' },
    });
    expect((entry!.details as { importedHistory: { head: unknown } }).importedHistory.head).toEqual(source.audit.head());

    // The other workspace's log, as a separate chain: whole, and a change to it shows.
    const db = new Database(join(targetDir, DATABASE_FILE));
    try {
      expect(verifyImportedHistory(db, imported.importId)).toEqual({ entries: sourceAuditEntries, intact: true, firstBroken: null });
      db.exec('DROP TRIGGER imported_audit_log_no_update');
      db.prepare("UPDATE imported_audit_log SET actor = 'someone else' WHERE import_id = ? AND seq = 7").run(imported.importId);
      expect(verifyImportedHistory(db, imported.importId)).toEqual({ entries: sourceAuditEntries, intact: false, firstBroken: 7 });
    } finally {
      db.close();
    }
  });

  it('exports the imported history again, so that a third workspace keeps both histories', async () => {
    const middleDir = freshDir('middle');
    const middle = servicesAt(middleDir);
    await succeeded(middle, middle.exchange.startWorkspaceImportFrom(sourceFile, {}));
    const middleFile = join(freshDir('files'), 'middle.dtia-workspace');
    await succeeded(middle, middle.exchange.startWorkspaceExport(middleFile));

    const last = servicesAt(freshDir('last'));
    const preview = await succeeded(last, last.exchange.startWorkspacePreview(middleFile));
    expect(preview).toMatchObject({ counts: { audit: 303 + 1, importedAudit: sourceAuditEntries }, history: { intact: true } });
    const imported = await succeeded(last, last.exchange.startWorkspaceImportFrom(middleFile, {}));
    expect(imported).toMatchObject({ counts: { assessments: 303, importedAudit: sourceAuditEntries } });
    expect(workspaceView(last).assessments).toEqual(workspaceView(source).assessments);
  });

  it('refuses a truncated file before writing anything', async () => {
    const targetDir = freshDir('truncated');
    const target = servicesAt(targetDir);
    target.assessments.create('Already here');
    const before = databaseState(targetDir);
    const cut = join(freshDir('files'), 'cut.dtia-workspace');
    copyFileSync(sourceFile, cut);
    truncateSync(cut, Math.floor(readFileSync(cut).length * 0.6));

    for (const job of [target.exchange.startWorkspacePreview(cut), target.exchange.startWorkspaceImportFrom(cut, { all: 'keep-both' })]) {
      const status = await settled(target, job);
      expect(status).toMatchObject({ phase: 'failed', done: true, error: { code: 'WORKSPACE_DAMAGED' } });
    }
    expect(databaseState(targetDir)).toEqual(before);
    expect(target.backups.list()).toEqual([]);
  });

  it('refuses a file changed after it was written, or with lines cut from its end, and writes nothing', async () => {
    const targetDir = freshDir('tampered');
    const target = servicesAt(targetDir);
    target.assessments.create('Already here');
    const before = databaseState(targetDir);
    const lines = fileLines(sourceFile);
    const firstAssessment = lines.findIndex((line) => line.startsWith('{"type":"assessment"'));
    const approvedAt = lines.findIndex((line) => line.includes('"kind":"approved"'));
    const withChangedVersion = (line: string) => {
      const record = JSON.parse(line) as { versions: { document: { title: string } }[] };
      record.versions[0]!.document.title = 'Changed after it was kept';
      return JSON.stringify(record);
    };
    const variants: Record<string, string[]> = {
      // One letter of one title: the checksum no longer matches.
      'changed title': lines.map((line, index) => (index === firstAssessment ? line.replace('"title":"', '"title":"X') : line)),
      // A kept version changed and the checksum recomputed: the version's own content hash still shows it.
      'changed kept version, resealed': resealed(lines.map((line, index) => (index === approvedAt ? withChangedVersion(line) : line))),
      // The last records and the end cut away along line boundaries.
      'lines cut from the end': lines.slice(0, -3),
      'a line added after the end': [...lines, lines[firstAssessment]!],
      // A valid file that holds less than its header announces.
      'records dropped, resealed': resealed(lines.filter((_, index) => index !== firstAssessment)),
    };
    for (const [name, variant] of Object.entries(variants)) {
      const file = join(freshDir('files'), `${name}.dtia-workspace`);
      writeLines(file, variant);
      const status = await settled(target, target.exchange.startWorkspaceImportFrom(file, { all: 'keep-both' }));
      expect(status.error?.code, name).toBe('WORKSPACE_DAMAGED');
    }
    expect(databaseState(targetDir)).toEqual(before);
  });

  it('refuses a file that is no workspace, or one of a newer format version', async () => {
    const target = servicesAt(freshDir('not-a-workspace'));
    const files = freshDir('files');
    const plain = join(files, 'plain.dtia-workspace');
    writeFileSync(plain, gzipSync(Buffer.from(serializeInterchange(fullAssessment(), '2026-06-01T08:00:00.000Z'))));
    const newer = join(files, 'newer.dtia-workspace');
    const lines = fileLines(sourceFile);
    writeLines(newer, [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)]);
    const notGzip = join(files, 'text.dtia-workspace');
    writeFileSync(notGzip, lines.join('\n'));

    expect((await settled(target, target.exchange.startWorkspacePreview(plain))).error?.code).toBe('NOT_DTIA_FILE');
    expect((await settled(target, target.exchange.startWorkspacePreview(newer))).error).toMatchObject({ code: 'UNSUPPORTED_VERSION', message: expect.stringContaining('newer version') });
    expect((await settled(target, target.exchange.startWorkspacePreview(notGzip))).error?.code).toBe('WORKSPACE_DAMAGED');
  });
});

describe('cancellation', () => {
  let big: Services;
  let bigFile: string;

  /** Waits until the job writes, well into its work, so that cancelling interrupts it. */
  async function whileWriting(services: Services, job: JobStatus, past: number): Promise<void> {
    for (let status = services.exchange.getJob(job.id); !(status.phase === 'writing' && status.progress > past); status = services.exchange.getJob(job.id)) {
      expect(status.done).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  beforeAll(async () => {
    // Large enough that export and import take long enough to be stopped halfway.
    const bigDir = freshDir('big-source');
    generateWorkspace({ dataDir: bigDir, resourcesDir: RESOURCES, count: 2000, seed: 7 });
    big = servicesAt(bigDir);
    bigFile = join(freshDir('files'), 'big.dtia-workspace');
    await succeeded(big, big.exchange.startWorkspaceExport(bigFile));
  }, 120_000);

  it('leaves no file when an export is cancelled halfway, and no temporary file either', async () => {
    const folder = freshDir('cancelled-export');
    const job = big.exchange.startWorkspaceExport(join(folder, 'cancelled.dtia-workspace'));
    await whileWriting(big, job, 0.2);
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^cancelled\.dtia-workspace\..+\.partial$/)]);
    expect(big.exchange.cancelJob(job.id)).toMatchObject({ done: false, cancellable: true });
    const status = await settled(big, job);
    expect(status).toMatchObject({ phase: 'cancelled', done: true, error: { code: 'CANCELLED' }, result: null });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('leaves the database as it was when an import is cancelled while writing, and the database stays usable', async () => {
    const targetDir = freshDir('cancelled-import');
    const target = servicesAt(targetDir);
    target.assessments.create('Already here');
    const before = databaseState(targetDir);
    const job = target.exchange.startWorkspaceImportFrom(bigFile, {});
    await whileWriting(target, job, 0.4);
    expect(target.exchange.cancelJob(job.id).done).toBe(false);
    const status = await settled(target, job);
    expect(status).toMatchObject({ phase: 'cancelled', error: { code: 'CANCELLED' }, result: null });

    expect(databaseState(targetDir)).toEqual(before);
    // The ended worker's lock is gone: the app writes at once. The copy made before the import remains.
    expect(target.assessments.create('Written after the cancel').title).toBe('Written after the cancel');
    expect(target.backups.list().map((backup) => backup.reason)).toEqual(['before-import']);
  });
});

describe('import conflicts', () => {
  it('refuses an import that leaves a conflict unresolved, and the preview names every conflict', async () => {
    const before = databaseState(sourceDir);
    const preview = await succeeded(source, source.exchange.startWorkspacePreview(sourceFile));
    if (preview.kind !== 'workspace-preview') throw new Error('expected a preview');
    expect(preview.conflicts).toHaveLength(303);
    const archived = preview.conflicts.find((conflict) => conflict.existingLifecycle === 'archived');
    expect(archived).toBeDefined();

    const status = await settled(source, source.exchange.startWorkspaceImportFrom(sourceFile, { byId: { [preview.conflicts[0]!.id]: 'replace' } }));
    expect(status.error).toMatchObject({ code: 'IMPORT_CONFLICT', message: expect.stringContaining('302 of the assessments') });
    expect(databaseState(sourceDir)).toEqual(before);
  });

  it('keeps both or replaces, as chosen for each assessment and for all, after backing up the database', async () => {
    const targetDir = freshDir('conflicts');
    const target = servicesAt(targetDir);
    await succeeded(target, target.exchange.startWorkspaceImportFrom(sourceFile, {}));
    // Two of the generated drafts, whose titles carry no number in brackets.
    const [replacedId, keptId] = target.assessments
      .list()
      .filter((summary) => /assessment \d+$/.test(summary.title) && target.lifecycle.status(summary.id).lifecycle === 'draft')
      .map((summary) => summary.id);
    const edit = (id: string, title: string) => target.assessments.save({ ...target.assessments.get(id), title });
    edit(replacedId!, 'Changed here, then replaced');
    edit(keptId!, 'Changed here, then kept');
    const keptBefore = target.assessments.get(keptId!);

    const imported = await succeeded(target, target.exchange.startWorkspaceImportFrom(sourceFile, { all: 'replace', byId: { [keptId!]: 'keep-both' } }));
    expect(imported).toMatchObject({ keptBoth: 1, replaced: 302, backup: { reason: 'before-import', assessments: 303 } });

    // Replaced: the file's document, lifecycle and versions, under the same id.
    expect(target.assessments.get(replacedId!)).toEqual(source.assessments.get(replacedId!));
    expect(target.lifecycle.history(replacedId!)).toEqual(source.lifecycle.history(replacedId!));
    // Kept both: the stored one unchanged, the imported one under a new id with "(2)" after its title.
    expect(target.assessments.get(keptId!)).toEqual(keptBefore);
    const copies = target.assessments.list().filter((summary) => summary.title === `${source.assessments.get(keptId!).title} (2)`);
    expect(copies).toHaveLength(1);
    const copy = target.assessments.get(copies[0]!.id);
    expect(copy.id).not.toBe(keptId);
    expect({ ...copy, id: keptId, title: source.assessments.get(keptId!).title }).toEqual(source.assessments.get(keptId!));
    expect(target.assessments.list()).toHaveLength(304);
    expect(target.audit.verify().ok).toBe(true);
    const [entry] = target.audit.list({ limit: 1, offset: 0 });
    expect(entry!.details).toMatchObject({ keptBoth: 1, replaced: 302, backup: (imported as { backup: { id: string } }).backup.id });
  });
});

describe('the workspace channels', () => {
  it('start jobs on files the host dialogs chose, name the checked file by a token only, and report the jobs', async () => {
    const targetDir = freshDir('channels');
    const target = servicesAt(targetDir);
    const chosen: (string | null)[] = [null, sourceFile];
    const handlers = createHandlers(target, {
      saveFile: async () => ({ saved: false, path: null }),
      chooseSaveTarget: async () => null,
      chooseFileToOpen: async () => chosen.shift() ?? null,
    });
    const value = <T>(result: Result<T>): T => {
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value;
    };

    // The user cancels the dialogs: no job.
    expect(value(await handlers.startWorkspaceExport({}))).toEqual({ jobId: null });
    expect(value(await handlers.previewWorkspaceImport({}))).toEqual({ jobId: null });

    const { jobId: previewId } = value(await handlers.previewWorkspaceImport({}));
    const preview = await target.exchange.whenSettled(previewId!);
    expect(value(await handlers.getJob({ id: previewId! }))).toEqual(preview);
    if (preview.result?.kind !== 'workspace-preview') throw new Error('expected a preview');
    expect(JSON.stringify(preview)).not.toContain(sourceFile);

    expect(await handlers.startWorkspaceImport({ fileToken: randomUUID(), resolution: {} })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const { jobId: importId } = value(await handlers.startWorkspaceImport({ fileToken: preview.result.fileToken, resolution: {} }));
    await target.exchange.whenSettled(importId);
    expect(value(await handlers.getJob({ id: importId }))).toMatchObject({ phase: 'done', result: { kind: 'workspace-import', counts: { assessments: 303 } } });
    expect(value(await handlers.cancelJob({ id: importId }))).toMatchObject({ phase: 'done', cancellable: false });
    expect(await handlers.getJob({ id: randomUUID() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('single assessment import', () => {
  const file = serializeInterchange(fullAssessment(), '2026-06-01T08:00:00.000Z');

  it('asks when the id is taken: refused without a choice, kept beside as "(2)", or replaced as an edit after a backup', async () => {
    const target = servicesAt(freshDir('single'));
    const original = (await target.exchange.importAssessment({ kind: 'file', fileName: 'a.dtia.json', content: file })).assessment;
    expect(target.exchange.previewAssessmentImport({ kind: 'file', fileName: 'a.dtia.json', content: file }).conflicts).toEqual([
      expect.objectContaining({ id: original.id, existingTitle: original.title, importedTitle: original.title, existingLifecycle: 'draft' }),
    ]);
    await expect(target.exchange.importAssessment({ kind: 'file', fileName: 'a.dtia.json', content: file })).rejects.toMatchObject({ code: 'IMPORT_CONFLICT' });
    expect(target.assessments.list()).toHaveLength(1);

    const both = await target.exchange.importAssessment({ kind: 'file', fileName: 'a.dtia.json', content: file }, 'keep-both');
    expect(both).toMatchObject({ replaced: false, backup: null, assessment: { title: `${original.title} (2)` } });
    expect(both.assessment.id).not.toBe(original.id);
    const third = await target.exchange.importAssessment({ kind: 'file', fileName: 'a.dtia.json', content: file }, 'keep-both');
    expect(third.assessment.title).toBe(`${original.title} (3)`);

    // Replacing an approved assessment: the approved revision stays kept and in force, the import starts revision 2.
    target.lifecycle.submitForReview(original.id);
    target.lifecycle.approve(original.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02' });
    const changed = { ...fullAssessment(), title: 'Revised elsewhere', updatedAt: '2026-07-01T10:00:00.000Z' };
    const replaced = await target.exchange.importAssessment(
      { kind: 'file', fileName: 'revised.dtia.json', content: serializeInterchange(changed, '2026-07-01T10:00:00.000Z') },
      'replace',
    );
    expect(replaced).toMatchObject({ replaced: true, backup: { reason: 'before-import', assessments: 3 }, assessment: { id: original.id, title: 'Revised elsewhere', createdAt: original.createdAt } });
    expect(target.lifecycle.status(original.id)).toEqual({ assessmentId: original.id, lifecycle: 'draft', revision: 2, approvedRevision: 1 });
    expect(target.lifecycle.history(original.id).versions.map((version) => version.kind)).toEqual(['approved', 'submitted']);
    const [entry] = target.audit.list({ assessmentId: original.id, limit: 1, offset: 0 });
    expect(entry).toMatchObject({ action: 'import', details: { replaced: true, fileName: 'revised.dtia.json', startedRevision: 2 } });
    expect(target.audit.verify().ok).toBe(true);
    expect(existsSync(join(backupsDirOf(target.dataDir), replaced.backup!.id))).toBe(true);
  });
});
