import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import type { AssessmentStore } from '../../electron/services/types';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';
import { appendAttachment, makePdf, pdfWithAssessment } from '../fixtures/pdf-attachments';
import { reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';
import { failureOf } from './support/failures';

const library = shippedLawLibrary();
const EXPORTED_AT = '2026-11-22T10:00:00.000Z';

let dir: string;
const opened: Database.Database[] = [];
let clock: Date;

function openStore(name: string): { store: AssessmentStore; file: string } {
  const file = join(dir, name);
  const db = openDatabase(file);
  opened.push(db);
  const store = createAssessmentStore(db, {
    now: () => (clock = new Date(clock.getTime() + 1000)),
    newId: randomUUID,
    lawLibrary: () => library,
  });
  return { store, file };
}

function storedDocuments(file: string): unknown[] {
  const raw = new Database(file, { readonly: true });
  try {
    return raw
      .prepare<[], { document: string }>('SELECT document FROM assessments ORDER BY rowid')
      .all()
      .map((row) => JSON.parse(row.document) as unknown);
  } finally {
    raw.close();
  }
}

/** The report PDF of an assessment stored in `store`, carrying its export as the renderer attaches it. */
async function reportOf(store: AssessmentStore, id: string): Promise<Buffer> {
  const exported = store.exportJson(id);
  return pdfWithAssessment({ fileName: exported.fileName, content: exported.content }, 'The assessment as .dtia.json');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtia-import-pdf-'));
  clock = new Date('2026-11-22T08:00:00.000Z');
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('assessment store: importPdf', () => {
  let original: Assessment;

  beforeEach(() => {
    original = reportAssessment(library);
  });

  it('imports the report’s assessment beside the original, when asked to keep both, under a new id and "(2)", equal to it otherwise', async () => {
    const { store, file } = openStore('dtia.sqlite');
    const stored = store.importFile('helpdesk.dtia.json', serializeInterchange(original, EXPORTED_AT)).assessment;
    const pdf = await reportOf(store, stored.id);

    expect(failureOf(() => store.importPdf('report.pdf', pdf)).code).toBe('IMPORT_CONFLICT');
    const { assessment, migratedFromVersion } = store.importPdf('report.pdf', pdf, 'keep-both');

    expect(migratedFromVersion).toBeNull();
    expect(assessment.id).not.toBe(stored.id);
    expect(assessment.title).toBe(`${stored.title} (2)`);
    expect({ ...assessment, id: stored.id, title: stored.title }).toEqual(stored);
    expect(store.get(assessment.id)).toEqual(assessment);
    expect(store.get(stored.id)).toEqual(stored);
    // A second connection reads both from the file.
    expect(storedDocuments(file)).toEqual([stored, assessment]);
  });

  it('keeps the assessment’s id when the database does not hold it yet', async () => {
    const source = openStore('source.sqlite').store;
    const stored = source.importFile('helpdesk.dtia.json', serializeInterchange(original, EXPORTED_AT)).assessment;
    const pdf = await reportOf(source, stored.id);

    const { store, file } = openStore('other.sqlite');
    const { assessment } = store.importPdf('report.pdf', pdf);

    expect(assessment).toEqual(stored);
    expect(assessment).toEqual(original);
    expect(storedDocuments(file)).toEqual([original]);
    expect(store.list()).toHaveLength(1);
  });

  it('imports from a report that a later incremental update extended', async () => {
    const { store } = openStore('dtia.sqlite');
    const stored = store.importFile('helpdesk.dtia.json', serializeInterchange(original, EXPORTED_AT)).assessment;
    const pdf = appendAttachment(await reportOf(store, stored.id), 'comments.txt', {
      dict: '<< /Type /EmbeddedFile /Length 2 >>',
      data: Buffer.from('ok'),
    });
    const { assessment } = store.importPdf('report (countersigned).pdf', pdf, 'keep-both');
    expect({ ...assessment, id: stored.id, title: stored.title }).toEqual(stored);
  });

  it('migrates an embedded version 1 file and says so', async () => {
    const v1 = fullAssessmentV1();
    const content = JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: EXPORTED_AT, assessment: v1 });
    const pdf = await pdfWithAssessment({ fileName: 'old.dtia.json', content });
    const { store } = openStore('dtia.sqlite');

    const { assessment, migratedFromVersion } = store.importPdf('old report.pdf', pdf);

    expect(migratedFromVersion).toBe(1);
    expect(assessment.id).toBe(v1.id);
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(store.get(v1.id)).toEqual(assessment);
  });

  it('says that a PDF without an attachment carries no assessment, and writes nothing', async () => {
    const { store, file } = openStore('dtia.sqlite');
    const failure = failureOf(() => store.importPdf('other.pdf', Buffer.alloc(0)));
    expect(failure.code).toBe('NOT_A_PDF');

    const plain = await makePdf(() => undefined);
    const none = failureOf(() => store.importPdf('other.pdf', plain));
    expect(none.code).toBe('NO_EMBEDDED_ASSESSMENT');
    expect(none.message).toContain('carries no assessment data');
    expect(none.message).toContain('DTIA Studio');
    expect(storedDocuments(file)).toEqual([]);
  });

  it('refuses a file that is not a PDF', () => {
    const { store, file } = openStore('dtia.sqlite');
    const json = Buffer.from(serializeInterchange(original, EXPORTED_AT), 'utf8');
    expect(failureOf(() => store.importPdf('helpdesk.dtia.json', json)).code).toBe('NOT_A_PDF');
    expect(storedDocuments(file)).toEqual([]);
  });

  it('passes on what the interchange validation finds, and writes nothing', async () => {
    const { store, file } = openStore('dtia.sqlite');
    const invalid = { ...original, title: 42 };
    const cases: Array<[string, string]> = [
      ['{"format":', 'INVALID_JSON'],
      ['{"hello":"world"}', 'NOT_DTIA_FILE'],
      [JSON.stringify({ format: 'dtia-assessment', version: 99, exportedAt: EXPORTED_AT, assessment: original }), 'UNSUPPORTED_VERSION'],
      [JSON.stringify({ format: 'dtia-assessment', version: 2, exportedAt: EXPORTED_AT, assessment: invalid }), 'INVALID_ASSESSMENT'],
    ];
    for (const [content, code] of cases) {
      const pdf = await pdfWithAssessment({ fileName: 'x.dtia.json', content });
      expect(failureOf(() => store.importPdf('x.pdf', pdf)).code, content.slice(0, 40)).toBe(code);
    }
    expect(storedDocuments(file)).toEqual([]);
  });

  it('refuses damaged and oversized attachments with their own messages', async () => {
    const { store, file } = openStore('dtia.sqlite');
    const base = await pdfWithAssessment({ fileName: 'a.dtia.json', content: serializeInterchange(original, EXPORTED_AT) });

    const damaged = appendAttachment(base, 'b.dtia.json', {
      dict: '<< /Type /EmbeddedFile /Filter /FlateDecode /Length 6 >>',
      data: Buffer.from('broken'),
    });
    const damagedFailure = failureOf(() => store.importPdf('damaged.pdf', damaged));
    expect(damagedFailure.code).toBe('NO_EMBEDDED_ASSESSMENT');
    expect(damagedFailure.message).toContain('damaged');

    const bomb = deflateSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    const oversized = appendAttachment(base, 'b.dtia.json', {
      dict: `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${bomb.length} >>`,
      data: bomb,
    });
    expect(failureOf(() => store.importPdf('big.pdf', oversized)).code).toBe('TOO_LARGE');
    expect(storedDocuments(file)).toEqual([]);
  });
});
