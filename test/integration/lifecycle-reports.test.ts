import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers, type Handlers } from '../../electron/services/handlers';
import { createServices } from '../../electron/services/index';
import type { Services } from '../../electron/services/types';
import type { Result } from '../../shared/domain/result';
import { verificationResultSchema } from '../../shared/ipc/contract';
import { fullAssessment } from '../fixtures/full-assessment';

const RESOURCES = join(__dirname, '../../resources');
const PASSPHRASE = 'correct horse battery';

let dataDir: string;
let services: Services;
let handlers: Handlers;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-lifecycle-reports-'));
  services = createServices({ dataDir, resourcesDir: RESOURCES, appVersion: 'test' });
  handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
});

afterAll(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the lifecycle through the IPC handlers and the report service', () => {
  it('records every signed export by file hash, so a PDF brought back is matched to its revision', async () => {
    const identity = value(
      await handlers.createSigningIdentity({ name: 'Jana Nowak', email: 'jana@example.org', organisation: 'Müller & Söhne', algorithm: 'ecdsa-p256', passphrase: PASSPHRASE }),
    );
    const created = value(await handlers.createAssessment({ title: 'Support telephony' }));
    const id = created.id;
    value(await handlers.saveAssessment({ assessment: { ...fullAssessment(), id, title: created.title, createdAt: created.createdAt, updatedAt: created.updatedAt } }));
    const exportRequest = { assessmentId: id, identityId: identity.id, passphrase: PASSPHRASE, language: 'de', confidentiality: '', appearance: 'invisible' } as const;

    const exported = value(await handlers.exportSignedReport(exportRequest));
    const pdf = Buffer.from(exported.pdfBase64, 'base64');
    expect(sha256(pdf)).toBe(exported.fileSha256);
    expect(services.lifecycle.findReport(exported.fileSha256)).toMatchObject({
      assessmentId: id,
      revision: 1,
      contentHash: exported.contentHash,
      language: 'de',
      signer: 'Jana Nowak',
      kind: 'signed',
    });

    // Approved with that report, then edited: the report still belongs to revision 1.
    value(await handlers.submitForReview({ id }));
    expect(value(await handlers.approveAssessment({ id, approver: 'Dr. Lena Vogt', approvedOn: '2026-06-02', reportSha256: exported.fileSha256 }))).toEqual({
      assessmentId: id,
      lifecycle: 'approved',
      revision: 1,
      approvedRevision: 1,
    });
    const approved = value(await handlers.getAssessment({ id }));
    value(await handlers.saveAssessment({ assessment: { ...approved, step6: { ...approved.step6, nextReviewDate: '2027-11-30' } } }));
    expect(value(await handlers.getLifecycle({ id }))).toMatchObject({ lifecycle: 'draft', revision: 2, approvedRevision: 1 });

    const verified = value(await handlers.verifyReport({ pdfBase64: exported.pdfBase64 }));
    expect(verificationResultSchema.parse(verified)).toEqual(verified);
    expect(verified.valid).toBe(true);
    expect(verified.matchesVersion).toEqual({ assessmentId: id, revision: 1 });

    const countersigned = value(
      await handlers.countersignReport({ fileName: exported.fileName, pdfBase64: exported.pdfBase64, identityId: identity.id, passphrase: PASSPHRASE, appearance: 'invisible' }),
    );
    expect(services.lifecycle.findReport(countersigned.fileSha256)).toMatchObject({ assessmentId: id, revision: 1, kind: 'countersigned', language: 'de' });
    expect(value(await handlers.verifyReport({ pdfBase64: countersigned.pdfBase64 })).matchesVersion).toEqual({ assessmentId: id, revision: 1 });

    // Revision 2 exported: its own record, its own revision.
    const second = value(await handlers.exportSignedReport(exportRequest));
    expect(services.lifecycle.findReport(second.fileSha256)).toMatchObject({ revision: 2, kind: 'signed' });

    const history = value(await handlers.getHistory({ id }));
    expect(history.versions.find((v) => v.kind === 'approved')).toMatchObject({ reportSha256: exported.fileSha256, approval: 'in-force' });
    const from = history.versions.find((v) => v.kind === 'approved')!;
    const diff = value(await handlers.diffVersions({ id, from: { revision: from.revision, kind: from.kind, at: from.at }, to: 'current' }));
    expect(diff.changes).toMatchObject([{ kind: 'changed', path: 'step6.nextReviewDate', before: '2027-05-20', after: '2027-11-30' }]);

    const actions = services.audit.list({ assessmentId: id, limit: 100, offset: 0 }).map((e) => e.action).reverse();
    expect(actions).toEqual(['create', 'edit', 'report-exported', 'submit', 'approve', 'edit', 'report-exported', 'report-exported']);
    expect(services.audit.verify().ok).toBe(true);
  });

  it('reports no version for a signed report this app never exported', async () => {
    const identity = services.identity.list()[0]!;
    const stranger = { ...fullAssessment(), title: 'Never stored here' };
    const signed = await services.reports.renderAndSign(stranger, services.identity.unlock(identity.id, PASSPHRASE), {
      language: 'en',
      confidentiality: '',
      appearance: 'invisible',
    });
    const verified = value(await handlers.verifyReport({ pdfBase64: signed.pdf.toString('base64') }));
    expect(verified.valid).toBe(true);
    expect(verified.matchesVersion).toBeNull();
  });

  it('answers lifecycle refusals with their codes over IPC', async () => {
    const created = value(await handlers.createAssessment({ title: 'Barely started' }));
    expect(await handlers.submitForReview({ id: created.id })).toMatchObject({ ok: false, error: { code: 'ASSESSMENT_INCOMPLETE' } });
    expect(await handlers.approveAssessment({ id: created.id, approver: 'X', approvedOn: '2026-06-02' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
    expect(await handlers.approveAssessment({ id: created.id, approver: 'X', approvedOn: '2 June' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    value(await handlers.archiveAssessment({ id: created.id }));
    expect(await handlers.saveAssessment({ assessment: { ...created, title: 'Renamed' } })).toMatchObject({ ok: false, error: { code: 'ASSESSMENT_ARCHIVED' } });
    expect(value(await handlers.unarchiveAssessment({ id: created.id })).lifecycle).toBe('draft');
    expect(await handlers.returnToDraft({ id: created.id, note: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });
});
