import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, dispatch, type Handlers } from '../../electron/services/handlers';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import type { Services } from '../../electron/services/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { fullAssessment } from '../fixtures/full-assessment';

const RESOURCES = join(__dirname, '../../resources');

describe('the IPC handlers over the real services', () => {
  let dataDir: string;
  let services: Services;
  let handlers: Handlers;
  const logged: unknown[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dtia-handlers-'));
    services = createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test' });
    handlers = createHandlers(
      services,
      { saveFile: async () => ({ saved: false, path: null }) },
      (_message, error) => logged.push(error),
    );
  });

  afterEach(() => {
    services.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const databaseBytes = () => readFileSync(join(dataDir, DATABASE_FILE));

  it('refuses a malformed request on every channel with INVALID_REQUEST', async () => {
    for (const channel of CHANNELS) {
      for (const payload of [null, 'text', 42, [], { unexpected: true }]) {
        const result = await handlers[channel](payload);
        expect(result, `${channel} with ${JSON.stringify(payload)}`).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      }
    }
  });

  it('answers DATABASE_BUSY while another connection holds the write lock', async () => {
    const created = await handlers.createAssessment({ title: 'Edited during an import' });
    const assessment = created.ok ? created.value : fullAssessment();
    const other = new Database(join(dataDir, DATABASE_FILE));
    try {
      other.exec('BEGIN IMMEDIATE');
      const saved = await handlers.saveAssessment({ assessment: { ...assessment, title: 'Changed' } });
      expect(saved).toMatchObject({ ok: false, error: { code: 'DATABASE_BUSY' } });
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    const retried = await handlers.saveAssessment({ assessment: { ...assessment, title: 'Changed' } });
    expect(retried.ok).toBe(true);
    expect(services.assessments.get(assessment.id).title).toBe('Changed');
  });

  it('refuses hostile saves and writes nothing', async () => {
    const created = await handlers.createAssessment({ title: 'Stored' });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    const before = JSON.stringify(services.assessments.get(id));

    const base = { ...fullAssessment(), id };
    const hostile: unknown[] = [
      { assessment: { ...base, title: 'x'.repeat(50 * 1024 * 1024) } },
      { assessment: { ...base, map: { ...base.map, transfers: base.map.transfers.map((t) => ({ ...t, specialCategories: 'yes' })) } } },
      { assessment: JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(base).slice(1)}`) },
      { assessment: { ...base, step3: { ...base.step3, laws: Array.from({ length: 5000 }, () => base.step3.laws[0]) } } },
      { assessment: base, extra: 1 },
    ];
    for (const payload of hostile) {
      const result = await handlers.saveAssessment(payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(JSON.stringify(services.assessments.get(id))).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns service failures as values with their code and keeps details out of unexpected errors', async () => {
    const missing = await handlers.getAssessment({ id: '00000000-0000-4000-8000-00000000abcd' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const unsigned = await handlers.verifyReport({ pdfBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64') });
    expect(unsigned.ok).toBe(false);
    if (!unsigned.ok) expect(['UNSIGNED_PDF', 'NOT_A_PDF']).toContain(unsigned.error.code);

    const draft = services.assessments.create('Draft');
    const noIdentity = await handlers.exportSignedReport({
      assessmentId: draft.id,
      identityId: '00000000-0000-4000-8000-00000000abcd',
      passphrase: 'whatever',
      language: 'en',
      confidentiality: '',
      appearance: 'visible',
    });
    expect(noIdentity).toMatchObject({ ok: false, error: { code: 'NO_SIGNING_IDENTITY' } });
  });

  it('creates, lists, exports and deletes signing identities, and trusts exported certificates', async () => {
    const person = { name: 'Jürgen Groß', email: 'juergen@example.com', organisation: 'Müller & Söhne', passphrase: 'correct horse battery' };
    expect(await handlers.createSigningIdentity({ ...person, algorithm: 'dsa-1024' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.createSigningIdentity({ ...person, algorithm: 'ecdsa-p256', passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });

    const created = await handlers.createSigningIdentity({ ...person, algorithm: 'ecdsa-p256' });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value).toMatchObject({ name: person.name, keyAlgorithm: 'ECDSA P-256', protection: 'passphrase' });
    expect(await handlers.listSigningIdentities({})).toEqual({ ok: true, value: [created.value] });

    const exported = await handlers.exportCertificate({ identityId: created.value.id, format: 'pem' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.fileName).toBe('jurgen-gross.pem');
    expect(Buffer.from(exported.value.contentBase64, 'base64').toString('ascii')).toContain('-----BEGIN CERTIFICATE-----');

    const trusted = await handlers.addTrustedCertificate({ fileName: exported.value.fileName, contentBase64: exported.value.contentBase64 });
    expect(trusted).toMatchObject({ ok: true, value: { certificateSha256: created.value.certificateSha256, name: person.name } });
    expect(services.trust.fingerprints().has(created.value.certificateSha256)).toBe(true);
    expect(await handlers.listTrustedCertificates({})).toMatchObject({ ok: true, value: [{ certificateSha256: created.value.certificateSha256 }] });
    expect(await handlers.addTrustedCertificate({ fileName: 'x.pem', contentBase64: Buffer.from('not a certificate').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CERTIFICATE' },
    });
    expect(await handlers.removeTrustedCertificate({ certificateSha256: created.value.certificateSha256 })).toEqual({
      ok: true,
      value: { certificateSha256: created.value.certificateSha256 },
    });
    expect(await handlers.removeTrustedCertificate({ certificateSha256: 'A'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    expect(await handlers.importSigningIdentity({ p12Base64: Buffer.from('no p12').toString('base64'), passphrase: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_IDENTITY' },
    });
    expect(await handlers.deleteSigningIdentity({ identityId: created.value.id })).toEqual({ ok: true, value: { identityId: created.value.id } });
    expect(await handlers.listSigningIdentities({})).toEqual({ ok: true, value: [] });
    expect(await handlers.exportCertificate({ identityId: created.value.id, format: 'der' })).toMatchObject({
      ok: false,
      error: { code: 'NO_SIGNING_IDENTITY' },
    });
  });

  it('saves the time-stamping authority, refusing anything but an http(s) URL or none', async () => {
    expect(await handlers.getSigningSettings({})).toEqual({ ok: true, value: { timestampUrl: null } });
    expect(await handlers.saveSigningSettings({ timestampUrl: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.saveSigningSettings({ timestampUrl: 'https://tsa.example.org/' })).toEqual({
      ok: true,
      value: { timestampUrl: 'https://tsa.example.org/' },
    });
    expect(services.settings.signing()).toEqual({ timestampUrl: 'https://tsa.example.org/' });
    expect(await handlers.saveSigningSettings({ timestampUrl: null })).toEqual({ ok: true, value: { timestampUrl: null } });
  });

  it('reports the data as sound, makes a backup on request and restores only backups the folder lists', async () => {
    expect(await handlers.getHealth({})).toEqual({ ok: true, value: { health: { state: 'ok' }, canRestore: true } });
    expect(await handlers.listBackups({})).toEqual({ ok: true, value: { backups: [], automaticFailure: null } });
    const created = await handlers.createAssessment({ title: 'Backed up' });
    expect(created.ok).toBe(true);
    const backup = await handlers.createBackup({});
    if (!backup.ok) throw new Error(backup.error.message);
    expect(backup.value).toMatchObject({ reason: 'manual', assessments: 1 });
    expect(await handlers.listBackups({})).toEqual({ ok: true, value: { backups: [backup.value], automaticFailure: null } });
    expect(await handlers.createBackup({ reason: 'daily' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });

    const bytes = databaseBytes();
    for (const id of ['../dtia.sqlite', '/etc/passwd', `backups/${backup.value.id}`, `${backup.value.id}/..`, '', 'dtia.sqlite']) {
      expect(await handlers.restoreBackup({ id }), id).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await handlers.restoreBackup({ id: 'dtia-2020-01-01T00-00-00Z-manual.sqlite' })).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } });
    expect(databaseBytes().equals(bytes)).toBe(true);
    expect(services.assessments.list().map((summary) => summary.title)).toEqual(['Backed up']);
  });

  it('lists the history a page at a time, newest first, verifies it, and refuses pages out of bounds', async () => {
    const first = await handlers.createAssessment({ title: 'First' });
    const second = await handlers.createAssessment({ title: 'Second' });
    if (!first.ok || !second.ok) throw new Error('not created');
    await handlers.deleteAssessment({ id: first.value.id });

    const page = await handlers.listHistory({ limit: 2, offset: 0 });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.value.total).toBe(3);
    expect(page.value.entries.map((entry) => [entry.seq, entry.action, entry.assessmentId])).toEqual([
      [3, 'delete', first.value.id],
      [2, 'create', second.value.id],
    ]);
    expect(await handlers.listHistory({ limit: 2, offset: 2 })).toMatchObject({ ok: true, value: { total: 3, entries: [{ seq: 1 }] } });
    expect(await handlers.listHistory({ assessmentId: second.value.id, limit: 200, offset: 0 })).toMatchObject({
      ok: true,
      value: { total: 1, entries: [{ seq: 2, details: { title: 'Second' } }] },
    });
    expect(await handlers.verifyHistory({})).toEqual({ ok: true, value: { ok: true, entries: 3, firstBroken: null } });

    for (const request of [
      { limit: 0, offset: 0 },
      { limit: 201, offset: 0 },
      { limit: 1.5, offset: 0 },
      { limit: 50, offset: -1 },
      { limit: 50 },
      { assessmentId: 'not-an-id', limit: 50, offset: 0 },
      { limit: 50, offset: 0, actor: 'anyone' },
    ]) {
      expect(await handlers.listHistory(request), JSON.stringify(request)).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    }
    expect(await handlers.verifyHistory({ anchor: { seq: 1, hash: '0'.repeat(64) } })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
  });

  it('refuses channels outside the contract', async () => {
    const bytes = databaseBytes();
    for (const channel of ['__proto__', 'constructor', 'toString', 'deleteEverything', 42]) {
      await expect(dispatch(handlers, channel, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
    expect(databaseBytes().equals(bytes)).toBe(true);
  });
});
