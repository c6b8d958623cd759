import { createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { AppFailure } from '../../../shared/domain/result';
import type { SigningAlgorithm, SigningIdentityInfo } from '../../../shared/ipc/contract';
import type { UnlockedIdentity } from '../types';
import { buildSelfSignedCertificate } from './x509/build-certificate';
import { readCertificate, readableCertificates, type Certificate } from './x509/certificate';
import type { PersonName } from './x509/name';
import { readPkcs12 } from './x509/pkcs12';

/**
 * Signing identities in memory: a private key (a node:crypto KeyObject) with its certificate and chain. Made here
 * (key pair and self-signed certificate) or opened from a .p12/.pfx file; identity-service.ts keeps them on disk.
 */

const VALIDITY_YEARS = 3;
const THROWAWAY_NAME = 'DTIA Studio throwaway signer';

export interface IdentityRecordFields {
  id: string;
  createdAt: string;
  protection: SigningIdentityInfo['protection'];
}

export function identityInfo(certificate: Certificate, fields: IdentityRecordFields): SigningIdentityInfo {
  return {
    id: fields.id,
    ...certificate.subject,
    keyAlgorithm: certificate.keyAlgorithm,
    certificateSha256: certificate.sha256,
    validFrom: certificate.notBefore.toISOString(),
    validTo: certificate.notAfter.toISOString(),
    selfSigned: certificate.selfSigned,
    protection: fields.protection,
    createdAt: fields.createdAt,
  };
}

function newKeyPair(algorithm: SigningAlgorithm): { publicKey: KeyObject; privateKey: KeyObject } {
  return algorithm === 'rsa-3072'
    ? generateKeyPairSync('rsa', { modulusLength: 3072 })
    : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

function cleanSubject(params: PersonName): PersonName {
  const subject = { name: params.name.trim(), email: params.email.trim(), organisation: params.organisation.trim() };
  if (subject.name === '') throw new AppFailure('INVALID_REQUEST', 'A signing identity needs a name.');
  // The certificate carries the address as IA5String, which holds ASCII only.
  if (!/^[\x21-\x7e]*$/.test(subject.email)) {
    throw new AppFailure('INVALID_REQUEST', 'The email address of a signing identity can contain only ASCII letters, digits and signs.');
  }
  return subject;
}

/** A new key pair and a self-signed certificate valid for three years from `now`. */
export function createSelfSignedIdentity(params: PersonName & { algorithm: SigningAlgorithm }, now: Date): UnlockedIdentity {
  const subject = cleanSubject(params);
  const { publicKey, privateKey } = newKeyPair(params.algorithm);
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const certificate = buildSelfSignedCertificate({ subject, publicKey, privateKey, notBefore, notAfter });
  return {
    info: identityInfo(readCertificate(certificate), { id: randomUUID(), createdAt: now.toISOString(), protection: 'passphrase' }),
    privateKey,
    certificate,
    chain: [],
  };
}

/** A one-time identity that is never stored, for signing without one (the CLI, tests). ECDSA, as it is quick to make. */
export function createThrowawayIdentity(now: Date): UnlockedIdentity {
  return createSelfSignedIdentity({ name: THROWAWAY_NAME, email: '', organisation: '', algorithm: 'ecdsa-p256' }, now);
}

/** The issuers of `leaf` found among `others`, nearest first; certificates outside its chain are left out. */
function issuerChain(leaf: Certificate, others: Certificate[]): Certificate[] {
  const rest = [...others];
  const chain: Certificate[] = [];
  let current = leaf;
  for (;;) {
    const issuer = current.selfSigned ? -1 : rest.findIndex((candidate) => current.x509.checkIssued(candidate.x509));
    if (issuer < 0) break;
    current = rest.splice(issuer, 1)[0] as Certificate;
    chain.push(current);
  }
  return chain;
}

/**
 * Opens a .p12/.pfx file made elsewhere (e.g. `openssl pkcs12 -export`) with an RSA or ECDSA key: the first key for
 * which the file holds a certificate, with that certificate and the rest of the chain.
 */
export function loadP12Identity(p12: Buffer, passphrase: string, now: Date = new Date()): UnlockedIdentity {
  const contents = readPkcs12(p12, passphrase);
  if (contents.privateKeys.length === 0) throw new AppFailure('INVALID_IDENTITY', 'The file holds no private key.');
  const certificates = readableCertificates(contents.certificates);
  for (const privateKey of contents.privateKeys) {
    const publicKey = createPublicKey(privateKey);
    const own = certificates.find((certificate) => certificate.publicKey.equals(publicKey));
    if (!own) continue;
    const chain = issuerChain(own, certificates.filter((certificate) => certificate !== own && certificate.sha256 !== own.sha256));
    return {
      info: identityInfo(own, { id: randomUUID(), createdAt: now.toISOString(), protection: 'passphrase' }),
      privateKey,
      certificate: own.der,
      chain: chain.map((certificate) => certificate.der),
    };
  }
  throw new AppFailure('INVALID_IDENTITY', 'The file holds no certificate for its private key.');
}
