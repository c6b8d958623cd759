import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/domain/result';
import { checkCmsSignature } from '../../electron/services/signing/cades/check';
import { createCadesSignature } from '../../electron/services/signing/cades/create';
import type { CmsCheck } from '../../electron/services/signing/signing-types';
import { createOpensslIdentity, type OpensslIdentity } from './support/openssl-identity';
import { startTestTsa, unreachableUrl, type TestTsa } from './support/tsa-server';

/**
 * CAdES signatures made by createCadesSignature, checked by OpenSSL (independently) and by checkCmsSignature;
 * timestamps from a loopback TSA whose answers OpenSSL makes.
 */

let work: string;
let rsa: OpensslIdentity;
let authority: OpensslIdentity;
let ec: OpensslIdentity;
/** Same issuer, serial number and subject as `ec`, another key. */
let otherKey: OpensslIdentity;
/** Same issuer, serial number and key as `ec`, another subject of the same length. */
let twin: OpensslIdentity;
let tsa: TestTsa;

const SERIAL = '0a1b2c3d4e5f6071';
const POLISH = { name: 'Łukasz Żółć', email: 'lukasz.zolc@example.pl', organisation: 'Żółć i Syn Sp. z o.o.' };

function run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

let fileCounter = 0;
/** `openssl cms -verify` of a detached signature over `data`; trust anchors from `caFile`, or no chain check. */
function opensslVerifies(signature: Buffer, data: Buffer, caFile?: string): boolean {
  fileCounter += 1;
  const trust = caFile ? ['-CAfile', caFile, '-purpose', 'any'] : ['-noverify'];
  const result = run('openssl', [
    'cms', '-verify', '-binary', '-inform', 'DER',
    '-in', file(`signature-${fileCounter}.der`, signature),
    '-content', file(`content-${fileCounter}.bin`, data),
    ...trust, '-out', '/dev/null',
  ]);
  return result.status === 0 && /Verification successful/.test(result.stderr);
}

function opensslPrint(signature: Buffer): string {
  fileCounter += 1;
  const result = run('openssl', ['cms', '-cmsout', '-print', '-inform', 'DER', '-in', file(`print-${fileCounter}.der`, signature)]);
  expect(result.status).toBe(0);
  return result.stdout;
}

type ForgeNode = forge.asn1.Asn1;
const forgeChildren = (node: ForgeNode | undefined): ForgeNode[] => (node && Array.isArray(node.value) ? (node.value as ForgeNode[]) : []);
const forgeDer = (node: ForgeNode | undefined): Buffer => Buffer.from(forge.asn1.toDer(node!).getBytes(), 'binary');

/** The first SignerInfo, read with node-forge's ASN.1 parser (not the application's). */
function forgeSignerInfo(signature: Buffer): ForgeNode[] {
  const contentInfo = forge.asn1.fromDer(forge.util.createBuffer(signature.toString('binary')));
  const signedData = forgeChildren(forgeChildren(contentInfo)[1])[0];
  const signerInfos = forgeChildren(signedData).at(-1);
  return forgeChildren(forgeChildren(signerInfos)[0]);
}

function forgeSignatureValue(signature: Buffer): Buffer {
  const value = forgeSignerInfo(signature).find((node) => node.tagClass === forge.asn1.Class.UNIVERSAL && node.type === forge.asn1.Type.OCTETSTRING);
  return Buffer.from(value!.value as string, 'binary');
}

/** The issuer Name of a certificate as encoded in it: TBSCertificate is [0] version, serial, algorithm, issuer. */
function forgeIssuer(certificate: Buffer): Buffer {
  const tbs = forgeChildren(forgeChildren(forge.asn1.fromDer(forge.util.createBuffer(certificate.toString('binary'))))[0]);
  return forgeDer(tbs[3]);
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** A copy with one byte inverted at `offset`. */
function flipped(data: Buffer, offset: number): Buffer {
  const copy = Buffer.from(data);
  copy[offset] = copy[offset]! ^ 0xff;
  return copy;
}

/** A copy with every occurrence of `from` replaced by `to` (same length). */
function replaced(data: Buffer, from: Buffer, to: Buffer): Buffer {
  expect(to.length).toBe(from.length);
  const copy = Buffer.from(data);
  let found = 0;
  for (let at = copy.indexOf(from); at !== -1; at = copy.indexOf(from, at + 1)) {
    to.copy(copy, at);
    found += 1;
  }
  expect(found).toBeGreaterThan(0);
  return copy;
}

function fullyValid(check: CmsCheck): boolean {
  return check.digestMatches && check.signatureVerifies && check.signingCertificateMatches !== false && check.problems.length === 0;
}

async function timestampFailure(action: Promise<unknown>): Promise<AppFailure> {
  try {
    await action;
  } catch (error) {
    if (error instanceof AppFailure) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

/** An adbe.pkcs7.detached signature as node-forge (and so earlier versions of the application) made them. */
function forgeLegacySignature(identity: OpensslIdentity, data: Buffer, signingTime: Date): Buffer {
  const certificate = forge.pki.certificateFromPem(readFileSync(identity.certificateFile, 'utf8'));
  const key = forge.pki.privateKeyFromPem(readFileSync(identity.keyFile, 'utf8'));
  const message = forge.pkcs7.createSignedData();
  message.content = forge.util.createBuffer(data.toString('binary'));
  message.addCertificate(certificate);
  message.addSigner({
    key,
    certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
    ],
  });
  message.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(message.toAsn1()).getBytes(), 'binary');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dtia-cades-'));
  rsa = createOpensslIdentity(work, 'rsa', {
    algorithm: 'rsa-3072',
    subject: { name: 'Jürgen Groß', email: 'juergen.gross@example.com', organisation: 'Müller & Söhne Straßenbau GmbH' },
  });
  authority = createOpensslIdentity(work, 'authority', {
    algorithm: 'rsa-3072',
    authority: true,
    subject: { name: 'Prüfstelle Süd Root CA', email: 'ca@pruefstelle.example', organisation: 'Prüfstelle Süd GmbH' },
  });
  ec = createOpensslIdentity(work, 'ec', { algorithm: 'ecdsa-p256', issuer: authority, serial: SERIAL, subject: POLISH });
  otherKey = createOpensslIdentity(work, 'other-key', { algorithm: 'ecdsa-p256', issuer: authority, serial: SERIAL, subject: POLISH });
  twin = createOpensslIdentity(work, 'twin', {
    algorithm: 'ecdsa-p256',
    issuer: authority,
    serial: SERIAL,
    keyOf: ec,
    subject: { ...POLISH, name: 'Mallory Mallory!' },
  });
  tsa = await startTestTsa(work);
}, 60_000);

afterAll(async () => {
  await tsa?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('createCadesSignature', () => {
  const data = randomBytes(200_000);
  const parts = [data.subarray(0, 1234), data.subarray(1234, 150_000), data.subarray(150_000)];

  it('signs with RSA 3072 so that OpenSSL verifies it, with signing-certificate-v2 and without signing-time', async () => {
    const signature = await createCadesSignature({ signedParts: parts, identity: rsa, timestampUrl: null });
    expect(opensslVerifies(signature, data)).toBe(true);

    const printed = opensslPrint(signature);
    expect(printed).toContain('id-smime-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47)');
    expect(printed).toContain('contentType (1.2.840.113549.1.9.3)');
    expect(printed).toContain('messageDigest (1.2.840.113549.1.9.4)');
    expect(printed).not.toContain('signingTime');
    expect(printed).not.toContain('1.2.840.113549.1.9.5)');
    expect(printed).toContain('algorithm: sha256WithRSAEncryption (1.2.840.113549.1.1.11)');
    expect(printed).toContain('eContent: <ABSENT>');
    // The ESS attribute names the certificate by its SHA-256 hash.
    expect(printed).toContain(`[HEX DUMP]:${sha256(rsa.certificate).toString('hex').toUpperCase()}`);

    const check = checkCmsSignature(signature, parts);
    expect(check).toMatchObject({
      digestMatches: true,
      signatureVerifies: true,
      signingCertificateMatches: true,
      signer: { name: 'Jürgen Groß', email: 'juergen.gross@example.com', organisation: 'Müller & Söhne Straßenbau GmbH' },
      certificateSha256: sha256(rsa.certificate).toString('hex'),
      selfSigned: true,
      signedAt: null,
      timestamp: null,
      problems: [],
    });
    expect(check.certificate?.equals(rsa.certificate)).toBe(true);
    // One concatenated part covers the same bytes.
    expect(fullyValid(checkCmsSignature(signature, [data]))).toBe(true);
  });

  it('signs with ECDSA P-256 under a CA, naming the issuer with the certificate’s own UTF-8 encoding', async () => {
    const signature = await createCadesSignature({ signedParts: parts, identity: ec, timestampUrl: null });
    expect(opensslVerifies(signature, data)).toBe(true);
    expect(opensslVerifies(signature, data, authority.certificateFile)).toBe(true);
    const printed = opensslPrint(signature);
    expect(printed).toContain('algorithm: ecdsa-with-SHA256 (1.2.840.10045.4.3.2)');
    expect(printed).not.toContain('signingTime');

    const [, sid] = forgeSignerInfo(signature);
    expect(forgeDer(forgeChildren(sid)[0]).equals(forgeIssuer(ec.certificate))).toBe(true);
    expect(signature.includes(authority.certificate)).toBe(true);

    const check = checkCmsSignature(signature, parts);
    expect(check).toMatchObject({
      digestMatches: true,
      signatureVerifies: true,
      signingCertificateMatches: true,
      signer: POLISH,
      certificateSha256: sha256(ec.certificate).toString('hex'),
      selfSigned: false,
      problems: [],
    });
  });

  it('signs with an imported ECDSA P-384 key too (ecdsa-with-SHA256)', async () => {
    const p384 = createOpensslIdentity(work, 'p384', { algorithm: 'ecdsa-p384', subject: POLISH });
    const signature = await createCadesSignature({ signedParts: parts, identity: p384, timestampUrl: null });
    expect(opensslVerifies(signature, data)).toBe(true);
    expect(fullyValid(checkCmsSignature(signature, parts))).toBe(true);
  });

  it('refuses a key that does not belong to the certificate, and key types PAdES baseline does not use here', async () => {
    const mismatched = { ...ec, privateKey: rsa.privateKey };
    await expect(createCadesSignature({ signedParts: parts, identity: mismatched, timestampUrl: null })).rejects.toMatchObject({ code: 'INVALID_IDENTITY' });
    const ed25519 = generateKeyPairSync('ed25519').privateKey;
    await expect(createCadesSignature({ signedParts: parts, identity: { ...ec, privateKey: ed25519 }, timestampUrl: null })).rejects.toMatchObject({
      code: 'INVALID_IDENTITY',
    });
  });
});

describe('checkCmsSignature on altered signatures', () => {
  const data = randomBytes(50_000);
  let rsaSignature: Buffer;
  let ecSignature: Buffer;

  beforeAll(async () => {
    rsaSignature = await createCadesSignature({ signedParts: [data], identity: rsa, timestampUrl: null });
    ecSignature = await createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: null });
  });

  it('accepts the signature followed by the zero padding of a PDF’s /Contents', () => {
    expect(fullyValid(checkCmsSignature(Buffer.concat([rsaSignature, Buffer.alloc(6000)]), [data]))).toBe(true);
  });

  it('detects changed data', () => {
    const changed = flipped(data, 31_337);
    expect(opensslVerifies(rsaSignature, changed)).toBe(false);
    const check = checkCmsSignature(rsaSignature, [changed]);
    expect(check.digestMatches).toBe(false);
    expect(check.signatureVerifies).toBe(true);
    expect(check.problems.join(' ')).toMatch(/digest does not match/);
  });

  it('detects a changed message-digest attribute', () => {
    const tampered = replaced(ecSignature, sha256(data), flipped(sha256(data), 5));
    expect(opensslVerifies(tampered, data)).toBe(false);
    const check = checkCmsSignature(tampered, [data]);
    expect(check.digestMatches).toBe(false);
    expect(check.signatureVerifies).toBe(false);
  });

  it('detects a changed signing-certificate-v2 attribute', () => {
    const essHash = sha256(rsa.certificate);
    const tampered = replaced(rsaSignature, essHash, flipped(essHash, 0));
    expect(opensslVerifies(tampered, data)).toBe(false);
    const check = checkCmsSignature(tampered, [data]);
    expect(check.digestMatches).toBe(true);
    expect(check.signatureVerifies).toBe(false);
    expect(check.signingCertificateMatches).toBe(false);
  });

  it('detects a certificate with the signer’s issuer and serial number but another key', () => {
    const tampered = replaced(ecSignature, ec.certificate, otherKey.certificate);
    expect(opensslVerifies(tampered, data)).toBe(false);
    const check = checkCmsSignature(tampered, [data]);
    expect(check.signatureVerifies).toBe(false);
    expect(check.signingCertificateMatches).toBe(false);
    expect(check.certificateSha256).toBe(sha256(otherKey.certificate).toString('hex'));
  });

  it('detects a certificate with the signer’s key under another name, through signing-certificate-v2', () => {
    const tampered = replaced(ecSignature, ec.certificate, twin.certificate);
    // Plain CMS verification cannot tell: the key is the same. The signed ESS hash still names the real certificate.
    expect(opensslVerifies(tampered, data)).toBe(true);
    const printed = opensslPrint(tampered);
    expect(printed).toContain(`[HEX DUMP]:${sha256(ec.certificate).toString('hex').toUpperCase()}`);
    expect(printed).not.toContain(sha256(twin.certificate).toString('hex').toUpperCase());
    const check = checkCmsSignature(tampered, [data]);
    expect(check.digestMatches).toBe(true);
    expect(check.signatureVerifies).toBe(true);
    expect(check.signingCertificateMatches).toBe(false);
    expect(check.signer?.name).toBe('Mallory Mallory!');
    expect(check.problems.join(' ')).toMatch(/signing-certificate attribute names another certificate/);
  });

  it('detects every flipped byte of the signature value', () => {
    const value = forgeSignatureValue(rsaSignature);
    const start = rsaSignature.lastIndexOf(value);
    expect(start + value.length).toBe(rsaSignature.length);
    for (let offset = start; offset < rsaSignature.length; offset += 7) {
      expect(checkCmsSignature(flipped(rsaSignature, offset), [data]).signatureVerifies).toBe(false);
    }
  });

  it('never throws on hostile input and never calls it valid', () => {
    const inputs: Buffer[] = [Buffer.alloc(0), Buffer.from([0x30]), Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), randomBytes(4096), Buffer.alloc(100, 0x30)];
    for (let length = 0; length < ecSignature.length; length += 13) inputs.push(ecSignature.subarray(0, length));
    // Nested indefinite lengths, deeper than any real structure.
    inputs.push(Buffer.alloc(2000).fill(Buffer.from([0x30, 0x80])));
    for (const input of inputs) {
      const check = checkCmsSignature(input, [data]);
      expect(check.digestMatches && check.signatureVerifies).toBe(false);
      expect(check.problems.length).toBeGreaterThan(0);
    }
    for (let i = 0; i < 300; i += 1) {
      const offset = Math.floor(Math.random() * ecSignature.length);
      const check = checkCmsSignature(flipped(ecSignature, offset), [data]);
      expect(Array.isArray(check.problems)).toBe(true);
    }
  });
});

describe('checkCmsSignature on adbe.pkcs7.detached signatures made by node-forge', () => {
  const data = randomBytes(20_000);

  it('verifies them, finds the signer despite the mis-encoded issuer, and reads the signing time', () => {
    // Certificates start being valid at the second they were made, so the signing time has no milliseconds.
    const signingTime = new Date();
    signingTime.setMilliseconds(0);
    const legacy = forgeLegacySignature(rsa, data, signingTime);
    const [, sid] = forgeSignerInfo(legacy);
    // node-forge encodes the UTF-8 issuer name a second time: the signature names an issuer the certificate does not have.
    expect(forgeDer(forgeChildren(sid)[0]).equals(forgeIssuer(rsa.certificate))).toBe(false);

    const check = checkCmsSignature(legacy, [data]);
    expect(check).toMatchObject({
      digestMatches: true,
      signatureVerifies: true,
      signingCertificateMatches: null,
      signer: { name: 'Jürgen Groß' },
      signedAt: signingTime.toISOString(),
      problems: [],
    });
    expect(checkCmsSignature(legacy, [flipped(data, 0)]).digestMatches).toBe(false);
  });

  it('reports a signing time outside the certificate’s validity', () => {
    const legacy = forgeLegacySignature(rsa, data, new Date('2001-05-01T12:00:00Z'));
    const check = checkCmsSignature(legacy, [data]);
    expect(check.signatureVerifies).toBe(true);
    expect(check.signedAt).toBe('2001-05-01T12:00:00.000Z');
    expect(check.problems).toContain('The signer’s certificate was not valid at the signing time (2001-05-01T12:00:00.000Z).');
  });
});

describe('RFC 3161 timestamps', () => {
  const data = randomBytes(100_000);

  it('adds a timestamp token that OpenSSL accepts for the signature value', async () => {
    tsa.mode = 'grant';
    const before = tsa.requests.length;
    const started = new Date(Math.floor(Date.now() / 1000) * 1000);
    const signature = await createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: tsa.url });
    const finished = new Date();
    expect(tsa.requests.length).toBe(before + 1);
    const request = tsa.requests.at(-1)!;
    expect(request.contentType).toBe('application/timestamp-query');

    expect(opensslVerifies(signature, data, authority.certificateFile)).toBe(true);
    expect(opensslPrint(signature)).toContain('id-smime-aa-timeStampToken (1.2.840.113549.1.9.16.2.14)');

    const query = run('openssl', ['ts', '-query', '-in', file('query.tsq', request.body), '-text']).stdout;
    expect(query).toContain('Hash Algorithm: sha256');
    expect(query).toContain('Certificate required: yes');
    expect(query).toMatch(/Nonce: 0x[0-9A-F]+/);

    const responseFile = file('response.tsr', tsa.responses.at(-1)!);
    const imprint = sha256(forgeSignatureValue(signature)).toString('hex');
    const verified = run('openssl', ['ts', '-verify', '-digest', imprint, '-in', responseFile, '-CAfile', tsa.rootFile]);
    expect(verified.stdout).toContain('Verification: OK');
    expect(run('openssl', ['ts', '-verify', '-queryfile', file('query-check.tsq', request.body), '-in', responseFile, '-CAfile', tsa.rootFile]).stdout).toContain(
      'Verification: OK',
    );
    expect(run('openssl', ['ts', '-reply', '-in', responseFile, '-token_out', '-out', join(work, 'token.der')]).status).toBe(0);
    const token = readFileSync(join(work, 'token.der'));
    expect(signature.includes(token)).toBe(true);
    expect(run('openssl', ['ts', '-verify', '-digest', imprint, '-token_in', '-in', join(work, 'token.der'), '-CAfile', tsa.rootFile]).stdout).toContain(
      'Verification: OK',
    );

    const check = checkCmsSignature(signature, [data]);
    expect(fullyValid(check)).toBe(true);
    expect(check.timestamp).toMatchObject({ authority: tsa.authorityName, valid: true });
    const time = new Date(check.timestamp!.time);
    expect(time >= started && time <= finished).toBe(true);

    // A changed genTime breaks the token's signature but not the document signature.
    const genTime = `${check.timestamp!.time.slice(0, 19).replace(/[-T:]/g, '')}Z`;
    const laterGenTime = `${genTime.slice(0, 13)}${(Number(genTime[13]) + 1) % 10}Z`;
    const tampered = replaced(signature, Buffer.from(genTime, 'latin1'), Buffer.from(laterGenTime, 'latin1'));
    const tamperedCheck = checkCmsSignature(tampered, [data]);
    expect(tamperedCheck.digestMatches && tamperedCheck.signatureVerifies).toBe(true);
    expect(tamperedCheck.timestamp?.valid).toBe(false);
    expect(tamperedCheck.problems.join(' ')).toMatch(/timestamp’s content was changed/);
  });

  it('timestamps RSA signatures too', async () => {
    tsa.mode = 'grant';
    const signature = await createCadesSignature({ signedParts: [data], identity: rsa, timestampUrl: tsa.url });
    expect(opensslVerifies(signature, data)).toBe(true);
    const check = checkCmsSignature(signature, [data]);
    expect(fullyValid(check)).toBe(true);
    expect(check.timestamp?.valid).toBe(true);
  });

  it('fails with TIMESTAMP_FAILED naming the URL when the TSA refuses', async () => {
    tsa.mode = 'reject';
    const failure = await timestampFailure(createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: tsa.url }));
    expect(failure.code).toBe('TIMESTAMP_FAILED');
    expect(failure.message).toContain(tsa.url);
    expect(failure.message).toMatch(/refused the request \(rejection/);
  });

  it('fails with TIMESTAMP_FAILED when the TSA answers HTTP 500', async () => {
    tsa.mode = 'http-500';
    const failure = await timestampFailure(createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: tsa.url }));
    expect(failure.code).toBe('TIMESTAMP_FAILED');
    expect(failure.message).toContain(tsa.url);
    expect(failure.message).toContain('HTTP status 500');
  });

  it('fails with TIMESTAMP_FAILED when the TSA answers another request', async () => {
    tsa.mode = 'other-request';
    const failure = await timestampFailure(createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: tsa.url }));
    expect(failure.code).toBe('TIMESTAMP_FAILED');
    expect(failure.message).toMatch(/another request/);
  });

  it('fails with TIMESTAMP_FAILED when the TSA cannot be reached', async () => {
    const url = await unreachableUrl();
    const failure = await timestampFailure(createCadesSignature({ signedParts: [data], identity: ec, timestampUrl: url }));
    expect(failure.code).toBe('TIMESTAMP_FAILED');
    expect(failure.message).toContain(url);
    expect(failure.message).toMatch(/could not be reached/);
  });
});
