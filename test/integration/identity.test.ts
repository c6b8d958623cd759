import { spawnSync } from 'node:child_process';
import { X509Certificate, createCipheriv, createDecipheriv, createPrivateKey, randomBytes, sign, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingIdentityInfoSchema, type SigningIdentityInfo } from '../../shared/ipc/contract';
import { createThrowawayIdentity, loadP12Identity } from '../../electron/services/signing/identity';
import { IDENTITIES_FILE, LEGACY_IDENTITY_FILE, createIdentityService } from '../../electron/services/signing/identity-service';
import type { SecretBox, UnlockedIdentity } from '../../electron/services/types';
import { failureCode, failureOf } from './support/failures';
import { opensslFingerprint, opensslText } from './support/openssl-identity';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const PASSPHRASE = 'correct horse battery staple';
const PERSON = { name: 'Jürgen Groß', email: 'juergen.gross@example.com', organisation: 'Müller & Söhne Straßenbau GmbH' };

let work: string;

function run(command: string, args: string[], input?: string | Buffer) {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

const freshDir = (name: string) => mkdtempSync(join(work, `${name}-`));
const path = (name: string) => join(work, name);

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

interface StoredFile {
  format: string;
  identities: Array<{ info: SigningIdentityInfo; certificates: string[]; key: { format: string; sealed: boolean; data: string } }>;
}

const storedFile = (dataDir: string) => JSON.parse(readFileSync(join(dataDir, IDENTITIES_FILE), 'utf8')) as StoredFile;

/** The key signs and the certificate's public key verifies: they belong together. */
function signsForCertificate(identity: UnlockedIdentity): boolean {
  const data = Buffer.from('DTIA Studio');
  return verify('sha256', data, new X509Certificate(identity.certificate).publicKey, sign('sha256', data, identity.privateKey));
}

/** The secret numbers of a private key: RSA's d, p and q, or the EC scalar d. */
function secretsOf(identity: UnlockedIdentity): Buffer[] {
  const jwk = identity.privateKey.export({ format: 'jwk' });
  return [jwk.d, jwk.p, jwk.q].filter((value): value is string => typeof value === 'string').map((value) => Buffer.from(value, 'base64url'));
}

/** Every 16-byte piece of `secret`, raw, as hex and as base64 at each of the three alignments, is absent from `stored`. */
function expectNoPieceOf(secret: Buffer, stored: Buffer) {
  const text = stored.toString('latin1');
  for (let offset = 0; offset + 16 <= secret.length; offset += 8) {
    const piece = secret.subarray(offset, offset + 16);
    expect(stored.includes(piece)).toBe(false);
    expect(text.toLowerCase().includes(piece.toString('hex'))).toBe(false);
    for (let shift = 0; shift < 3; shift += 1) {
      const aligned = piece.subarray(shift, shift + 12);
      expect(text.includes(aligned.toString('base64'))).toBe(false);
    }
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-identity-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('creating identities', () => {
  const dataDir = () => freshDir('create');

  for (const [algorithm, keyAlgorithm, publicKeyLine, signatureAlgorithm] of [
    ['rsa-3072', 'RSA 3072', 'Public-Key: (3072 bit)', 'sha256WithRSAEncryption'],
    ['ecdsa-p256', 'ECDSA P-256', 'NIST CURVE: P-256', 'ecdsa-with-SHA256'],
  ] as const) {
    it(`makes a ${keyAlgorithm} key and a self-signed X.509 v3 certificate that OpenSSL reads as specified`, () => {
      const dir = dataDir();
      const service = createIdentityService({ dataDir: dir, now: () => NOW });
      const info = service.create({ ...PERSON, algorithm, passphrase: PASSPHRASE });

      expect(signingIdentityInfoSchema.parse(info)).toEqual(info);
      expect(info).toMatchObject({
        ...PERSON,
        keyAlgorithm,
        validFrom: NOW.toISOString(),
        validTo: '2029-11-22T10:00:00.000Z',
        selfSigned: true,
        protection: 'passphrase',
        createdAt: NOW.toISOString(),
      });
      expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(service.list()).toEqual([info]);

      const der = path(`${algorithm}.cer`);
      writeFileSync(der, service.exportCertificate(info.id, 'der').content);
      const text = opensslText('x509', '-inform', 'DER', '-in', der, '-text', '-noout', '-nameopt', 'utf8,sep_comma_plus_space');
      expect(text).toContain('Version: 3 (0x2)');
      expect(text).toContain(`Signature Algorithm: ${signatureAlgorithm}`);
      expect(text).toContain(publicKeyLine);
      expect(text).toContain(`Subject: CN=${PERSON.name}, O=${PERSON.organisation}, emailAddress=${PERSON.email}`);
      expect(text).toContain(`Issuer: CN=${PERSON.name}, O=${PERSON.organisation}, emailAddress=${PERSON.email}`);
      expect(text).toContain('Not Before: Nov 22 10:00:00 2026 GMT');
      expect(text).toContain('Not After : Nov 22 10:00:00 2029 GMT');
      expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
      expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation/);
      expect(text).toMatch(/X509v3 Subject Key Identifier:\s+([0-9A-F]{2}:){19}[0-9A-F]{2}/);
      expect(text).toMatch(new RegExp(`X509v3 Subject Alternative Name:\\s+email:${PERSON.email.replace(/\./g, '\\.')}`));
      // CN and O are UTF8Strings, the e-mail address an IA5String.
      const structure = opensslText('asn1parse', '-inform', 'DER', '-in', der);
      expect(structure.match(/UTF8STRING/g)).toHaveLength(4);
      expect(structure).toMatch(/IA5STRING\s+:juergen\.gross@example\.com/);
      // The signature verifies under the certificate's own key, so OpenSSL accepts it as its own trust anchor.
      const pem = path(`${algorithm}.pem`);
      writeFileSync(pem, service.exportCertificate(info.id, 'pem').content);
      expect(opensslText('verify', '-no_check_time', '-x509_strict', '-CAfile', pem, pem)).toContain(': OK');
      expect(opensslFingerprint(der, 'DER')).toBe(info.certificateSha256);
    });
  }

  it('refuses an identity without a name or with an address the certificate cannot carry', () => {
    const service = createIdentityService({ dataDir: dataDir(), now: () => NOW });
    expect(failureCode(() => service.create({ ...PERSON, name: '  ', algorithm: 'ecdsa-p256', passphrase: PASSPHRASE }))).toBe('INVALID_REQUEST');
    expect(failureCode(() => service.create({ ...PERSON, email: 'jürgen@example.com', algorithm: 'ecdsa-p256', passphrase: PASSPHRASE }))).toBe(
      'INVALID_REQUEST',
    );
    expect(service.list()).toEqual([]);
  });

  it('makes a throwaway ECDSA identity quickly, with a working key', () => {
    const started = performance.now();
    const identity = createThrowawayIdentity(NOW);
    const elapsed = performance.now() - started;
    expect(identity.info.keyAlgorithm).toBe('ECDSA P-256');
    expect(identity.chain).toEqual([]);
    expect(signsForCertificate(identity)).toBe(true);
    expect(elapsed).toBeLessThan(200);
  });
});

describe('stored identities', () => {
  let dataDir: string;
  let rsa: SigningIdentityInfo;
  let ec: SigningIdentityInfo;

  beforeAll(() => {
    dataDir = freshDir('stored');
    const service = createIdentityService({ dataDir, now: () => NOW });
    rsa = service.create({ ...PERSON, algorithm: 'rsa-3072', passphrase: PASSPHRASE });
    ec = service.create({ name: 'Zofia Wiśniewska', email: 'zofia@example.org', organisation: '', algorithm: 'ecdsa-p256', passphrase: 'another passphrase' });
  });

  it('lists every identity in the order they were added', () => {
    expect(createIdentityService({ dataDir, now: () => NOW }).list()).toEqual([rsa, ec]);
    expect(storedFile(dataDir).format).toBe('dtia-signing-identities');
  });

  it('writes no private key unencrypted, and OpenSSL opens the stored PKCS #8 only with the passphrase', () => {
    const service = createIdentityService({ dataDir, now: () => NOW });
    const stored = readFileSync(join(dataDir, IDENTITIES_FILE));
    expect(stored.toString('latin1')).not.toMatch(/PRIVATE KEY|BEGIN/);
    for (const [info, passphrase] of [[rsa, PASSPHRASE], [ec, 'another passphrase']] as const) {
      const secrets = secretsOf(service.unlock(info.id, passphrase));
      expect(secrets.length).toBe(info.keyAlgorithm === 'RSA 3072' ? 3 : 1);
      for (const secret of secrets) expectNoPieceOf(secret, stored);

      const entry = storedFile(dataDir).identities.find((candidate) => candidate.info.id === info.id);
      expect(entry?.key).toMatchObject({ format: 'pkcs8', sealed: false });
      const keyFile = path(`${info.id}.p8`);
      writeFileSync(keyFile, Buffer.from(entry?.key.data ?? '', 'base64'));
      const text = opensslText('pkcs8', '-inform', 'DER', '-in', keyFile, '-passin', `pass:${passphrase}`);
      expect(text).toContain('-----BEGIN PRIVATE KEY-----');
      // PBES2 with PBKDF2-HMAC-SHA256 at 600 000 iterations (0x0927C0) and AES-256-CBC.
      const structure = opensslText('asn1parse', '-inform', 'DER', '-in', keyFile);
      expect(structure).toContain(':PBES2');
      expect(structure).toContain(':PBKDF2');
      expect(structure).toMatch(/INTEGER\s+:0927C0/);
      expect(structure).toContain(':hmacWithSHA256');
      expect(structure).toContain(':aes-256-cbc');
      expect(run('openssl', ['pkcs8', '-inform', 'DER', '-in', keyFile, '-passin', 'pass:wrong passphrase']).status).not.toBe(0);
      expect(run('openssl', ['pkcs8', '-inform', 'DER', '-in', keyFile, '-nocrypt']).status).not.toBe(0);
    }
  });

  it('unlocks with the passphrase only, into a key that belongs to the certificate', () => {
    const service = createIdentityService({ dataDir, now: () => NOW });
    const started = performance.now();
    const unlocked = service.unlock(rsa.id, PASSPHRASE);
    const elapsed = performance.now() - started;
    expect(unlocked.info).toEqual(rsa);
    expect(unlocked.chain).toEqual([]);
    expect(unlocked.privateKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
    expect(signsForCertificate(unlocked)).toBe(true);
    expect(signsForCertificate(service.unlock(ec.id, 'another passphrase'))).toBe(true);
    // Deliberately slow (PBKDF2 work factor) but fine once per signing.
    expect(elapsed).toBeLessThan(2000);

    expect(failureCode(() => service.unlock(rsa.id, 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => service.unlock(rsa.id, ''))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => service.unlock(ec.id, PASSPHRASE))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => service.unlock('00000000-0000-4000-8000-000000000000', PASSPHRASE))).toBe('NO_SIGNING_IDENTITY');
  });

  it('exports the certificate as PEM and DER under the signer’s name', () => {
    const service = createIdentityService({ dataDir, now: () => NOW });
    const pem = service.exportCertificate(rsa.id, 'pem');
    const der = service.exportCertificate(rsa.id, 'der');
    expect(pem.fileName).toBe('jurgen-gross.pem');
    expect(der.fileName).toBe('jurgen-gross.cer');
    expect(pem.content.toString('ascii')).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
    writeFileSync(path('export.pem'), pem.content);
    writeFileSync(path('export.cer'), der.content);
    expect(opensslFingerprint(path('export.pem'))).toBe(rsa.certificateSha256);
    expect(opensslFingerprint(path('export.cer'), 'DER')).toBe(rsa.certificateSha256);
    expect(failureCode(() => service.exportCertificate('missing', 'pem'))).toBe('NO_SIGNING_IDENTITY');
  });

  it('removes one identity and keeps the others', () => {
    const dir = freshDir('remove');
    const service = createIdentityService({ dataDir: dir, now: () => NOW });
    const first = service.create({ ...PERSON, algorithm: 'ecdsa-p256', passphrase: PASSPHRASE });
    const second = service.create({ ...PERSON, name: 'Second', algorithm: 'ecdsa-p256', passphrase: PASSPHRASE });
    expect(service.remove(first.id)).toEqual({ identityId: first.id });
    expect(service.list()).toEqual([second]);
    expect(failureCode(() => service.unlock(first.id, PASSPHRASE))).toBe('NO_SIGNING_IDENTITY');
    expect(failureCode(() => service.remove(first.id))).toBe('NO_SIGNING_IDENTITY');
    expect(readFileSync(join(dir, IDENTITIES_FILE), 'utf8')).not.toContain(first.certificateSha256);
  });

  it('says when the file is damaged and leaves it as it is', () => {
    const dir = freshDir('damaged');
    writeFileSync(join(dir, IDENTITIES_FILE), '{"format":"dtia-signing-identities","version":1');
    const service = createIdentityService({ dataDir: dir, now: () => NOW });
    expect(failureCode(() => service.list())).toBe('INVALID_IDENTITY');
    expect(failureCode(() => service.create({ ...PERSON, algorithm: 'ecdsa-p256', passphrase: PASSPHRASE }))).toBe('INVALID_IDENTITY');
    expect(readFileSync(join(dir, IDENTITIES_FILE), 'utf8')).toBe('{"format":"dtia-signing-identities","version":1');
  });
});

describe('identities sealed by the OS keychain as well', () => {
  it('stores only the sealed key, which needs both the keychain and the passphrase', () => {
    const dataDir = freshDir('sealed');
    const box = memorySecretBox();
    const service = createIdentityService({ dataDir, secretBox: box, now: () => NOW });
    const info = service.create({ ...PERSON, algorithm: 'ecdsa-p256', passphrase: PASSPHRASE });
    expect(info.protection).toBe('passphrase+os');

    const [entry] = storedFile(dataDir).identities;
    expect(entry?.key).toMatchObject({ format: 'pkcs8', sealed: true });
    writeFileSync(path('sealed.p8'), Buffer.from(entry?.key.data ?? '', 'base64'));
    expect(run('openssl', ['pkcs8', '-inform', 'DER', '-in', path('sealed.p8'), '-passin', `pass:${PASSPHRASE}`]).status).not.toBe(0);

    expect(signsForCertificate(service.unlock(info.id, PASSPHRASE))).toBe(true);
    expect(failureCode(() => service.unlock(info.id, 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
    const withoutKeychain = createIdentityService({ dataDir, now: () => NOW });
    expect(withoutKeychain.list()).toEqual([info]);
    expect(failureCode(() => withoutKeychain.unlock(info.id, PASSPHRASE))).toBe('NO_SIGNING_IDENTITY');
    expect(failureCode(() => createIdentityService({ dataDir, secretBox: memorySecretBox(), now: () => NOW }).unlock(info.id, PASSPHRASE))).toBe(
      'INVALID_IDENTITY',
    );
  });

  it('falls back to the passphrase alone when the keychain is unavailable', () => {
    const dataDir = freshDir('unavailable');
    const info = createIdentityService({ dataDir, secretBox: memorySecretBox(false), now: () => NOW }).create({
      ...PERSON,
      algorithm: 'ecdsa-p256',
      passphrase: PASSPHRASE,
    });
    expect(info.protection).toBe('passphrase');
    expect(storedFile(dataDir).identities[0]?.key.sealed).toBe(false);
  });
});

describe('.p12 / .pfx files made with OpenSSL', () => {
  const file = (name: string) => path(`p12-${name}`);
  const selfSigned = (name: string, subject: string, key: string[]) =>
    opensslText('req', '-x509', ...key, '-nodes', '-utf8', '-keyout', file(`${name}.key`), '-out', file(`${name}.crt`), '-days', '30', '-subj', subject);
  const exportP12 = (name: string, out: string, passphrase: string, ...extra: string[]) =>
    opensslText('pkcs12', '-export', '-in', file(`${name}.crt`), '-out', file(out), '-passout', `pass:${passphrase}`, ...extra);
  const RSA = ['-newkey', 'rsa:2048'];
  const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  const legacySupported = run('openssl', ['pkcs12', '-help']).stderr.includes('-legacy');

  beforeAll(() => {
    selfSigned('rsa', '/CN=Zofia Wiśniewska/O=Łódź Data Sp. z o.o./emailAddress=zofia@example.org', RSA);
    selfSigned('ec', '/CN=Élodie Fournier/O=Données SAS', EC);
    exportP12('rsa', 'rsa.p12', 'openssl passphrase', '-inkey', file('rsa.key'));
    exportP12('ec', 'ec.p12', 'openssl passphrase', '-inkey', file('ec.key'));
    if (legacySupported) {
      exportP12('rsa', 'rsa-legacy.p12', 'openssl passphrase', '-inkey', file('rsa.key'), '-legacy');
      exportP12('ec', 'ec-legacy.p12', 'openssl passphrase', '-inkey', file('ec.key'), '-legacy');
    }
  });

  const cases = [
    { p12: 'rsa.p12', certificate: 'rsa.crt', keyAlgorithm: 'RSA 2048', name: 'Zofia Wiśniewska', organisation: 'Łódź Data Sp. z o.o.', email: 'zofia@example.org' },
    { p12: 'ec.p12', certificate: 'ec.crt', keyAlgorithm: 'ECDSA P-256', name: 'Élodie Fournier', organisation: 'Données SAS', email: '' },
  ];
  const legacyCases = cases.map((c) => ({ ...c, p12: c.p12.replace('.p12', '-legacy.p12') }));

  for (const c of [...cases, ...legacyCases]) {
    it(`imports ${c.p12} and stores its key re-encrypted under the same passphrase`, (context) => {
      if (c.p12.includes('legacy') && !legacySupported) context.skip();
      const dataDir = freshDir('import');
      const service = createIdentityService({ dataDir, now: () => NOW });
      const info = service.importP12(readFileSync(file(c.p12)), 'openssl passphrase');
      expect(info).toMatchObject({ name: c.name, organisation: c.organisation, email: c.email, keyAlgorithm: c.keyAlgorithm, selfSigned: true });
      expect(info.certificateSha256).toBe(opensslFingerprint(file(c.certificate)));
      expect(storedFile(dataDir).identities[0]?.key.format).toBe('pkcs8');
      expect(readFileSync(join(dataDir, IDENTITIES_FILE), 'latin1')).not.toContain(readFileSync(file(c.p12)).toString('base64').slice(0, 40));

      const unlocked = service.unlock(info.id, 'openssl passphrase');
      expect(signsForCertificate(unlocked)).toBe(true);
      expect(failureCode(() => service.unlock(info.id, 'wrong passphrase'))).toBe('WRONG_PASSPHRASE');
      // The same certificate again replaces the stored one instead of listing it twice.
      expect(service.importP12(readFileSync(file(c.p12)), 'openssl passphrase').id).toBe(info.id);
      expect(service.list()).toHaveLength(1);
    });
  }

  it('imports a bundle with a CA chain: the end entity signs, its issuer follows in the chain', () => {
    opensslText('req', '-x509', ...EC, '-nodes', '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '30', '-subj', '/CN=Example Test CA');
    opensslText('req', ...RSA, '-nodes', '-keyout', file('user.key'), '-out', file('user.csr'), '-subj', '/CN=Chain User/emailAddress=chain@example.org');
    opensslText('x509', '-req', '-in', file('user.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file('user.crt'), '-days', '30');
    selfSigned('stranger', '/CN=Unrelated', EC);
    // An unrelated certificate travels along: it must not become the signer nor part of the chain.
    writeFileSync(file('more.crt'), `${readFileSync(file('ca.crt'), 'utf8')}${readFileSync(file('stranger.crt'), 'utf8')}${readFileSync(file('user.crt'), 'utf8')}`);
    opensslText('pkcs12', '-export', '-in', file('more.crt'), '-inkey', file('user.key'), '-out', file('chain2.p12'), '-passout', 'pass:openssl passphrase');

    const identity = loadP12Identity(readFileSync(file('chain2.p12')), 'openssl passphrase');
    expect(identity.info).toMatchObject({ name: 'Chain User', email: 'chain@example.org', selfSigned: false, keyAlgorithm: 'RSA 2048' });
    expect(identity.info.certificateSha256).toBe(opensslFingerprint(file('user.crt')));
    writeFileSync(file('chain-issuer.cer'), identity.chain[0] ?? Buffer.alloc(0));
    expect(identity.chain).toHaveLength(1);
    expect(opensslFingerprint(file('chain-issuer.cer'), 'DER')).toBe(opensslFingerprint(file('ca.crt')));
    expect(signsForCertificate(identity)).toBe(true);

    const dataDir = freshDir('chain');
    const service = createIdentityService({ dataDir, now: () => NOW });
    const info = service.importP12(readFileSync(file('chain2.p12')), 'openssl passphrase');
    expect(service.unlock(info.id, 'openssl passphrase').chain.map((der) => der.toString('hex'))).toEqual(identity.chain.map((der) => der.toString('hex')));
  });

  it('refuses a wrong passphrase, files that are no PKCS #12, a bundle without key and storing a key without passphrase', () => {
    exportP12('rsa', 'nokey.p12', 'openssl passphrase', '-nokeys');
    exportP12('rsa', 'nopass.p12', '', '-inkey', file('rsa.key'));
    exportP12('rsa', 'nomac.p12', 'openssl passphrase', '-inkey', file('rsa.key'), '-nomac');

    expect(failureCode(() => loadP12Identity(readFileSync(file('rsa.p12')), 'wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => loadP12Identity(readFileSync(file('ec.p12')), ''))).toBe('WRONG_PASSPHRASE');
    expect(failureCode(() => loadP12Identity(readFileSync(file('nomac.p12')), 'wrong passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(loadP12Identity(readFileSync(file('nomac.p12')), 'openssl passphrase').info.name).toBe('Zofia Wiśniewska');
    expect(failureCode(() => loadP12Identity(randomBytes(2048), 'openssl passphrase'))).toBe('INVALID_IDENTITY');
    expect(failureCode(() => loadP12Identity(Buffer.from('not a p12 at all'), 'openssl passphrase'))).toBe('INVALID_IDENTITY');
    expect(failureCode(() => loadP12Identity(readFileSync(file('rsa.crt')), 'openssl passphrase'))).toBe('INVALID_IDENTITY');
    const noKey = failureOf(() => loadP12Identity(readFileSync(file('nokey.p12')), 'openssl passphrase'));
    expect(noKey.code).toBe('INVALID_IDENTITY');
    expect(noKey.message).toBe('The file holds no private key.');

    expect(loadP12Identity(readFileSync(file('nopass.p12')), '').info.name).toBe('Zofia Wiśniewska');
    const service = createIdentityService({ dataDir: freshDir('nopass'), now: () => NOW });
    expect(failureCode(() => service.importP12(readFileSync(file('nopass.p12')), ''))).toBe('INVALID_REQUEST');
    expect(service.list()).toEqual([]);
  });
});

describe('the identity an earlier version stored', () => {
  const LEGACY_PASSPHRASE = 'Pässwort für Jürgen';

  /** signing-identity.json as that version wrote it: a node-forge PKCS #12 (AES-256, 10 000 iterations) of an RSA key. */
  function writeLegacyIdentity(dataDir: string, box?: SecretBox): { fingerprint: string; keyPem: string } {
    const key = path('legacy.key');
    opensslText('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-utf8', '-keyout', key, '-out', path('legacy.crt'), '-days', '30', '-subj', '/CN=Jürgen Groß/O=Müller & Söhne');
    const keyPem = readFileSync(key, 'utf8');
    const certificate = forge.pki.certificateFromPem(readFileSync(path('legacy.crt'), 'utf8'));
    const asn1 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(keyPem), [certificate], LEGACY_PASSPHRASE, {
      algorithm: 'aes256',
      count: 10_000,
      friendlyName: 'Jürgen Groß',
    });
    const p12 = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
    const fingerprint = opensslFingerprint(path('legacy.crt'));
    const stored = {
      format: 'dtia-signing-identity',
      version: 1,
      info: {
        name: 'Jürgen Groß',
        email: '',
        organisation: 'Müller & Söhne',
        certificateSha256: fingerprint.toUpperCase().match(/../g)?.join(':'),
        validFrom: certificate.validity.notBefore.toISOString(),
        validTo: certificate.validity.notAfter.toISOString(),
        selfSigned: true,
        protection: box ? 'passphrase+os' : 'passphrase',
      },
      ...(box ? { sealedPkcs12: box.encrypt(p12).toString('base64') } : { pkcs12: p12.toString('base64') }),
    };
    writeFileSync(join(dataDir, LEGACY_IDENTITY_FILE), JSON.stringify(stored, null, 2));
    return { fingerprint, keyPem };
  }

  it('lists it, exports its certificate, and converts its key on the first unlock', () => {
    const dataDir = freshDir('legacy');
    const { fingerprint, keyPem } = writeLegacyIdentity(dataDir);
    const service = createIdentityService({ dataDir, now: () => NOW });

    const [info] = service.list();
    expect(info).toMatchObject({ name: 'Jürgen Groß', organisation: 'Müller & Söhne', keyAlgorithm: 'RSA 2048', certificateSha256: fingerprint });
    expect(signingIdentityInfoSchema.parse(info)).toEqual(info);
    expect(existsSync(join(dataDir, LEGACY_IDENTITY_FILE))).toBe(false);
    expect(storedFile(dataDir).identities[0]?.key.format).toBe('pkcs12');
    writeFileSync(path('legacy-export.cer'), service.exportCertificate(info?.id ?? '', 'der').content);
    expect(opensslFingerprint(path('legacy-export.cer'), 'DER')).toBe(fingerprint);

    expect(failureCode(() => service.unlock(info?.id ?? '', 'not the passphrase'))).toBe('WRONG_PASSPHRASE');
    expect(storedFile(dataDir).identities[0]?.key.format).toBe('pkcs12');

    const unlocked = service.unlock(info?.id ?? '', LEGACY_PASSPHRASE);
    expect(unlocked.info).toEqual(info);
    expect(unlocked.privateKey.export({ type: 'pkcs8', format: 'pem' })).toBe(createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' }));
    expect(storedFile(dataDir).identities[0]?.key.format).toBe('pkcs8');
    expect(storedFile(dataDir).identities[0]?.certificates).toHaveLength(1);
    expect(signsForCertificate(service.unlock(info?.id ?? '', LEGACY_PASSPHRASE))).toBe(true);
    expect(createIdentityService({ dataDir, now: () => NOW }).list()).toEqual([info]);
  });

  it('migrates a keychain-sealed one alongside identities already in the new list', () => {
    const dataDir = freshDir('legacy-sealed');
    const box = memorySecretBox();
    const service = createIdentityService({ dataDir, secretBox: box, now: () => NOW });
    const current = service.create({ ...PERSON, algorithm: 'ecdsa-p256', passphrase: PASSPHRASE });
    const { fingerprint } = writeLegacyIdentity(dataDir, box);

    const [first, legacy] = service.list();
    expect(first).toEqual(current);
    expect(legacy).toMatchObject({ certificateSha256: fingerprint, protection: 'passphrase+os', keyAlgorithm: 'RSA 2048' });
    expect(storedFile(dataDir).identities[1]?.key).toMatchObject({ format: 'pkcs12', sealed: true });
    expect(signsForCertificate(service.unlock(legacy?.id ?? '', LEGACY_PASSPHRASE))).toBe(true);
    expect(storedFile(dataDir).identities[1]?.key).toMatchObject({ format: 'pkcs8', sealed: true });
  });
});
