import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trustedCertificateSchema } from '../../shared/ipc/contract';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { openDatabase } from '../../electron/services/database/open-database';
import { createSettingsService } from '../../electron/services/settings/settings-service';
import { createIdentityService } from '../../electron/services/signing/identity-service';
import { createTrustService } from '../../electron/services/signing/trust-service';
import { createServices } from '../../electron/services';
import { createHandlers } from '../../electron/services/handlers';
import { fullAssessment } from '../fixtures/full-assessment';
import { RESOURCES_DIR } from '../fixtures/report-assessment';
import { failureCode } from './support/failures';
import { opensslFingerprint, opensslText } from './support/openssl-identity';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const LATER = new Date('2026-12-01T08:30:00.000Z');

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-trust-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the trusted certificates', () => {
  let colleaguePem: Buffer;
  let colleagueDer: Buffer;
  let colleagueFingerprint: string;

  beforeAll(() => {
    // A colleague's certificate as "Export certificate" gives it, in both forms.
    const identities = createIdentityService({ dataDir: join(work, 'colleague'), now: () => NOW });
    const colleague = identities.create({
      name: 'Zofia Wiśniewska',
      email: 'zofia@example.org',
      organisation: 'Łódź Data Sp. z o.o.',
      algorithm: 'ecdsa-p256',
      passphrase: 'colleague passphrase',
    });
    colleaguePem = identities.exportCertificate(colleague.id, 'pem').content;
    colleagueDer = identities.exportCertificate(colleague.id, 'der').content;
    colleagueFingerprint = colleague.certificateSha256;
  });

  it('adds PEM and DER certificates, lists them by name and persists them', () => {
    const file = join(work, 'trust.sqlite');
    let clock = NOW;
    const db = openDatabase(file);
    const trust = createTrustService(db, { now: () => clock });
    expect(trust.list()).toEqual([]);
    expect(trust.fingerprints().size).toBe(0);

    const added = trust.add('zofia.pem', colleaguePem);
    expect(trustedCertificateSchema.parse(added)).toEqual(added);
    expect(added).toEqual({
      certificateSha256: colleagueFingerprint,
      name: 'Zofia Wiśniewska',
      email: 'zofia@example.org',
      organisation: 'Łódź Data Sp. z o.o.',
      validFrom: NOW.toISOString(),
      validTo: '2029-11-22T10:00:00.000Z',
      addedAt: NOW.toISOString(),
    });

    // The same certificate as DER is the same entry, unchanged.
    clock = LATER;
    expect(trust.add('zofia.cer', colleagueDer)).toEqual(added);

    opensslText('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(work, 'ca.key'), '-out', join(work, 'ca.pem'), '-days', '30', '-subj', '/CN=Anna Example CA/O=Example Trust Services');
    const ca = trust.add('ca.pem', readFileSync(join(work, 'ca.pem')));
    expect(ca).toMatchObject({ name: 'Anna Example CA', organisation: 'Example Trust Services', email: '', addedAt: LATER.toISOString() });
    expect(ca.certificateSha256).toBe(opensslFingerprint(join(work, 'ca.pem')));

    expect(trust.list().map((entry) => entry.name)).toEqual(['Anna Example CA', 'Zofia Wiśniewska']);
    expect([...trust.fingerprints()].sort()).toEqual([ca.certificateSha256, colleagueFingerprint].sort());
    db.close();

    const reopened = openDatabase(file);
    expect(createTrustService(reopened, { now: () => LATER }).list()).toEqual([ca, added]);
    const stored = reopened.prepare('SELECT certificate FROM trusted_certificates WHERE certificate_sha256 = ?').pluck().get(colleagueFingerprint);
    expect(Buffer.from(stored as Uint8Array).equals(colleagueDer)).toBe(true);
    reopened.close();
  });

  it('takes the first certificate of a PEM file with several, and PEM with text around it', () => {
    const db = openDatabase(join(work, 'several.sqlite'));
    const trust = createTrustService(db, { now: () => NOW });
    const bundle = Buffer.from(`Colleague certificate\n${colleaguePem.toString('ascii')}${readFileSync(join(work, 'ca.pem'), 'ascii')}`);
    expect(trust.add('bundle.pem', bundle).certificateSha256).toBe(colleagueFingerprint);
    expect(trust.list()).toHaveLength(1);
    db.close();
  });

  it('refuses what is not a certificate with INVALID_CERTIFICATE and adds nothing', () => {
    const db = openDatabase(join(work, 'invalid.sqlite'));
    const trust = createTrustService(db, { now: () => NOW });
    const notCertificates = [
      Buffer.alloc(0),
      randomBytes(600),
      Buffer.from('hello'),
      readFileSync(join(work, 'ca.key')),
      Buffer.from('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n'),
      Buffer.concat([colleagueDer, Buffer.from([0])]),
      colleagueDer.subarray(0, colleagueDer.length - 1),
    ];
    for (const content of notCertificates) {
      expect(failureCode(() => trust.add('file.pem', content))).toBe('INVALID_CERTIFICATE');
    }
    expect(trust.list()).toEqual([]);
    db.close();
  });

  it('removes a certificate, and says when it is not in the list', () => {
    const db = openDatabase(join(work, 'remove.sqlite'));
    const trust = createTrustService(db, { now: () => NOW });
    trust.add('zofia.pem', colleaguePem);
    expect(trust.remove(colleagueFingerprint)).toEqual({ certificateSha256: colleagueFingerprint });
    expect(trust.list()).toEqual([]);
    expect(trust.fingerprints().has(colleagueFingerprint)).toBe(false);
    expect(failureCode(() => trust.remove(colleagueFingerprint))).toBe('NOT_FOUND');
    db.close();
  });
});

describe('trust in verification', () => {
  it('reports a signature as made with a trusted certificate once its certificate is added, and not after removal', async () => {
    const services = createServices({ dataDir: join(work, 'verify-trust'), resourcesDir: RESOURCES_DIR, now: () => NOW, appVersion: 'test' });
    try {
      const info = services.identity.create({ name: 'Jürgen Groß', email: 'j@example.com', organisation: '', algorithm: 'ecdsa-p256', passphrase: 'passphrase 1' });
      const report = await services.reports.renderAndSign(fullAssessment(), services.identity.unlock(info.id, 'passphrase 1'), {
        language: 'en',
        confidentiality: '',
        appearance: 'invisible',
      });
      const trustedOf = () => services.reports.verify(report.pdf).signatures.map((signature) => [signature.certificateSha256, signature.trusted]);
      expect(trustedOf()).toEqual([[info.certificateSha256, false]]);

      services.trust.add('juergen.cer', services.identity.exportCertificate(info.id, 'der').content);
      expect(trustedOf()).toEqual([[info.certificateSha256, true]]);
      services.trust.remove(info.certificateSha256);
      expect(trustedOf()).toEqual([[info.certificateSha256, false]]);
    } finally {
      services.close();
    }
  });
});

describe('the signing settings', () => {
  it('have no time-stamping authority until one is saved, and keep it across restarts', () => {
    const file = join(work, 'settings.sqlite');
    const db = openDatabase(file);
    const settings = createSettingsService(db);
    expect(settings.signing()).toEqual({ timestampUrl: null });

    expect(settings.saveSigning({ timestampUrl: 'http://timestamp.example.org/tsa' })).toEqual({ timestampUrl: 'http://timestamp.example.org/tsa' });
    db.close();

    const reopened = openDatabase(file);
    const again = createSettingsService(reopened);
    expect(again.signing()).toEqual({ timestampUrl: 'http://timestamp.example.org/tsa' });
    expect(again.saveSigning({ timestampUrl: null })).toEqual({ timestampUrl: null });
    expect(again.signing()).toEqual({ timestampUrl: null });
    reopened.close();
  });

  it('refuse a URL that is not http or https and keep the saved one', () => {
    const db = openDatabase(join(work, 'settings-invalid.sqlite'));
    const settings = createSettingsService(db);
    settings.saveSigning({ timestampUrl: 'https://tsa.example.org' });
    for (const timestampUrl of ['ftp://tsa.example.org', 'not a url', '', 'javascript:alert(1)']) {
      expect(failureCode(() => settings.saveSigning({ timestampUrl }))).toBe('INVALID_REQUEST');
    }
    expect(settings.signing()).toEqual({ timestampUrl: 'https://tsa.example.org' });

    // A value written by hand that this version cannot read counts as none: signing stays offline.
    db.prepare("UPDATE settings SET value = '{\"timestampUrl\": 42}' WHERE key = 'signing'").run();
    expect(settings.signing()).toEqual({ timestampUrl: null });
    db.close();
  });
});

describe('the app settings', () => {
  it('show the screens in English until another language is saved, and keep the choice across restarts', () => {
    const file = join(work, 'app-settings.sqlite');
    const db = openDatabase(file);
    const settings = createSettingsService(db);
    expect(settings.app()).toEqual({ uiLanguage: 'en' });

    expect(settings.saveApp({ uiLanguage: 'de' })).toEqual({ uiLanguage: 'de' });
    expect(settings.app()).toEqual({ uiLanguage: 'de' });
    // The signing settings live beside them and are not touched.
    expect(settings.signing()).toEqual({ timestampUrl: null });
    db.close();

    const reopened = openDatabase(file);
    const again = createSettingsService(reopened);
    expect(again.app()).toEqual({ uiLanguage: 'de' });
    expect(again.saveApp({ uiLanguage: 'en' })).toEqual({ uiLanguage: 'en' });
    expect(again.app()).toEqual({ uiLanguage: 'en' });
    expect(reopened.prepare("SELECT value FROM settings WHERE key = 'app'").pluck().get()).toBe('{"uiLanguage":"en"}');
    reopened.close();
  });

  it('refuse a language the app does not have and keep the saved one', () => {
    const db = openDatabase(join(work, 'app-settings-invalid.sqlite'));
    const settings = createSettingsService(db);
    settings.saveApp({ uiLanguage: 'de' });
    for (const uiLanguage of ['fr', 'DE', 'de-DE', '', null]) {
      expect(failureCode(() => settings.saveApp({ uiLanguage } as never))).toBe('INVALID_REQUEST');
    }
    expect(failureCode(() => settings.saveApp({ uiLanguage: 'de', theme: 'dark' } as never))).toBe('INVALID_REQUEST');
    expect(settings.app()).toEqual({ uiLanguage: 'de' });
    db.close();
  });

  it('fall back to English when the stored value cannot be read', () => {
    const db = openDatabase(join(work, 'app-settings-stored.sqlite'));
    const settings = createSettingsService(db);
    const store = db.prepare("INSERT INTO settings (key, value) VALUES ('app', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const stored of ['{"uiLanguage":"fr"}', '{"uiLanguage":"de","extra":true}', '{}', '"de"', 'null', 'not json', '']) {
      store.run(stored);
      expect(settings.app(), stored).toEqual({ uiLanguage: 'en' });
    }
    // A readable value written the same way is taken as it is: the fallback above is about the value, not the path.
    store.run('{"uiLanguage":"de"}');
    expect(settings.app()).toEqual({ uiLanguage: 'de' });
    db.close();
  });

  it('reach the screens through the getAppSettings and saveAppSettings channels', async () => {
    const dataDir = join(work, 'app-settings-channels');
    const platform = { saveFile: async () => ({ saved: false, path: null }) };
    const first = createServices({ dataDir, resourcesDir: RESOURCES_DIR, now: () => NOW, appVersion: 'test' });
    try {
      const handlers = createHandlers(first, platform);
      expect(await handlers.getAppSettings({})).toEqual({ ok: true, value: { uiLanguage: 'en' } });
      expect(await handlers.saveAppSettings({ uiLanguage: 'de' })).toEqual({ ok: true, value: { uiLanguage: 'de' } });
      expect(await handlers.saveAppSettings({ uiLanguage: 'fr' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    } finally {
      first.close();
    }
    const second = createServices({ dataDir, resourcesDir: RESOURCES_DIR, now: () => LATER, appVersion: 'test' });
    try {
      expect(await createHandlers(second, platform).getAppSettings({})).toEqual({ ok: true, value: { uiLanguage: 'de' } });
    } finally {
      second.close();
    }
  });
});

describe('migration 3', () => {
  it('adds the trusted certificates and settings tables to a database of the previous version, keeping its data', () => {
    const file = join(work, 'previous.sqlite');
    const raw = new Database(file);
    runMigrations(raw, MIGRATIONS.slice(0, 2), () => NOW);
    raw.prepare(
      "INSERT INTO assessments VALUES ('00000000-0000-4000-8000-000000000001', 'Kept', '', '', 'draft', '2027-01-01', 'x', 'x', '{}')",
    ).run();
    raw.close();

    const db = openDatabase(file);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    // Later migrations add tables of their own; this one's are there beside the assessments it kept.
    expect(tables).toEqual(expect.arrayContaining(['assessments', 'schema_migrations', 'settings', 'trusted_certificates']));
    expect(db.prepare('SELECT title FROM assessments').pluck().all()).toEqual(['Kept']);
    expect(db.prepare('SELECT version, name FROM schema_migrations WHERE version = 3').get()).toEqual({
      version: 3,
      name: 'create-trusted-certificates-and-settings',
    });
    expect(createTrustService(db, { now: () => NOW }).list()).toEqual([]);
    expect(createSettingsService(db).signing()).toEqual({ timestampUrl: null });
    expect(createSettingsService(db).app()).toEqual({ uiLanguage: 'en' });
    db.close();
  });
});
