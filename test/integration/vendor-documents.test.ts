import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { createHandlers } from '../../electron/services/handlers';
import type { Services } from '../../electron/services/types';
import { extractFacts } from '../../shared/extraction/extract';
import { MAX_DOCUMENT_CHARS, type DocumentSource, type VendorDocumentDetail } from '../../shared/vendors/profile';
import { pdfWithoutText, textPdf } from '../fixtures/text-pdf';
import { exchangeWorkerFile } from './support/exchange-worker';
import { failureOf, rejectionCode } from './support/failures';

const RESOURCES = join(process.cwd(), 'resources');
const TELNYX = readFileSync(join(process.cwd(), 'test/fixtures/002_7c90d0f1a853ce8b.txt'), 'utf8');
const TWILIO = readFileSync(join(process.cwd(), 'test/fixtures/004_dd27f6e47548c1c9.txt'), 'utf8');

let dataDir: string;
let services: Services;
let clock: Date;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-vendor-documents-'));
  clock = new Date('2026-06-01T08:00:00.000Z');
  services = createServices({ dataDir, resourcesDir: RESOURCES, now: () => clock });
});

afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const paste = (text: string): DocumentSource => ({ kind: 'paste', text });
const file = (fileName: string, content: Buffer | string): DocumentSource => ({
  kind: 'file',
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function expectEvidenceInText(detail: VendorDocumentDetail): void {
  expect(detail.facts.length).toBeGreaterThan(0);
  for (const fact of detail.facts) expect(detail.text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
}

/** The distinct facts of the types the issue measures, as "type:normalized". */
function keyFacts(detail: VendorDocumentDetail): string[] {
  const types = new Set(['country', 'mechanism', 'subprocessor', 'security']);
  return [...new Set(detail.facts.filter((fact) => types.has(fact.type)).map((fact) => `${fact.type}:${fact.normalized}`))].sort();
}

function auditActions(): string[] {
  return services.audit
    .list({ limit: 1000, offset: 0 })
    .map((entry) => entry.action)
    .reverse();
}

function rowCount(table: 'vendor_documents' | 'vendor_facts' | 'vendors'): number {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('importing a vendor document', () => {
  it('reads the pasted Telnyx page, creates the vendor it names and stores every suggestion pending', async () => {
    const detail = await services.vendorDocuments.importDocument(null, paste(TELNYX));

    expect(detail).toMatchObject({ kind: 'paste', fileName: 'Pasted text', sample: false, text: TELNYX, characters: TELNYX.length });
    expect(detail.sha256).toBe(sha256(TELNYX));
    expect(detail.importedAt).toBe('2026-06-01T08:00:00.000Z');
    expect(detail.detectedVendor).toEqual({ name: 'Telnyx', legalEntity: null });
    expect(services.vendors.list().map((vendor) => vendor.name)).toEqual(['Telnyx']);
    expect(detail.vendorId).toBe(services.vendors.list()[0]!.id);

    const expected = extractFacts(TELNYX);
    expect(detail.facts.map(({ type, normalized, evidence }) => ({ type, normalized, evidence }))).toEqual(
      expected.facts.map(({ type, normalized, evidence }) => ({ type, normalized, evidence })),
    );
    expect(detail.gaps).toEqual(expected.gaps);
    expect(detail.facts.every((fact) => fact.decision === 'pending' && !fact.edited && fact.decidedAt === null)).toBe(true);
    expectEvidenceInText(detail);
    expect(keyFacts(detail)).toEqual(expect.arrayContaining(['country:US', 'mechanism:SCC', 'subprocessor:Amazon Web Services']));

    const entry = services.audit.list({ limit: 1, offset: 0 })[0];
    expect(entry).toMatchObject({
      action: 'vendor-document-import',
      assessmentId: null,
      details: { vendorId: detail.vendorId, vendor: 'Telnyx', vendorCreated: true, documentId: detail.id, sha256: detail.sha256, kind: 'paste' },
    });
    expect(services.vendorDocuments.getDocument(detail.id)).toEqual(detail);
  });

  it('finds the vendor the document names among those stored, and stores the same text only once', async () => {
    const telnyx = services.vendors.create({ name: 'TELNYX', legalEntity: '', country: 'US', website: '', notes: '' });
    const first = await services.vendorDocuments.importDocument(null, paste(TELNYX));
    expect(first.vendorId).toBe(telnyx.id);
    await services.vendorDocuments.decideFacts(first.id, [{ factId: first.facts[0]!.id, decision: 'accepted' }]);

    const again = await services.vendorDocuments.importDocument(telnyx.id, paste(TELNYX));
    expect(again.id).toBe(first.id);
    expect(again.facts[0]!.decision).toBe('accepted');
    expect(rowCount('vendor_documents')).toBe(1);
    expect(auditActions()).toEqual(['vendor-document-import', 'vendor-facts-decision']);
  });

  it('reads the Telnyx page printed to PDF: the same key facts, each citing the text kept', async () => {
    const vendor = services.vendors.create({ name: 'Telnyx', legalEntity: 'Telnyx LLC', country: 'US', website: '', notes: '' });
    const fromPaste = await services.vendorDocuments.importDocument(vendor.id, paste(TELNYX));
    const fromPdf = await services.vendorDocuments.importDocument(vendor.id, file('Telnyx data and privacy.pdf', await textPdf(TELNYX)));

    expect(fromPdf).toMatchObject({ kind: 'pdf', fileName: 'Telnyx data and privacy.pdf', vendorId: vendor.id });
    expect(fromPdf.id).not.toBe(fromPaste.id);
    expect(fromPdf.sha256).toBe(sha256(fromPdf.text));
    expectEvidenceInText(fromPdf);
    expect(keyFacts(fromPdf)).toEqual(keyFacts(fromPaste));
    // Lines wrapped at the margin are joined again: a sentence over several lines is cited whole, as in the original.
    const cited = (detail: VendorDocumentDetail) =>
      detail.facts.filter((fact) => fact.type === 'government_access').map((fact) => [fact.normalized, fact.evidence.text]);
    expect(cited(fromPdf)).toEqual(cited(fromPaste));
    expect(cited(fromPdf).some(([, sentence]) => sentence!.length > 200)).toBe(true);
    expect(fromPdf.text).toContain(
      'The CLOUD Act only permits U.S. government access to data in criminal investigations after obtaining a warrant approved by an independent court based on probable cause of a specific criminal act.',
    );
  });

  it('reads .txt in UTF-8 with a byte-order mark, UTF-16 and the Windows code page, and HTML without its markup', async () => {
    const vendor = services.vendors.create({ name: 'Acme', legalEntity: '', country: '', website: '', notes: '' });
    const text = 'Acme stores Customer Data in Germany and the United States. Transfers rely on the Standard Contractual Clauses.';
    const variants: [string, Buffer][] = [
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${text} Güte.`, 'utf16le')])],
      ['windows.txt', Buffer.from(`${text} Grüße`, 'latin1')],
    ];
    for (const [name, bytes] of variants) {
      const detail = await services.vendorDocuments.importDocument(vendor.id, file(name, bytes));
      expect(detail.text.startsWith(text), name).toBe(true);
      expect(keyFacts(detail), name).toEqual(['country:DE', 'country:US', 'mechanism:SCC']);
    }
    expect(services.vendorDocuments.getProfile(vendor.id).documents.map((document) => document.fileName)).toEqual(variants.map(([name]) => name));

    const html = `<html><head><title>x</title><script>var eu = "Japan";</script></head><body><h1>Privacy</h1><p>${text.replace('Germany', '<b>Germany</b>')}</p></body></html>`;
    const page = await services.vendorDocuments.importDocument(vendor.id, file('privacy.HTM', html));
    expect(page.kind).toBe('html');
    expect(page.text).not.toContain('<');
    expect(keyFacts(page)).toEqual(['country:DE', 'country:US', 'mechanism:SCC']);
  });
});

describe('refusals', () => {
  it('refuses what is no readable document, and writes nothing', async () => {
    const vendor = services.vendors.create({ name: 'Acme', legalEntity: '', country: '', website: '', notes: '' });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fe0dd4a5a50000000049454e44ae426082', 'hex');
    const attempts: [DocumentSource, string][] = [
      [paste(' \n\t \n'), 'EMPTY_DOCUMENT'],
      [file('empty.txt', ''), 'EMPTY_DOCUMENT'],
      [file('logo.txt', png), 'NOT_PLAIN_TEXT'],
      [file('scan.pdf', await pdfWithoutText()), 'PDF_WITHOUT_TEXT'],
      [file('broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF'), 'UNREADABLE_PDF'],
      [file('renamed.pdf', 'This is a text file, not a PDF.'), 'NOT_A_PDF'],
      [file('policy.docx', 'PK\u0003\u0004'), 'UNSUPPORTED_DOCUMENT'],
      [file('huge.txt', 'Acme stores data in Germany. '.repeat(Math.ceil(MAX_DOCUMENT_CHARS / 29) + 1)), 'TOO_LARGE'],
    ];
    for (const [source, code] of attempts) {
      expect(await rejectionCode(() => services.vendorDocuments.importDocument(vendor.id, source)), code).toBe(code);
    }
    expect(await rejectionCode(() => services.vendorDocuments.importDocument(null, paste('We keep your data safe and secure.')))).toBe('VENDOR_NOT_NAMED');
    expect(await rejectionCode(() => services.vendorDocuments.importDocument('00000000-0000-4000-8000-000000000000', paste(TELNYX)))).toBe('NOT_FOUND');
    expect(rowCount('vendor_documents')).toBe(0);
    expect(rowCount('vendors')).toBe(1);
    expect(services.audit.count()).toBe(0);
  });

  it('refuses malformed import requests at the handler before reading anything', async () => {
    const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
    const malformed: unknown[] = [
      { vendorId: null, source: { kind: 'paste', text: '' } },
      { vendorId: null, source: { kind: 'paste', text: 'x'.repeat(MAX_DOCUMENT_CHARS + 1) } },
      { vendorId: null, source: { kind: 'file', fileName: '', contentBase64: '' } },
      { vendorId: null, source: { kind: 'url', url: 'https://example.com/privacy' } },
      { vendorId: 'not-a-uuid', source: { kind: 'paste', text: TELNYX } },
      { source: { kind: 'paste', text: TELNYX } },
    ];
    for (const request of malformed) {
      expect(await handlers.importVendorDocument(request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    const refused = await handlers.importVendorDocument({ vendorId: null, source: { kind: 'file', fileName: 'scan.pdf', contentBase64: (await pdfWithoutText()).toString('base64') } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PDF_WITHOUT_TEXT' } });
    const imported = await handlers.importVendorDocument({ vendorId: null, source: { kind: 'paste', text: TWILIO } });
    expect(imported).toMatchObject({ ok: true, value: { detectedVendor: { name: 'Twilio', legalEntity: 'Twilio Inc.' } } });
  });
});

describe('deciding on suggestions and the profile', () => {
  it('accepts, rejects, edits and resets suggestions; the profile lists the accepted ones with their document', async () => {
    const detail = await services.vendorDocuments.importDocument(null, paste(TELNYX));
    const country = detail.facts.find((fact) => fact.type === 'country' && fact.normalized === 'US')!;
    const mechanism = detail.facts.find((fact) => fact.type === 'mechanism')!;
    const rejected = detail.facts.find((fact) => fact.type === 'data_category')!;
    clock = new Date('2026-06-02T09:30:00.000Z');

    const decided = services.vendorDocuments.decideFacts(detail.id, [
      { factId: country.id, decision: 'accepted' },
      { factId: mechanism.id, decision: 'accepted', value: 'EU Standard Contractual Clauses', normalized: 'scc' },
      { factId: rejected.id, decision: 'rejected' },
    ]);
    const byId = new Map(decided.facts.map((fact) => [fact.id, fact]));
    expect(byId.get(country.id)).toMatchObject({ decision: 'accepted', edited: false, decidedAt: '2026-06-02T09:30:00.000Z' });
    expect(byId.get(mechanism.id)).toMatchObject({ decision: 'accepted', edited: true, value: 'EU Standard Contractual Clauses', normalized: 'SCC' });
    expect(byId.get(rejected.id)).toMatchObject({ decision: 'rejected' });

    const profile = services.vendorDocuments.getProfile(detail.vendorId);
    expect(profile).toMatchObject({ vendorName: 'Telnyx', sample: false, dpf: { status: 'unknown', checkedOn: '' }, transparency: [], openQuestions: [] });
    expect(profile.documents).toEqual([expect.objectContaining({ id: detail.id, sha256: detail.sha256, characters: TELNYX.length })]);
    expect(profile.facts.map((fact) => fact.id)).toEqual([country.id, mechanism.id].sort((a, b) => position(a) - position(b)));
    for (const fact of profile.facts) {
      expect(fact).toMatchObject({ documentName: 'Pasted text', documentSha256: detail.sha256, importedAt: '2026-06-01T08:00:00.000Z' });
      expect(TELNYX.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
    }

    // Back to pending: the suggestion as the importer made it.
    const reset = services.vendorDocuments.decideFacts(detail.id, [{ factId: mechanism.id, decision: 'pending' }]);
    expect(reset.facts.find((fact) => fact.id === mechanism.id)).toMatchObject({
      decision: 'pending',
      edited: false,
      decidedAt: null,
      value: mechanism.value,
      normalized: mechanism.normalized,
    });
    expect(services.vendorDocuments.getProfile(detail.vendorId).facts.map((fact) => fact.id)).toEqual([country.id]);
    expect(auditActions()).toEqual(['vendor-document-import', 'vendor-facts-decision', 'vendor-facts-decision']);
    expect(services.audit.list({ limit: 2, offset: 0 })[1]!.details).toMatchObject({
      documentId: detail.id,
      facts: expect.arrayContaining([{ factId: mechanism.id, type: 'mechanism', decision: 'accepted', normalized: 'SCC', edited: true }]),
    });

    function position(id: string): number {
      return detail.facts.findIndex((fact) => fact.id === id);
    }
  });

  it('refuses a decision that does not fit, and changes nothing of the request', async () => {
    const detail = await services.vendorDocuments.importDocument(null, paste(TELNYX));
    const other = await services.vendorDocuments.importDocument(null, paste(TWILIO));
    const country = detail.facts.find((fact) => fact.type === 'country')!;
    const mechanism = detail.facts.find((fact) => fact.type === 'mechanism')!;
    const first = detail.facts[0]!;
    const refusals: [Parameters<Services['vendorDocuments']['decideFacts']>[1], string][] = [
      [[{ factId: first.id, decision: 'accepted' }, { factId: country.id, decision: 'accepted', normalized: 'Atlantis' }], 'INVALID_REQUEST'],
      [[{ factId: mechanism.id, decision: 'accepted', normalized: 'GDPR' }], 'INVALID_REQUEST'],
      [[{ factId: country.id, decision: 'pending', value: 'USA' }], 'INVALID_REQUEST'],
      [[{ factId: first.id, decision: 'accepted' }, { factId: first.id, decision: 'rejected' }], 'INVALID_REQUEST'],
      [[{ factId: first.id, decision: 'accepted' }, { factId: other.facts[0]!.id, decision: 'accepted' }], 'NOT_FOUND'],
    ];
    for (const [decisions, code] of refusals) {
      expect(failureOf(() => services.vendorDocuments.decideFacts(detail.id, decisions)).code).toBe(code);
    }
    expect(services.vendorDocuments.getDocument(detail.id)).toEqual(detail);
    expect(services.vendorDocuments.decideFacts(detail.id, [{ factId: country.id, decision: 'accepted', normalized: 'eea' }]).facts.find((f) => f.id === country.id)?.normalized).toBe('EEA');
  });

  it('keeps what the user records by hand on the profile', async () => {
    const detail = await services.vendorDocuments.importDocument(null, paste(TELNYX));
    const fields = {
      dpf: { status: 'certified' as const, checkedOn: '2026-05-30' },
      transparency: [{ label: 'FISA 702 requests', figure: '0', period: 'H2 2025', source: 'Transparency report' }],
      openQuestions: [
        { id: 'q1', gapId: 'no-retention' as const, question: 'How long do you keep call detail records?', status: 'asked' as const, answer: '' },
        { id: 'q2', gapId: null, question: 'Which sub-processors see message content?', status: 'open' as const, answer: '' },
      ],
    };
    const saved = services.vendorDocuments.saveProfile(detail.vendorId, fields);
    expect(saved).toMatchObject(fields);
    expect(services.vendorDocuments.getProfile(detail.vendorId)).toEqual(saved);
    expect(services.audit.list({ limit: 1, offset: 0 })[0]).toMatchObject({
      action: 'vendor-profile-edit',
      details: { vendorId: detail.vendorId, vendor: 'Telnyx', dpf: fields.dpf, transparencyFigures: 1, openQuestions: 2 },
    });
    const twice = { ...fields, openQuestions: [fields.openQuestions[0]!, { ...fields.openQuestions[1]!, id: 'q1' }] };
    expect(failureOf(() => services.vendorDocuments.saveProfile(detail.vendorId, twice)).code).toBe('INVALID_REQUEST');
    expect(failureOf(() => services.vendorDocuments.getProfile('00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
  });
});

describe('removing documents and vendors', () => {
  it('deletes a document with its facts, and a vendor with its documents', async () => {
    const telnyx = await services.vendorDocuments.importDocument(null, paste(TELNYX));
    const twilio = await services.vendorDocuments.importDocument(null, paste(TWILIO));
    services.vendorDocuments.decideFacts(telnyx.id, [{ factId: telnyx.facts[0]!.id, decision: 'accepted' }]);

    expect(services.vendorDocuments.deleteDocument(telnyx.id)).toEqual({ id: telnyx.id });
    expect(failureOf(() => services.vendorDocuments.getDocument(telnyx.id)).code).toBe('NOT_FOUND');
    expect(services.vendorDocuments.getProfile(telnyx.vendorId)).toMatchObject({ documents: [], facts: [] });
    expect(rowCount('vendor_facts')).toBe(twilio.facts.length);
    expect(services.audit.list({ limit: 1, offset: 0 })[0]).toMatchObject({
      action: 'vendor-document-delete',
      details: { documentId: telnyx.id, sha256: telnyx.sha256, acceptedFacts: 1 },
    });
    expect(failureOf(() => services.vendorDocuments.deleteDocument(telnyx.id)).code).toBe('NOT_FOUND');

    services.vendors.delete(twilio.vendorId, { unlink: false });
    expect(rowCount('vendor_documents')).toBe(0);
    expect(rowCount('vendor_facts')).toBe(0);
    expect(services.audit.list({ limit: 1, offset: 0 })[0]).toMatchObject({
      action: 'vendor-document-delete',
      details: { documentId: twilio.id, vendor: 'Twilio', vendorDeleted: true },
    });
    expect(services.audit.verify().ok).toBe(true);
  });

  it('moves documents and profile to the vendor another is merged into', async () => {
    const source = await services.vendorDocuments.importDocument(null, paste(TWILIO));
    const target = services.vendors.create({ name: 'Twilio Ireland', legalEntity: '', country: 'IE', website: '', notes: '' });
    services.vendorDocuments.decideFacts(source.id, [{ factId: source.facts[0]!.id, decision: 'accepted' }]);
    const question = { id: 'q1', gapId: null, question: 'Who answers government requests?', status: 'open' as const, answer: '' };
    services.vendorDocuments.saveProfile(source.vendorId, { dpf: { status: 'certified', checkedOn: '2026-05-01' }, transparency: [], openQuestions: [question] });
    services.vendorDocuments.saveProfile(target.id, { dpf: { status: 'unknown', checkedOn: '' }, transparency: [], openQuestions: [question] });

    const telnyxSource = await services.vendorDocuments.importDocument(source.vendorId, paste(TELNYX));
    const telnyxTarget = await services.vendorDocuments.importDocument(target.id, paste(TELNYX));

    services.vendors.merge(source.vendorId, target.id);
    const profile = services.vendorDocuments.getProfile(target.id);
    // The text both had stays once, as the target's copy with its decisions.
    expect(profile.documents.map((document) => document.id)).toEqual([source.id, telnyxTarget.id]);
    expect(profile.facts.map((fact) => fact.id)).toEqual([source.facts[0]!.id]);
    expect(services.audit.list({ limit: 1, offset: 0 })[0]).toMatchObject({
      action: 'vendor-document-delete',
      details: { documentId: telnyxSource.id, mergedInto: target.id },
    });
    expect(profile.dpf).toEqual({ status: 'certified', checkedOn: '2026-05-01' });
    expect(profile.openQuestions.map((entry) => entry.id)).toEqual(['q1', 'q1-2']);
  });
});

describe('sample vendors', () => {
  it('builds the five sample profiles from the shipped documents once, keeping vendors already there', async () => {
    const own = services.vendors.create({ name: 'twilio', legalEntity: '', country: 'US', website: '', notes: 'Our own record' });
    const first = await services.vendorDocuments.addSamples();
    expect(first).toEqual({ added: ['Qualyon', 'Qliento', 'Telnyx', 'TelBuddy'], kept: ['Twilio'] });

    for (const vendor of services.vendors.list().filter((entry) => entry.id !== own.id)) {
      const profile = services.vendorDocuments.getProfile(vendor.id);
      expect(profile.sample, vendor.name).toBe(true);
      expect(profile.documents).toHaveLength(1);
      expect(profile.documents[0]).toMatchObject({ kind: 'txt', sample: true });
      const document = services.vendorDocuments.getDocument(profile.documents[0]!.id);
      expect(document.facts.every((fact) => fact.decision === 'accepted')).toBe(true);
      expect(profile.facts).toHaveLength(document.facts.length);
      expectEvidenceInText(document);
    }
    const telnyx = services.vendors.list().find((vendor) => vendor.name === 'Telnyx')!;
    const telnyxDocument = services.vendorDocuments.getProfile(telnyx.id).documents[0]!;
    expect(telnyxDocument).toMatchObject({ fileName: 'telnyx-data-and-privacy.txt', sha256: sha256(TELNYX) });
    expect(services.vendorDocuments.getProfile(own.id)).toMatchObject({ sample: false, documents: [] });
    expect(services.vendors.get(own.id).vendor.notes).toBe('Our own record');

    const entries = services.audit.count();
    expect(auditActions().filter((action) => action === 'vendor-document-import')).toHaveLength(4);
    expect(auditActions().at(-1)).toBe('vendor-samples-add');
    const again = await services.vendorDocuments.addSamples();
    expect(again).toEqual({ added: [], kept: ['Qualyon', 'Qliento', 'Telnyx', 'TelBuddy', 'Twilio'] });
    expect(services.audit.count()).toBe(entries);
    expect(rowCount('vendor_documents')).toBe(4);
  });
});

describe('migration 9', () => {
  it('gives the vendors stored before it an empty profile', () => {
    services.close();
    const file = join(dataDir, 'older.sqlite');
    const db = new Database(file);
    runMigrations(db, MIGRATIONS.filter((migration) => migration.version <= 8));
    db.prepare(
      "INSERT INTO vendors (id, name, legal_entity, country, website, notes, created_at, updated_at) VALUES ('v1', 'Acme', '', 'US', '', '', 'x', 'x')",
    ).run();
    runMigrations(db);
    expect(db.prepare('SELECT sample, dpf_status, dpf_checked_on, transparency, open_questions FROM vendors').get()).toEqual({
      sample: 0,
      dpf_status: 'unknown',
      dpf_checked_on: '',
      transparency: '[]',
      open_questions: '[]',
    });
    db.close();
    services = createServices({ dataDir, resourcesDir: RESOURCES });
  });
});

describe('the workspace file', () => {
  async function settled(target: Services, start: () => ReturnType<Services['exchange']['startWorkspaceExport']>) {
    const status = await target.exchange.whenSettled(start().id);
    if (status.error) throw new Error(`${status.error.code}: ${status.error.message} ${JSON.stringify(status.error.details ?? [])}`);
    return status;
  }

  it('carries the vendor profiles with their documents and decisions to another workspace', async () => {
    const exchangeWorker = exchangeWorkerFile();
    const source = createServices({ dataDir: join(dataDir, 'source'), resourcesDir: RESOURCES, exchangeWorker });
    const target = createServices({ dataDir: join(dataDir, 'target'), resourcesDir: RESOURCES, exchangeWorker });
    try {
      await source.vendorDocuments.addSamples();
      const telnyx = source.vendors.list().find((vendor) => vendor.name === 'Telnyx')!;
      const own = await source.vendorDocuments.importDocument(telnyx.id, file('telnyx.pdf', await textPdf(TELNYX)));
      source.vendorDocuments.decideFacts(own.id, [
        { factId: own.facts[0]!.id, decision: 'rejected' },
        { factId: own.facts[1]!.id, decision: 'accepted', value: 'Edited by the consultant' },
      ]);
      source.vendorDocuments.saveProfile(telnyx.id, {
        dpf: { status: 'certified', checkedOn: '2026-05-30' },
        transparency: [],
        openQuestions: [{ id: 'q1', gapId: 'no-retention', question: 'How long do you keep CDRs?', status: 'open', answer: '' }],
      });
      const workspaceFile = join(dataDir, 'consultant.dtia-workspace');
      await settled(source, () => source.exchange.startWorkspaceExport(workspaceFile));

      await settled(target, () => target.exchange.startWorkspaceImportFrom(workspaceFile, {}));
      for (const vendor of source.vendors.list()) {
        expect(target.vendorDocuments.getProfile(vendor.id), vendor.name).toEqual(source.vendorDocuments.getProfile(vendor.id));
      }
      expect(target.vendorDocuments.getDocument(own.id)).toEqual(source.vendorDocuments.getDocument(own.id));

      // Importing the same file again adds nothing: the documents are already there.
      await settled(target, () => target.exchange.startWorkspaceImportFrom(workspaceFile, { all: 'keep-both' }));
      expect(target.vendorDocuments.getProfile(telnyx.id).documents).toHaveLength(2);

      // A document whose text no longer gives its hash is refused, and nothing is written.
      const lines = gunzipSync(readFileSync(workspaceFile)).toString('utf8').trimEnd().split('\n');
      const index = lines.findIndex((line) => line.includes('"telnyx.pdf"'));
      // Same length, so every fact's evidence still lies where it says: only the text's hash shows the change.
      lines[index] = lines[index]!.replaceAll('Mission Control', 'Mission Kontrol');
      const body = lines.slice(0, -1);
      const sha = createHash('sha256').update(body.map((line) => `${line}\n`).join(''), 'utf8').digest('hex');
      lines[lines.length - 1] = JSON.stringify({ type: 'end', records: body.length, sha256: sha });
      const tampered = join(dataDir, 'tampered.dtia-workspace');
      writeFileSync(tampered, gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8')));
      const fresh = createServices({ dataDir: join(dataDir, 'fresh'), resourcesDir: RESOURCES, exchangeWorker });
      try {
        const status = await fresh.exchange.whenSettled(fresh.exchange.startWorkspaceImportFrom(tampered, {}).id);
        expect(status.error).toMatchObject({ code: 'WORKSPACE_DAMAGED' });
        expect(fresh.vendors.list()).toEqual([]);
      } finally {
        fresh.close();
      }
    } finally {
      source.close();
      target.close();
    }
  });
});

