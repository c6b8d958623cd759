import { X509Certificate, createHash, sign, type KeyObject } from 'node:crypto';
import { AppFailure } from '../../../../shared/domain/result';
import type { CadesRequest } from '../signing-types';
import { readCertificate, type Certificate } from '../x509/certificate';
import { TAG } from '../asn1/der';
import { contextConstructed, encode, integer, nullElement, octetString, oid, sequence, setOf, sortedSetContent } from '../asn1/der-write';
import { OID } from '../asn1/oids';
import { signingCertificateV2Value } from './signing-certificate';
import { requestTimestamp } from './timestamp-client';

/**
 * A detached CMS SignedData (RFC 5652) as PAdES baseline B-B asks for it (ETSI EN 319 142-1): SHA-256, signed
 * attributes content-type, message-digest and signing-certificate-v2, and no signing-time (the PDF signature
 * dictionary's /M carries the time). With a TSA, the signature value gets an RFC 3161 timestamp (B-T).
 */

const attribute = (type: string, value: Buffer): Buffer => sequence(oid(type), setOf(value));

/** The NIST curves PDF readers verify; keys made here are P-256, imported ones may use the larger two. */
const CURVES = new Set(['prime256v1', 'secp384r1', 'secp521r1']);

/** The signature algorithm for the key: sha256WithRSAEncryption (PKCS#1 v1.5) or ecdsa-with-SHA256. */
function signatureAlgorithm(key: KeyObject): Buffer {
  if (key.asymmetricKeyType === 'rsa') return sequence(oid(OID.sha256WithRSAEncryption), nullElement());
  const curve = key.asymmetricKeyDetails?.namedCurve ?? '';
  if (key.asymmetricKeyType === 'ec' && CURVES.has(curve)) return sequence(oid(OID.ecdsaWithSha256));
  const kind = key.asymmetricKeyType === 'ec' ? `EC ${curve}`.trim() : (key.asymmetricKeyType ?? 'unknown');
  throw new AppFailure('INVALID_IDENTITY', `Signing needs an RSA or ECDSA (P-256, P-384, P-521) key; this identity has a ${kind} key.`);
}

function signerCertificate(request: CadesRequest): Certificate {
  let certificate: Certificate;
  try {
    certificate = readCertificate(request.identity.certificate);
  } catch (error) {
    throw new AppFailure('INVALID_IDENTITY', 'The signing identity’s certificate cannot be read.', [(error as Error)?.message ?? String(error)]);
  }
  if (!new X509Certificate(certificate.der).checkPrivateKey(request.identity.privateKey)) {
    throw new AppFailure('INVALID_IDENTITY', 'The signing identity’s private key does not belong to its certificate.');
  }
  return certificate;
}

export async function createCadesSignature(request: CadesRequest): Promise<Buffer> {
  const { identity } = request;
  const certificate = signerCertificate(request);
  const algorithm = signatureAlgorithm(identity.privateKey);
  const sha256 = sequence(oid(OID.sha256));

  const digest = createHash('sha256');
  for (const part of request.signedParts) digest.update(part);
  const attributes = sortedSetContent([
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(digest.digest())),
    attribute(OID.signingCertificateV2, signingCertificateV2Value(certificate)),
  ]);
  // Signed as a SET OF (RFC 5652, 5.4), stored as [0] IMPLICIT.
  const signature = sign('sha256', encode(TAG.SET, attributes), identity.privateKey);

  const unsigned = request.timestampUrl
    ? [contextConstructed(1, attribute(OID.signatureTimeStampToken, await requestTimestamp(request.timestampUrl, signature)))]
    : [];
  const signerInfo = sequence(
    integer(1),
    sequence(certificate.issuer, certificate.serialElement),
    sha256,
    contextConstructed(0, attributes),
    algorithm,
    octetString(signature),
    ...unsigned,
  );
  const signedData = sequence(
    integer(1),
    setOf(sha256),
    sequence(oid(OID.data)),
    contextConstructed(0, Buffer.concat([certificate.der, ...identity.chain])),
    setOf(signerInfo),
  );
  return sequence(oid(OID.signedData), contextConstructed(0, signedData));
}
