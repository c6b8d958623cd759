import { createHash, timingSafeEqual, verify } from 'node:crypto';
import { DIGESTS, signatureScheme } from './algorithms';
import type { Certificate } from '../x509/certificate';
import { TAG, integerBytes, octets, oidText, readElement } from '../asn1/der';
import { OID } from '../asn1/oids';
import { singleAttribute, type SignerIdentifier, type SignerInfoParts } from './signed-data';

/** Checks one SignerInfo: its certificate, the message digest over the content, and the signature over the signed attributes. */

export interface SignerCheck {
  certificate: Certificate | null;
  digestMatches: boolean;
  signatureVerifies: boolean;
  problems: string[];
}

/** The sentences differ between the document signature and a timestamp token's signature. */
export interface SignerWording {
  certificateMissing: string;
  noSignedAttributes: string;
  contentTypeMismatch: string;
  digestMissing: string;
  digestMismatch: string;
  signatureFails: string;
  weakDigest: string;
  unsupportedDigest: (oid: string) => string;
  unsupportedAlgorithm: (oid: string) => string;
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function findCertificate(sid: SignerIdentifier, certificates: Certificate[]): Certificate | null {
  if ('subjectKeyIdentifier' in sid) {
    return certificates.find((certificate) => certificate.subjectKeyIdentifier?.equals(sid.subjectKeyIdentifier)) ?? null;
  }
  const serial = integerBytes(sid.serial);
  const sameSerial = certificates.filter((certificate) => integerBytes(readElement(certificate.serialElement)).equals(serial));
  // Signatures made with node-forge name the issuer in a re-encoded (and for UTF-8 names, wrong) form; a serial
  // number only one carried certificate has still identifies the signer, and the signature check decides.
  return sameSerial.find((certificate) => certificate.issuer.equals(sid.issuer)) ?? (sameSerial.length === 1 ? sameSerial[0]! : null);
}

function signatureVerifies(signer: SignerInfoParts, certificate: Certificate, digestName: string, wording: SignerWording, problems: string[]): boolean {
  const scheme = signatureScheme(signer.signatureOid);
  if (!scheme || scheme.family !== certificate.publicKey.asymmetricKeyType) {
    problems.push(wording.unsupportedAlgorithm(signer.signatureOid || 'none'));
    return false;
  }
  // The signature covers the attributes' DER as a SET OF (RFC 5652, 5.4), not the [0] IMPLICIT form stored.
  const signed = Buffer.from(signer.signedAttributes!.raw);
  signed[0] = TAG.SET;
  let verifies: boolean;
  try {
    verifies = verify(scheme.digest ?? digestName, signed, certificate.publicKey, signer.signature);
  } catch {
    verifies = false;
  }
  if (!verifies) problems.push(wording.signatureFails);
  return verifies;
}

export function checkSigner(
  signer: SignerInfoParts,
  certificates: Certificate[],
  content: { type: string; parts: Buffer[] },
  wording: SignerWording,
): SignerCheck {
  const result: SignerCheck = { certificate: findCertificate(signer.sid, certificates), digestMatches: false, signatureVerifies: false, problems: [] };
  if (!result.certificate) {
    result.problems.push(wording.certificateMissing);
    return result;
  }
  const digestName = DIGESTS[signer.digestOid];
  if (!digestName) {
    result.problems.push(wording.unsupportedDigest(signer.digestOid || 'none'));
    return result;
  }
  if (!signer.signedAttributes) {
    result.problems.push(wording.noSignedAttributes);
    return result;
  }
  if (digestName === 'sha1') result.problems.push(wording.weakDigest);

  const contentType = singleAttribute(signer.signedAttributes, OID.contentType, 'content-type');
  if (!contentType || oidText(contentType) !== content.type) result.problems.push(wording.contentTypeMismatch);

  const claimed = octets(singleAttribute(signer.signedAttributes, OID.messageDigest, 'message-digest') ?? undefined);
  if (!claimed) {
    result.problems.push(wording.digestMissing);
  } else {
    const digest = createHash(digestName);
    for (const part of content.parts) digest.update(part);
    result.digestMatches = sameBytes(digest.digest(), claimed);
    if (!result.digestMatches) result.problems.push(wording.digestMismatch);
  }

  result.signatureVerifies = signatureVerifies(signer, result.certificate, digestName, wording, result.problems);
  return result;
}
