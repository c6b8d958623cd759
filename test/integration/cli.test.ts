import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import forge from 'node-forge';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInterchange, serializeInterchange } from '../../shared/domain/interchange';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { combineAnnual, evaluateRisk, probabilityOverYears } from '../../shared/engine/risk';
import { loadLawLibrary } from '../../electron/services/law-library';
import { createAuditLog } from '../../electron/services/audit/audit-log';
import { createAssessmentStore } from '../../electron/services/database/assessment-store';
import { openDatabase } from '../../electron/services/database/open-database';
import type { SignatureCheck, VerificationResult } from '../../shared/ipc/contract';
import { fullAssessment } from '../fixtures/full-assessment';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(ROOT, 'electron', 'cli', 'index.ts');

let work: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dtia(args: string[], env: Record<string, string | undefined> = {}): Run {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DTIA_DATA_DIR: undefined, ...env };
  const result = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fingerprints compared by value, whether written with colons or without. */
function fingerprint(text: string): string {
  return text.replace(/:/g, '').toLowerCase();
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-cli-test-'));
  writeFileSync(join(work, 'full.dtia.json'), serializeInterchange(fullAssessment(), '2026-06-01T08:00:00.000Z'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dtia import and list', () => {
  it('imports a file into the data folder and lists it', () => {
    const dataDir = join(work, 'data-import');
    const imported = dtia(['import', join(work, 'full.dtia.json'), '--data-dir', dataDir]);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const full = fullAssessment();
    expect(JSON.parse(imported.stdout)).toEqual({ id: full.id, title: full.title });
    expect(existsSync(join(dataDir, 'dtia.sqlite'))).toBe(true);

    // The same file again: the id is taken, so the second import is kept beside it, with its own id and "(2)".
    const again = JSON.parse(dtia(['import', join(work, 'full.dtia.json'), '--data-dir', dataDir]).stdout) as { id: string; title: string };
    expect(again.id).not.toBe(full.id);
    expect(again.title).toBe(`${full.title} (2)`);

    const listed = dtia(['list', '--data-dir', dataDir]);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    const summaries = JSON.parse(listed.stdout) as Array<Record<string, string>>;
    expect(summaries.map((s) => s.id).sort()).toEqual([full.id, again.id].sort());
    expect(summaries.find((s) => s.id === full.id)).toMatchObject({
      title: full.title,
      importer: 'Twilio Inc.',
      destination: 'US',
      status: 'complete',
      nextReviewDate: '2027-05-20',
    });
  });

  it('uses DTIA_DATA_DIR when no --data-dir is given', () => {
    const dataDir = join(work, 'data-env');
    expect(dtia(['import', join(work, 'full.dtia.json')], { DTIA_DATA_DIR: dataDir }).status).toBe(0);
    const listed = dtia(['list'], { DTIA_DATA_DIR: dataDir });
    expect((JSON.parse(listed.stdout) as unknown[]).length).toBe(1);
    expect(JSON.parse(dtia(['list', '--data-dir', join(work, 'data-empty')]).stdout)).toEqual([]);
  });

  it('refuses a file that is not an assessment with one line naming the code, and stores nothing', () => {
    const dataDir = join(work, 'data-bad');
    const bad = join(work, 'notes.dtia.json');
    writeFileSync(bad, 'These are meeting notes, not JSON.\nSecond line.\n');

    const result = dtia(['import', bad, '--data-dir', dataDir]);

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dtia: INVALID_JSON: The file is not valid JSON[^\n]*\n$/);
    expect(JSON.parse(dtia(['list', '--data-dir', dataDir]).stdout)).toEqual([]);
  });

  it('names the offending field of an invalid assessment', () => {
    const invalid = JSON.parse(readFileSync(join(work, 'full.dtia.json'), 'utf8')) as { assessment: { map: { parties: { country: string }[] } } };
    (invalid.assessment.map.parties[1] as { country: string }).country = 'United States';
    const file = join(work, 'invalid.dtia.json');
    writeFileSync(file, JSON.stringify(invalid));

    const result = dtia(['import', file, '--data-dir', join(work, 'data-invalid')]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dtia: INVALID_ASSESSMENT: .*assessment\.map\.parties\.1\.country/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('imports a version 1 file, converting it and saying so on stderr', () => {
    const dataDir = join(work, 'data-v1');
    const file = join(work, 'old.dtia.json');
    writeFileSync(file, JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-01-05T08:00:00.000Z', assessment: fullAssessmentV1() }));

    const result = dtia(['import', file, '--data-dir', dataDir]);

    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/old\.dtia\.json has format version 1; it was converted to version 2/);
    expect(JSON.parse(result.stdout)).toEqual({ id: fullAssessmentV1().id, title: fullAssessmentV1().title });
    const listed = JSON.parse(dtia(['list', '--data-dir', dataDir]).stdout) as Array<Record<string, string>>;
    expect(listed[0]).toMatchObject({ importer: 'Twilio Inc.', destination: 'US', status: 'draft' });
  });

  it('reports a missing file as NOT_FOUND', () => {
    const result = dtia(['import', join(work, 'missing.dtia.json'), '--data-dir', join(work, 'data-missing')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dtia: NOT_FOUND: .*missing\.dtia\.json/);
  });

  it('refuses a database written by a newer version without changing it', () => {
    const dataDir = join(work, 'data-newer');
    expect(dtia(['import', join(work, 'full.dtia.json'), '--data-dir', dataDir]).status).toBe(0);
    const database = join(dataDir, 'dtia.sqlite');
    const sqlite = spawnSync(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.prepare("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00.000Z')").run(); db.close();`,
        database,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(sqlite.status).toBe(0);
    const before = sha256(database);

    const result = dtia(['list', '--data-dir', dataDir]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^dtia: DATABASE_NEWER: This data was written by a newer version of DTIA Studio/);
    expect(sha256(database)).toBe(before);
  });
});

interface AssessJson {
  assessment: { id: string; title: string; migratedFromVersion: number | null };
  evaluatedOn: string;
  prechecks: { tiaRequired: string; reasons: string[] };
  transfers: { from: string; to: string; destination: string; tool: string; sccModule: { effective: number | null; proposed: number | null; reasons: string[] } | null }[];
  laws: { name: string; citation: string; verdict: string; reasons: string[]; unconfirmed: boolean }[];
  risk: {
    horizonYears: number;
    acceptableLimit: number;
    confidence: number;
    scenarios: { name: string; factors: { label: string; before: number; after: number; basis: string | null }[]; annualBefore: number; annualAfter: number }[];
    annual: { before: number; after: number };
    overHorizon: { before: number; after: number };
    onceEveryYears: { before: { average: number | null; atConfidence: number | null }; after: { average: number | null; atConfidence: number | null } };
  };
  outcome: { proposed: string | null; reasons: string[]; blockers: string[] };
  warnings: string[];
}

describe('dtia assess', () => {
  const library = loadLawLibrary(join(ROOT, 'resources'));
  const telnyxFile = join(ROOT, 'resources', 'examples', 'telnyx-sample.dtia.json');
  const telnyxParsed = parseInterchange(readFileSync(telnyxFile, 'utf8'));
  if (!telnyxParsed.ok) throw new Error(telnyxParsed.error.message);
  const telnyx = telnyxParsed.value.assessment;

  it('prints the evaluation of the Telnyx sample; its figures match the risk model computed here', () => {
    const result = dtia(['assess', telnyxFile, '--today', '2026-07-14']);
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as AssessJson;
    expect(output.evaluatedOn).toBe('2026-07-14');
    expect(output.assessment).toEqual({ id: telnyx.id, title: telnyx.title, migratedFromVersion: null });

    // The risk figures, recomputed independently from the file's own model and chosen measures.
    const risk = evaluateRisk(telnyx.step3.risk, telnyx.step4.measures, library);
    expect(output.risk.scenarios.map((s) => [s.name, s.annualBefore, s.annualAfter])).toEqual(
      risk.scenarios.map((s) => [s.name, s.annualBefore, s.annualAfter]),
    );
    expect(output.risk.annual).toEqual({ before: risk.annualBefore, after: risk.annualAfter });
    expect(output.risk.overHorizon).toEqual({ before: risk.horizonBefore, after: risk.horizonAfter });
    // And the arithmetic holds by the formulas of DOMAIN.md §5, not only by agreement with the engine.
    const included = output.risk.scenarios;
    expect(output.risk.annual.before).toBeCloseTo(combineAnnual(included.map((s) => s.annualBefore)), 12);
    for (const scenario of included) {
      expect(scenario.annualBefore).toBeCloseTo(scenario.factors.reduce((p, f) => p * f.before, 1), 12);
      expect(scenario.factors.every((f) => typeof f.basis === 'string' && f.basis.length > 0)).toBe(true);
    }
    expect(output.risk.overHorizon.after).toBeCloseTo(probabilityOverYears(output.risk.annual.after, output.risk.horizonYears), 12);
    expect(output.risk.onceEveryYears.before.average).toBeCloseTo(1 / output.risk.annual.before, 6);
    expect(output.risk.onceEveryYears.before.atConfidence).toBeCloseTo(
      Math.log(1 - output.risk.confidence) / Math.log(1 - output.risk.annual.before),
      6,
    );

    // Tools and modules per edge, verdicts per law, the proposal: as the engine gives them for that day.
    const evaluation = evaluateAssessment(telnyx, library, '2026-07-14');
    expect(output.transfers.map((t) => [t.from, t.to, t.destination, t.tool, t.sccModule?.effective ?? null])).toEqual(
      evaluation.transfers.map((t) => [t.fromName, t.toName, t.destinationCountry, t.tool, t.sccModule?.effective ?? null]),
    );
    expect(output.transfers[0]).toMatchObject({ to: 'Telnyx', destination: 'US', tool: 'scc', sccModule: { effective: 2, proposed: 2 } });
    expect(output.laws.map((l) => [l.name, l.verdict])).toEqual(evaluation.laws.map((l) => [l.name, l.effective]));
    expect(output.laws.find((l) => l.name === 'FISA Section 702')?.unconfirmed).toBe(true);
    expect(output.outcome.proposed).toBe(evaluation.outcome.outcome);
    expect(output.outcome.blockers).toEqual([]);

    // Reasons are sentences, not i18n keys.
    const sentences = [
      ...output.prechecks.reasons,
      ...output.transfers.flatMap((t) => t.sccModule?.reasons ?? []),
      ...output.laws.flatMap((l) => l.reasons),
      ...output.outcome.reasons,
    ];
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.filter((text) => /^(engine|scc)\.[\w.-]+$/.test(text))).toEqual([]);

    // "Do not proceed" is the proposal for this sample, and the exit status says so.
    expect(output.outcome.proposed).toBe('do-not-proceed');
    expect(result.status).toBe(1);
  });

  it('prints the same output for the same file and day', () => {
    const first = dtia(['assess', telnyxFile, '--today', '2026-07-14']);
    const second = dtia(['assess', telnyxFile, '--today', '2026-07-14']);
    expect(second.stdout).toBe(first.stdout);
  });

  it('exits 0 where the proposal lets the transfer proceed', () => {
    const result = dtia(['assess', join(work, 'full.dtia.json'), '--today', '2026-06-01']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout) as AssessJson;
    expect(output.outcome.proposed).toBe('proceed-with-measures');
    expect(output.transfers.map((t) => t.sccModule?.effective)).toEqual([2, 3]);
    expect(output.risk.overHorizon.after).toBeLessThan(output.risk.overHorizon.before);
    expect(output.risk.overHorizon.after).toBeLessThan(output.risk.acceptableLimit);
  });

  it('migrates a version 1 file before evaluating it and says so', () => {
    const file = join(work, 'assess-v1.dtia.json');
    writeFileSync(file, JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-01-05T08:00:00.000Z', assessment: fullAssessmentV1() }));
    const result = dtia(['assess', file, '--today', '2026-06-01']);
    expect(result.stderr).toMatch(/has format version 1; it was converted to version 2/);
    const output = JSON.parse(result.stdout) as AssessJson;
    expect(output.assessment.migratedFromVersion).toBe(1);
    expect(output.transfers).toHaveLength(3);
  });

  it('refuses a date that is not YYYY-MM-DD and a file that is not an assessment', () => {
    const badDate = dtia(['assess', telnyxFile, '--today', '2026-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--today needs a date as YYYY-MM-DD');
    const notes = join(work, 'assess-notes.dtia.json');
    writeFileSync(notes, 'not json');
    const bad = dtia(['assess', notes]);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^dtia: INVALID_JSON: /);
  });
});

describe('dtia verify-history', () => {
  /** A data folder whose history holds a create, edits, a copy, a deletion and an import, made by the app's store. */
  function dataFolderWithHistory(name: string): { dataDir: string; database: string; entries: number } {
    const dataDir = join(work, name);
    const database = join(dataDir, 'dtia.sqlite');
    const db = openDatabase(database);
    try {
      let clock = Date.parse('2026-06-01T08:00:00.000Z');
      const now = () => new Date((clock += 1000));
      const audit = createAuditLog(db, { now, actor: () => 'jana.nowak' });
      const store = createAssessmentStore(db, { now, newId: randomUUID, lawLibrary: () => loadLawLibrary(join(ROOT, 'resources')), audit });
      const created = store.create('Payroll to Łódź');
      for (let i = 1; i <= 4; i++) store.save({ ...store.get(created.id), title: `Payroll to Łódź, revision ${i}` });
      store.duplicate(created.id);
      store.delete(created.id);
      store.importFile('full.dtia.json', readFileSync(join(work, 'full.dtia.json'), 'utf8'));
      return { dataDir, database, entries: audit.count() };
    } finally {
      db.close();
    }
  }

  it('reports an intact history with exit 0 and leaves the database as it was', () => {
    const { dataDir, database, entries } = dataFolderWithHistory('history-intact');
    expect(entries).toBe(8);
    const before = sha256(database);

    const result = dtia(['verify-history', '--data-dir', dataDir]);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, entries: 8, firstBroken: null });
    expect(sha256(database)).toBe(before);
    expect(JSON.parse(dtia(['verify-history'], { DTIA_DATA_DIR: dataDir }).stdout)).toEqual({ ok: true, entries: 8, firstBroken: null });
  });

  it('reports the first broken link of a tampered history with exit 1', () => {
    const { dataDir, database } = dataFolderWithHistory('history-tampered');
    const raw = new Database(database);
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3").run();
    raw.close();

    const result = dtia(['verify-history', '--data-dir', dataDir]);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, entries: 8, firstBroken: { seq: 3, reason: 'altered' } });
  });

  it('reports a history cut off at the end with exit 1', () => {
    const { dataDir, database } = dataFolderWithHistory('history-truncated');
    const raw = new Database(database);
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq >= 7').run();
    raw.close();

    const result = dtia(['verify-history', '--data-dir', dataDir]);

    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ ok: false, entries: 6, firstBroken: { seq: 7, reason: 'truncated' } });
  });

  it('exits 2 for a database it cannot read, and for a folder without one, creating nothing', () => {
    const damagedDir = join(work, 'history-damaged');
    mkdirSync(damagedDir, { recursive: true });
    writeFileSync(join(damagedDir, 'dtia.sqlite'), Buffer.alloc(8192, 0x5a));
    const damaged = dtia(['verify-history', '--data-dir', damagedDir]);
    expect(damaged.status).toBe(2);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr).toMatch(/^dtia: DATABASE_UNAVAILABLE: The database file is damaged/);

    const emptyDir = join(work, 'history-none');
    const missing = dtia(['verify-history', '--data-dir', emptyDir]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^dtia: NOT_FOUND: There is no DTIA Studio database at .*dtia\.sqlite/);
    expect(existsSync(emptyDir)).toBe(false);
  });
});

describe('dtia usage', () => {
  it('prints help on --help and exits 0', () => {
    const result = dtia(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: dtia <command>/);
    expect(result.stderr).toBe('');
  });

  it('refuses an unknown command with the usage on stderr and exit 2', () => {
    const result = dtia(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Unknown command: frobnicate');
    expect(result.stderr).toContain('Usage: dtia <command>');
  });

  it('refuses an unknown option, a missing argument and a lone --p12', () => {
    for (const args of [
      ['list', '--colour'],
      ['import'],
      ['export', join(work, 'full.dtia.json')],
      ['export', join(work, 'full.dtia.json'), '--out', join(work, 'x.pdf'), '--p12', join(work, 'id.p12')],
    ]) {
      const result = dtia(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain('Usage: dtia <command>');
      expect(result.stdout).toBe('');
    }
  });
});

/** A PKCS#12 bundle made here with node-forge, independent of the app's own identity code. */
function makeP12(passphrase: string, commonName: string, organisation = 'Example Logistics GmbH'): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2031-01-01T00:00:00Z');
  // Tagged as UTF8String, forge encodes the name as UTF-8 (its typings call the tag a class).
  const utf8 = (value: string) => ({ value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
  const subject = [
    { name: 'commonName', ...utf8(commonName) },
    { name: 'organizationName', ...utf8(organisation) },
    { name: 'emailAddress', value: 'datenschutz@example.org' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  const certificateSha256 = createHash('sha256')
    .update(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'))
    .digest('hex');
  fingerprints.set(commonName, certificateSha256);
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
const fingerprints = new Map<string, string>();

/** The signer's certificate, read from the PDF with openssl (independent of the app's own parsing). */
function extractSignerCertificate(pdfPath: string): Buffer {
  const text = readFileSync(pdfPath).toString('latin1');
  const hex = /\/Contents\s*<([0-9A-Fa-f]+)>/.exec(text)?.[1] ?? '';
  const cms = join(work, 'signature.der');
  writeFileSync(cms, Buffer.from(hex.replace(/(00)+$/, ''), 'hex'));
  const pem = spawnSync('openssl', ['pkcs7', '-inform', 'DER', '-in', cms, '-print_certs'], { encoding: 'utf8' });
  const body = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem.stdout)?.[1] ?? '';
  return Buffer.from(body.replace(/\s/g, ''), 'base64');
}

function unsignedPdf(): Promise<Buffer> {
  return new Promise((resolvePdf) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    doc.text('An ordinary, unsigned document.');
    doc.end();
  });
}

describe('dtia export and verify', () => {
  let throwawayPdf: string;
  let throwawayFingerprint: string;

  beforeAll(() => {
    throwawayPdf = join(work, 'throwaway.pdf');
    const result = dtia(['export', join(work, 'full.dtia.json'), '--out', throwawayPdf]);
    expect(result.status, result.stderr).toBe(0);
    const note = /^No --p12 given: signed with a throwaway identity \(([0-9a-fA-F:]+)\)\n$/.exec(result.stderr);
    expect(note, result.stderr).not.toBeNull();
    throwawayFingerprint = (note as RegExpExecArray)[1] as string;
  });

  it('writes a signed PDF that poppler accepts and that verify calls valid', () => {
    expect(readFileSync(throwawayPdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfsig = spawnSync('pdfsig', [throwawayPdf], { encoding: 'utf8' });
    expect(pdfsig.stdout).toContain('Signature is Valid.');
    expect(pdfsig.stdout).toContain('Total document signed');

    expect(pdfsig.stdout).toContain('Signature Type: ETSI.CAdES.detached');

    const verified = dtia(['verify', throwawayPdf]);
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);
    const result = JSON.parse(verified.stdout) as VerificationResult;
    expect(result).toMatchObject({ valid: true, changedAfterLastSignature: false, revisions: 1 });
    expect(result.signatures).toHaveLength(1);
    const [signature] = result.signatures as [SignatureCheck];
    expect(signature).toMatchObject({ valid: true, role: 'assessor', subFilter: 'ETSI.CAdES.detached', laterChanges: 'none', trusted: false });
    expect(fingerprint(signature.certificateSha256 as string)).toBe(fingerprint(throwawayFingerprint));
    expect(typeof signature.signer).toBe('string');
    expect(Number.isNaN(Date.parse(signature.signedAt as string))).toBe(false);
    expect(result.embedded).toMatchObject({ matchesCover: true, contentHash: result.contentHash });
  });

  it('countersigns: both signatures stay valid, each with the revision it signed', () => {
    const countersigned = join(work, 'countersigned.pdf');
    const result = dtia(['countersign', throwawayPdf, '--out', countersigned]);
    expect(result.status, result.stderr).toBe(0);

    const pdfsig = spawnSync('pdfsig', [countersigned], { encoding: 'utf8' });
    expect(pdfsig.stdout.match(/Signature is Valid\./g)).toHaveLength(2);

    const verified = dtia(['verify', countersigned]);
    expect(verified.status, verified.stdout).toBe(0);
    const report = JSON.parse(verified.stdout) as VerificationResult;
    expect(report.revisions).toBe(2);
    expect(report.signatures.map((s) => [s.role, s.revision, s.laterChanges, s.valid])).toEqual([
      ['assessor', 1, 'signatures', true],
      ['approver', 2, 'none', true],
    ]);
  });

  it('calls a signature trusted when its certificate is given with --trust', () => {
    const certificate = join(work, 'throwaway.cer');
    const der = extractSignerCertificate(throwawayPdf);
    writeFileSync(certificate, der);
    const verified = dtia(['verify', throwawayPdf, '--trust', certificate]);
    expect(verified.status).toBe(0);
    expect((JSON.parse(verified.stdout) as VerificationResult).signatures[0]?.trusted).toBe(true);
  });

  it('imports the assessment embedded in a signed report into a data folder', () => {
    const dataDir = join(work, 'from-pdf');
    const imported = dtia(['import', throwawayPdf, '--data-dir', dataDir]);
    expect(imported.status, imported.stderr).toBe(0);
    const { id, title } = JSON.parse(imported.stdout) as { id: string; title: string };
    const original = JSON.parse(readFileSync(join(work, 'full.dtia.json'), 'utf8')) as { assessment: { title: string } };
    expect(title).toBe(original.assessment.title);
    const listed = JSON.parse(dtia(['list', '--data-dir', dataDir]).stdout) as { id: string }[];
    expect(listed.map((entry) => entry.id)).toEqual([id]);
  });

  it('exits 1 for a report changed after signing', () => {
    const appended = join(work, 'appended.pdf');
    writeFileSync(appended, Buffer.concat([readFileSync(throwawayPdf), Buffer.from('\n% added later\n', 'latin1')]));
    const afterAppend = dtia(['verify', appended]);
    expect(afterAppend.status).toBe(1);
    expect((JSON.parse(afterAppend.stdout) as VerificationResult).changedAfterLastSignature).toBe(true);

    // One byte of the binary comment in the header: still a readable PDF, no longer the signed bytes.
    const altered = Buffer.from(readFileSync(throwawayPdf));
    const commentStart = altered.indexOf('\n%', 0, 'latin1') + 2;
    altered[commentStart] = (altered[commentStart] as number) ^ 0x01;
    const tampered = join(work, 'tampered.pdf');
    writeFileSync(tampered, altered);
    const afterTamper = dtia(['verify', tampered]);
    expect(afterTamper.status).toBe(1);
    expect((JSON.parse(afterTamper.stdout) as { valid: boolean }).valid).toBe(false);
  });

  it('exits 2 for a file that is not a PDF and for an unsigned PDF', async () => {
    const text = join(work, 'not-a-pdf.pdf');
    writeFileSync(text, 'plain text\n');
    const notPdf = dtia(['verify', text]);
    expect(notPdf.status).toBe(2);
    expect(notPdf.stderr).toMatch(/^dtia: NOT_A_PDF: /);

    const plain = join(work, 'unsigned.pdf');
    writeFileSync(plain, await unsignedPdf());
    const unsigned = dtia(['verify', plain]);
    expect(unsigned.status).toBe(2);
    expect(unsigned.stderr).toMatch(/^dtia: UNSIGNED_PDF: /);
  });

  // The second subject is the common case outside the English-speaking world: names in UTF-8.
  it.each([
    ['Data Protection Officer', 'Example Logistics GmbH'],
    ['Zofia Wiśniewska', 'Müller & Söhne Straßenbau GmbH'],
  ])('signs with a given .p12 (subject "%s, %s") whose passphrase comes from the environment', (commonName, organisation) => {
    const p12 = join(work, 'officer.p12');
    writeFileSync(p12, makeP12('correct horse battery', commonName, organisation));
    const out = join(work, 'officer.pdf');

    const exported = dtia(
      ['export', join(work, 'full.dtia.json'), '--out', out, '--p12', p12, '--passphrase-env', 'DTIA_TEST_PASSPHRASE'],
      { DTIA_TEST_PASSPHRASE: 'correct horse battery' },
    );
    expect(exported.stderr).toBe('');
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ signer: commonName });

    const pdfsig = spawnSync('pdfsig', [out], { encoding: 'utf8' });
    expect(pdfsig.stdout).toContain(`Signer Certificate Common Name: ${commonName}`);
    expect(pdfsig.stdout).toContain('Signature is Valid.');

    const verified = dtia(['verify', out]);
    expect(verified.stdout).toContain('"valid": true');
    expect(verified.status).toBe(0);
    const [signature] = (JSON.parse(verified.stdout) as VerificationResult).signatures as [SignatureCheck];
    expect(signature.signer).toBe(commonName);
    expect(signature.signerOrganisation).toBe(organisation);
    expect(fingerprint(signature.certificateSha256 as string)).toBe(fingerprints.get(commonName));
  });

  it('refuses a wrong passphrase and an unset passphrase variable', () => {
    const p12 = join(work, 'locked.p12');
    writeFileSync(p12, makeP12('the right one', 'Jürgen Groß'));
    const out = join(work, 'never.pdf');
    const args = ['export', join(work, 'full.dtia.json'), '--out', out, '--p12', p12, '--passphrase-env', 'DTIA_TEST_PASSPHRASE'];

    const wrong = dtia(args, { DTIA_TEST_PASSPHRASE: 'a wrong one' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^dtia: WRONG_PASSPHRASE: /);

    const unset = dtia(args);
    expect(unset.status).toBe(2);
    expect(unset.stderr).toMatch(/^dtia: INVALID_REQUEST: .*DTIA_TEST_PASSPHRASE/);
    expect(existsSync(out)).toBe(false);
  });
});
