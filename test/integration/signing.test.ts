import { spawnSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../shared/domain/interchange';
import { AppFailure, type ErrorCode } from '../../shared/domain/result';
import { signingIdentityInfoSchema, verificationResultSchema } from '../../shared/ipc/contract';
import { createServices } from '../../electron/services';
import { SIGNING_REASON } from '../../electron/services/signing/sign';
import { IDENTITY_FILE, createIdentityService } from '../../electron/services/signing/identity-service';
import { loadP12Identity } from '../../electron/services/signing/identity';
import { verifyPdf } from '../../electron/services/signing/verify';
import type { SecretBox, Services } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { RESOURCES_DIR } from '../fixtures/report-assessment';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const PASSPHRASE = 'correct horse battery staple';
const PERSON = { name: 'Jürgen Groß', email: 'juergen.gross@example.com', organisation: 'Müller & Söhne Straßenbau GmbH' };

let work: string;

function tool(command: string, args: string[], input?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function openssl(...args: string[]): string {
  const result = tool('openssl', args);
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function failureCode(action: () => unknown): ErrorCode | 'none' {
  try {
    action();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  return 'none';
}

async function asyncFailureCode(action: () => Promise<unknown>): Promise<ErrorCode | 'none'> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  return 'none';
}

function freshDir(name: string): string {
  return mkdtempSync(join(work, `${name}-`));
}

/** Stands in for Electron's safeStorage: AES-256-GCM under a key that lives only in this process. */
function memorySecretBox(available = true): SecretBox {
  const key = randomBytes(32);
  return {
    isAvailable: () => available,
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}

/** The PKCS#12 bundle as stored in the identity file. */
function storedBundle(dataDir: string): Buffer {
  const stored = JSON.parse(readFileSync(join(dataDir, IDENTITY_FILE), 'utf8')) as { pkcs12?: string };
  return Buffer.from(stored.pkcs12 ?? '', 'base64');
}

/** The certificate of a PKCS#12 bundle, read by OpenSSL. */
function certificateOf(p12Path: string, passphrase: string): string {
  return openssl('pkcs12', '-in', p12Path, '-nokeys', '-clcerts', '-passin', `pass:${passphrase}`);
}

function opensslFingerprint(certificatePem: string): string {
  const result = tool('openssl', ['x509', '-noout', '-fingerprint', '-sha256'], certificatePem);
  return (/Fingerprint=([0-9A-F:]+)/i.exec(result.stdout)?.[1] ?? '').toUpperCase();
}

/** The signature (DER) and the bytes it covers, cut out of a signed PDF by its /ByteRange. */
function signatureParts(pdf: Buffer): { der: Buffer; signed: Buffer } {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [, a, b, c, d] = (ranges[ranges.length - 1] ?? []).map(Number) as number[];
  const hex = text.slice((b ?? 0) + 1, (c ?? 0) - 1).replace(/(00)+$/, '');
  return {
    der: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'),
    signed: Buffer.concat([pdf.subarray(a, (a ?? 0) + (b ?? 0)), pdf.subarray(c, (c ?? 0) + (d ?? 0))]),
  };
}

function pdfsig(pdf: Buffer, name: string): string {
  const path = join(work, name);
  writeFileSync(path, pdf);
  const result = tool('pdfsig', [path]);
  return result.stdout + result.stderr;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-signing-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a self-signed identity', () => {
  let dataDir: string;
  let info: ReturnType<ReturnType<typeof createIdentityService>['create']>;

  beforeAll(() => {
    dataDir = freshDir('identity');
    const service = createIdentityService({ dataDir, now: () => NOW });
    expect(service.info()).toBeNull();
    info = service.create({ ...PERSON, passphrase: PASSPHRASE });
  });

  it('describes the certificate it created', () => {
    expect(signingIdentityInfoSchema.parse(info)).toEqual(info);
    expect(info).toMatchObject({ ...PERSON, selfSigned: true, protection: 'passphrase', validFrom: NOW.toISOString() });
    expect(info.validTo).toBe('2029-11-22T10:00:00.000Z');
    expect(info.certificateSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(createIdentityService({ dataDir, now: () => NOW }).info()).toEqual(info);
  });

  it('holds an X.509 certificate OpenSSL reads: RSA 3072, signing key usage, the person’s name', () => {
    const p12Path = join(dataDir, 'bundle.p12');
    writeFileSync(p12Path, storedBundle(dataDir));
    const certificate = certificateOf(p12Path, PASSPHRASE);
    rmSync(p12Path);
    expect(opensslFingerprint(certificate)).toBe(info.certificateSha256);
    const details = tool('openssl', ['x509', '-noout', '-text', '-nameopt', 'utf8,sep_comma_plus_space'], certificate).stdout;
    expect(details).toContain('Public-Key: (3072 bit)');
    expect(details).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(details).toMatch(/Digital Signature, Non Repudiation/);
    expect(details).toContain(`CN=${PERSON.name}`);
    expect(details).toContain(`emailAddress=${PERSON.email}`);
    expect(details).toContain(`O=${PERSON.organisation}`);
  });

  it('stores the key only inside the passphrase-encrypted PKCS#12, written in one piece', () => {
    const file = join(dataDir, IDENTITY_FILE);
    expect(readdirSync(dataDir)).toEqual([IDENTITY_FILE]);
    expect(statSync(file).mode & 0o077).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/BEGIN|PRIVATE KEY/);

    const p12Path = join(work, 'stored.p12');
    writeFileSync(p12Path, storedBundle(dataDir));
    const structure = tool('openssl', ['pkcs12', '-in', p12Path, '-info', '-noout', '-passin', `pass:${PASSPHRASE}`]);
    expect(structure.stdout + structure.stderr).toMatch(/Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC/);
    expect(tool('openssl', ['pkcs12', '-in', p12Path, '-nodes', '-passin', 'pass:not the passphrase']).status).not.toBe(0);

    // The private parts of the key (as OpenSSL extracts them with the passphrase) appear nowhere in the stored file.
    const keyPem = openssl('pkcs12', '-in', p12Path, '-nocerts', '-nodes', '-passin', `pass:${PASSPHRASE}`);
    const jwk = createPrivateKey(keyPem).export({ format: 'jwk' });
    const secrets = [jwk.d, jwk.p, jwk.q, jwk.dp, jwk.dq].map((part) => Buffer.from(String(part), 'base64url'));
    expect(secrets[0]?.length).toBeGreaterThan(300);
    const stored = readFileSync(file);
    const bundle = storedBundle(dataDir);
    for (const secret of secrets) {
      for (let offset = 0; offset + 24 <= secret.length; offset += 40) {
        const chunk = secret.subarray(offset, offset + 24);
        expect(bundle.includes(chunk)).toBe(false);
        expect(stored.includes(chunk)).toBe(false);
        expect(text.includes(chunk.toString('base64'))).toBe(false);
        expect(text.toLowerCase().includes(chunk.toString('hex'))).toBe(false);
      }
    }
  });

  it('unlocks with its passphrase only', () => {
    const service = createIdentityService({ dataDir, now: () => NOW });
    const unlocked = service.unlock(PASSPHRASE);
    expect(unlocked.info).toEqual(info);
    expect(unlocked.p12.equals(storedBundle(dataDir))).toBe(true);
    expect(failureCode(() => service.unlock('not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => service.unlock(''))).toBe('WRONG_PASSPHRASE');
  });

  it('needs an identity before it can unlock one, and says when the stored one is damaged', () => {
    const empty = createIdentityService({ dataDir: freshDir('none'), now: () => NOW });
    expect(failureCode(() => empty.unlock(PASSPHRASE))).toBe('NO_SIGNING_IDENTITY');

    const damagedDir = freshDir('damaged');
    writeFileSync(join(damagedDir, IDENTITY_FILE), '{"format":"dtia-signing-identity","version":1');
    const damaged = createIdentityService({ dataDir: damagedDir, now: () => NOW });
    expect(failureCode(() => damaged.info())).toBe('INVALID_IDENTITY');
    expect(failureCode(() => damaged.unlock(PASSPHRASE))).toBe('INVALID_IDENTITY');
  });
});

describe('an identity sealed by the OS keychain as well', () => {
  it('keeps only the sealed bundle, which needs both the keychain and the passphrase', () => {
    const dataDir = freshDir('sealed');
    const box = memorySecretBox();
    const info = createIdentityService({ dataDir, secretBox: box, now: () => NOW }).create({ ...PERSON, passphrase: PASSPHRASE });
    expect(info.protection).toBe('passphrase+os');

    const stored = JSON.parse(readFileSync(join(dataDir, IDENTITY_FILE), 'utf8')) as Record<string, unknown>;
    expect(stored.pkcs12).toBeUndefined();
    const sealed = Buffer.from(String(stored.sealedPkcs12), 'base64');
    const sealedPath = join(work, 'sealed.bin');
    writeFileSync(sealedPath, sealed);
    expect(tool('openssl', ['pkcs12', '-in', sealedPath, '-info', '-noout', '-passin', `pass:${PASSPHRASE}`]).status).not.toBe(0);

    const withBox = createIdentityService({ dataDir, secretBox: box, now: () => NOW });
    expect(withBox.unlock(PASSPHRASE).info.certificateSha256).toBe(info.certificateSha256);
    expect(failureCode(() => withBox.unlock('not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => createIdentityService({ dataDir, now: () => NOW }).unlock(PASSPHRASE))).toBe('NO_SIGNING_IDENTITY');
  });

  it('falls back to the passphrase alone when the keychain is unavailable', () => {
    const dataDir = freshDir('unavailable');
    const info = createIdentityService({ dataDir, secretBox: memorySecretBox(false), now: () => NOW }).create({
      ...PERSON,
      passphrase: PASSPHRASE,
    });
    expect(info.protection).toBe('passphrase');
    expect(storedBundle(dataDir).length).toBeGreaterThan(1000);
  });
});

describe('signed reports', () => {
  let services: Services;
  let assessmentId: string;

  beforeAll(() => {
    services = createServices({ dataDir: freshDir('services'), resourcesDir: RESOURCES_DIR, now: () => NOW, appVersion: '1.2.3' });
    services.identity.create({ ...PERSON, passphrase: PASSPHRASE });
    const created = services.assessments.create('Signed report');
    services.assessments.save({ ...fullAssessment(), id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt });
    assessmentId = created.id;
  });

  afterAll(() => services.close());

  it('signs the report so that poppler, OpenSSL and our own check all find it valid and complete', async () => {
    const report = await services.reports.exportSigned(assessmentId, PASSPHRASE);
    const info = services.identity.info();
    const stored = services.assessments.get(assessmentId);

    expect(report.fileName).toBe('DTIA-kundensupport-telefonie-twilio-zurich-lodz-sao-paulo-2026-11-22.pdf');
    expect(report.contentHash).toBe(createHash('sha256').update(canonicalJson(stored), 'utf8').digest('hex'));
    expect(report.fileSha256).toBe(createHash('sha256').update(report.pdf).digest('hex'));

    const poppler = pdfsig(report.pdf, 'signed.pdf');
    expect(poppler).toContain('Signature is Valid.');
    expect(poppler).toContain('Total document signed');
    expect(poppler).toContain(`Signer Certificate Common Name: ${PERSON.name}`);
    expect(poppler).toContain('Signing Hash Algorithm: SHA-256');

    const { der, signed } = signatureParts(report.pdf);
    writeFileSync(join(work, 'signature.der'), der);
    writeFileSync(join(work, 'signed.bin'), signed);
    const cms = tool('openssl', [
      'cms', '-verify', '-binary', '-inform', 'DER', '-in', join(work, 'signature.der'),
      '-content', join(work, 'signed.bin'), '-noverify', '-out', '/dev/null',
    ]);
    expect(cms.stderr).toContain('Verification successful');
    const signerCertificate = openssl('pkcs7', '-inform', 'DER', '-in', join(work, 'signature.der'), '-print_certs');

    const result = verifyPdf(report.pdf);
    expect(verificationResultSchema.parse(result)).toEqual(result);
    expect(result).toEqual({
      valid: true,
      signer: PERSON.name,
      signerEmail: PERSON.email,
      signerOrganisation: PERSON.organisation,
      signedAt: NOW.toISOString(),
      coversWholeDocument: true,
      certificateSha256: info?.certificateSha256,
      changedAfterSigning: false,
      reason: SIGNING_REASON,
      contentHash: report.contentHash,
      problems: [],
    });
    expect(opensslFingerprint(signerCertificate)).toBe(result.certificateSha256);
    expect(services.reports.verify(report.pdf)).toEqual(result);
  });

  it('refuses to sign with a wrong passphrase', async () => {
    expect(await asyncFailureCode(() => services.reports.exportSigned(assessmentId, 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
  });
});

describe('identities made with OpenSSL', () => {
  let dir: string;
  let services: Services;

  beforeAll(() => {
    dir = freshDir('openssl');
    services = createServices({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES_DIR, now: () => NOW, appVersion: '1.2.3' });
  });

  afterAll(() => services.close());

  const file = (name: string) => join(dir, name);
  const selfSigned = (name: string, subject: string, key: string[] = ['-newkey', 'rsa:2048']) =>
    openssl('req', '-x509', ...key, '-nodes', '-utf8', '-keyout', file(`${name}.key`), '-out', file(`${name}.crt`), '-days', '30', '-subj', subject);
  const exportP12 = (name: string, passphrase: string, ...extra: string[]) =>
    openssl('pkcs12', '-export', '-in', file(`${name}.crt`), '-out', file(`${name}.p12`), '-passout', `pass:${passphrase}`, ...extra);

  async function signAndCheck(expectedSigner: string, certificatePem: string) {
    const report = await services.reports.renderAndSign(fullAssessment(), services.identity.unlock('openssl passphrase'));
    const poppler = pdfsig(report.pdf, 'openssl-signed.pdf');
    expect(poppler).toContain('Signature is Valid.');
    expect(poppler).toContain('Total document signed');
    const result = verifyPdf(report.pdf);
    expect(result.valid).toBe(true);
    expect(result.signer).toBe(expectedSigner);
    expect(result.certificateSha256).toBe(opensslFingerprint(certificatePem));
    return result;
  }

  it('imports a self-signed bundle from `openssl pkcs12 -export` and signs with it', async () => {
    selfSigned('self', '/CN=Zofia Wiśniewska/O=Łódź Data Sp. z o.o./emailAddress=zofia@example.org');
    exportP12('self', 'openssl passphrase', '-inkey', file('self.key'));

    const info = services.identity.importP12(readFileSync(file('self.p12')), 'openssl passphrase');
    expect(info).toMatchObject({ name: 'Zofia Wiśniewska', email: 'zofia@example.org', organisation: 'Łódź Data Sp. z o.o.', selfSigned: true });
    expect(info.certificateSha256).toBe(opensslFingerprint(readFileSync(file('self.crt'), 'utf8')));
    const result = await signAndCheck('Zofia Wiśniewska', readFileSync(file('self.crt'), 'utf8'));
    expect(result.signerOrganisation).toBe('Łódź Data Sp. z o.o.');
  });

  it('imports a bundle with a CA chain and signs as the end entity, not the CA', async () => {
    selfSigned('ca', '/CN=Example Test CA');
    const subject = '/CN=Chain User/emailAddress=chain@example.org';
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', file('user.key'), '-out', file('user.csr'), '-subj', subject);
    openssl('x509', '-req', '-in', file('user.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('user.crt'));
    exportP12('user', 'openssl passphrase', '-inkey', file('user.key'), '-certfile', file('ca.crt'));

    const info = services.identity.importP12(readFileSync(file('user.p12')), 'openssl passphrase');
    expect(info).toMatchObject({ name: 'Chain User', email: 'chain@example.org', selfSigned: false });
    await signAndCheck('Chain User', readFileSync(file('user.crt'), 'utf8'));
  });

  it('refuses a wrong passphrase, a file that is no PKCS#12, a bundle without a key and a non-RSA key', () => {
    selfSigned('k', '/CN=K');
    exportP12('k', 'right passphrase', '-inkey', file('k.key'));
    selfSigned('nokey', '/CN=No key');
    exportP12('nokey', 'right passphrase', '-nokeys');
    selfSigned('ec', '/CN=EC', ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256']);
    exportP12('ec', 'right passphrase', '-inkey', file('ec.key'));

    expect(failureCode(() => loadP12Identity(readFileSync(file('k.p12')), 'wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => loadP12Identity(randomBytes(2048), 'right passphrase'))).toBe('INVALID_IDENTITY');
    expect(failureCode(() => loadP12Identity(Buffer.from('not a p12 at all'), 'right passphrase'))).toBe('INVALID_IDENTITY');
    expect(failureCode(() => loadP12Identity(readFileSync(file('nokey.p12')), 'right passphrase'))).toBe('INVALID_IDENTITY');
    expect(failureCode(() => loadP12Identity(readFileSync(file('ec.p12')), 'right passphrase'))).toBe('INVALID_IDENTITY');
    expect(loadP12Identity(readFileSync(file('k.p12')), 'right passphrase').info.name).toBe('K');
    expect(existsSync(join(dir, 'data', IDENTITY_FILE))).toBe(true);
  });
});
