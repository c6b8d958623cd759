import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { createServices } from '../../electron/services/index';
import { resourcesDir } from '../../electron/services/paths';
import type { Services } from '../../electron/services/types';
import { startTestTsa, type TestTsa } from './support/tsa-server';

let work: string;
let services: Services;
let tsa: TestTsa;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dtia-report-timestamp-'));
  tsa = await startTestTsa(work);
  services = createServices({ dataDir: join(work, 'data'), resourcesDir: resourcesDir() });
});

afterAll(async () => {
  services?.close();
  await tsa?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The time-stamping setting as a user makes it, through the same handlers the app's screens call. */
describe('a report exported with a time-stamping authority configured', () => {
  it('carries an RFC 3161 timestamp that verification reports as valid, for the signature and the countersignature', async () => {
    const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
    expect(await handlers.saveSigningSettings({ timestampUrl: tsa.url })).toEqual({ ok: true, value: { timestampUrl: tsa.url } });
    const sample = services.assessments.importText('telnyx.dtia.json', readFileSync(join(resourcesDir(), 'examples/telnyx-sample.dtia.json'), 'utf8'));
    const assessor = services.identity.create({ name: 'Anna Nowak', email: 'anna@example.pl', organisation: 'Łódź Data', algorithm: 'ecdsa-p256', passphrase: 'assessor passphrase' });
    const approver = services.identity.create({ name: 'Jürgen Groß', email: 'jg@example.de', organisation: 'Müller GmbH', algorithm: 'rsa-3072', passphrase: 'approver passphrase' });

    const exported = await handlers.exportSignedReport({
      assessmentId: sample.id,
      identityId: assessor.id,
      passphrase: 'assessor passphrase',
      language: 'de',
      confidentiality: 'Vertraulich',
      appearance: 'invisible',
    });
    if (!exported.ok) throw new Error(exported.error.message);
    const countersigned = await handlers.countersignReport({
      fileName: exported.value.fileName,
      pdfBase64: exported.value.pdfBase64,
      identityId: approver.id,
      passphrase: 'approver passphrase',
      appearance: 'visible',
    });
    if (!countersigned.ok) throw new Error(countersigned.error.message);
    expect(countersigned.value.fileName).toMatch(/ \(countersigned\)\.pdf$/);
    expect(tsa.requests).toHaveLength(2);

    const verified = await handlers.verifyReport({ pdfBase64: countersigned.value.pdfBase64 });
    if (!verified.ok) throw new Error(verified.error.message);
    expect(verified.value.valid).toBe(true);
    expect(verified.value.signatures.map((signature) => [signature.signer, signature.role, signature.timestamp?.valid, signature.timestamp?.authority])).toEqual([
      ['Anna Nowak', 'assessor', true, tsa.authorityName],
      ['Jürgen Groß', 'approver', true, tsa.authorityName],
    ]);
  }, 60_000);

  it('fails with TIMESTAMP_FAILED, naming the address, when the authority cannot be reached; without one it signs offline', async () => {
    const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
    const sample = services.assessments.list()[0];
    const [identity] = services.identity.list();
    if (!sample || !identity) throw new Error('the first test sets these up');
    const unreachable = 'http://127.0.0.1:9/tsa';
    await handlers.saveSigningSettings({ timestampUrl: unreachable });
    const request = { assessmentId: sample.id, identityId: identity.id, passphrase: 'assessor passphrase', language: 'en', confidentiality: '', appearance: 'visible' } as const;
    const failed = await handlers.exportSignedReport(request);
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('TIMESTAMP_FAILED');
      expect(failed.error.message).toContain(unreachable);
    }
    await handlers.saveSigningSettings({ timestampUrl: null });
    const offline = await handlers.exportSignedReport(request);
    expect(offline.ok).toBe(true);
  }, 60_000);
});
