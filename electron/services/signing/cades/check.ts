import type { CmsCheck } from '../signing-types';
import { timeOf } from '../asn1/der';
import { OID } from '../asn1/oids';
import { readableCertificates, validAt, type Certificate } from '../x509/certificate';
import { attributeValues, readSignedData, singleAttribute, type SignerInfoParts } from './signed-data';
import { checkSigner, type SignerWording } from './signer-check';
import { signingCertificateMatches } from './signing-certificate';
import { checkTimestampToken } from './timestamp-token';

/**
 * Checks a detached CMS signature over the bytes it claims to cover: adbe.pkcs7.detached signatures (RSA, with a
 * signing-time attribute) as well as PAdES ETSI.CAdES.detached ones (RSA or ECDSA, signing-certificate-v2,
 * optionally an RFC 3161 timestamp). Never throws: whatever cannot be read or does not hold is a problem.
 */

const WORDING: SignerWording = {
  certificateMissing: 'The signer’s certificate is not included in the signature.',
  noSignedAttributes: 'The signature has no signed attributes, so it does not bind the document digest.',
  contentTypeMismatch: 'The signature’s content-type attribute is missing or does not name plain data.',
  digestMissing: 'The signature carries no digest of the document.',
  digestMismatch: 'The document’s digest does not match the signed digest: the signed bytes were changed.',
  signatureFails: 'The signature does not verify with the signer’s certificate.',
  weakDigest: 'The signature uses SHA-1, which is no longer considered secure.',
  unsupportedDigest: (oid) => `The signature uses an unsupported digest algorithm (${oid}).`,
  unsupportedAlgorithm: (oid) => `The signature uses an unsupported signature algorithm (${oid}).`,
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\.?$/, '.');

function checkSigningCertificate(signer: SignerInfoParts, certificate: Certificate, result: CmsCheck): void {
  try {
    result.signingCertificateMatches = signingCertificateMatches(signer.signedAttributes!, certificate);
  } catch (error) {
    result.signingCertificateMatches = false;
    result.problems.push(`The signing-certificate attribute cannot be read: ${reason(error)}`);
    return;
  }
  if (result.signingCertificateMatches === false) {
    result.problems.push('The signing-certificate attribute names another certificate than the one the signature carries.');
  }
}

function checkSigningTime(signer: SignerInfoParts, result: CmsCheck): void {
  try {
    const element = singleAttribute(signer.signedAttributes, OID.signingTime, 'signing-time');
    if (!element) return;
    const time = timeOf(element);
    if (time) result.signedAt = time.toISOString();
    else result.problems.push('The signing-time attribute cannot be read.');
  } catch (error) {
    result.problems.push(`The signing-time attribute cannot be read: ${reason(error)}`);
  }
}

function checkTimestamp(signer: SignerInfoParts, result: CmsCheck): void {
  try {
    const token = attributeValues(signer.unsignedAttributes, OID.signatureTimeStampToken)[0]?.[0];
    if (!token) return;
    const check = checkTimestampToken(token.raw, signer.signature);
    result.timestamp = { time: check.time, authority: check.authority, valid: check.valid };
    result.problems.push(...check.problems);
  } catch (error) {
    result.problems.push(`The signature’s timestamp cannot be read: ${reason(error)}`);
  }
}

function checkValidity(certificate: Certificate, result: CmsCheck): void {
  const times = [result.signedAt, result.timestamp?.valid ? result.timestamp.time : null];
  for (const time of new Set(times.filter((value): value is string => value !== null))) {
    if (!validAt(certificate, new Date(time))) result.problems.push(`The signer’s certificate was not valid at the signing time (${time}).`);
  }
}

function inspect(der: Buffer, signedParts: Buffer[], result: CmsCheck): void {
  const signedData = readSignedData(der);
  const [signer, ...others] = signedData.signerInfos;
  if (!signer) {
    result.problems.push('The signature names no signer.');
    return;
  }
  if (others.length > 0) result.problems.push(`The signature names ${signedData.signerInfos.length} signers; only the first is checked.`);

  const check = checkSigner(signer, readableCertificates(signedData.certificates), { type: OID.data, parts: signedParts }, WORDING);
  result.digestMatches = check.digestMatches;
  result.signatureVerifies = check.signatureVerifies;
  result.problems.push(...check.problems);
  const certificate = check.certificate;
  if (certificate) {
    result.certificate = certificate.der;
    result.certificateSha256 = certificate.sha256;
    result.signer = { ...certificate.subject };
    result.selfSigned = certificate.selfSigned;
  }
  if (!signer.signedAttributes) return;
  if (certificate) checkSigningCertificate(signer, certificate, result);
  checkSigningTime(signer, result);
  checkTimestamp(signer, result);
  if (certificate) checkValidity(certificate, result);
}

/** `der` is the signature's DER bytes (trailing zero padding allowed); `signedParts` the bytes it claims to cover, in order. */
export function checkCmsSignature(der: Buffer, signedParts: Buffer[]): CmsCheck {
  const result: CmsCheck = {
    digestMatches: false,
    signatureVerifies: false,
    signingCertificateMatches: null,
    signer: null,
    certificateSha256: null,
    selfSigned: false,
    certificate: null,
    signedAt: null,
    timestamp: null,
    problems: [],
  };
  try {
    inspect(der, signedParts, result);
  } catch (error) {
    result.problems.push(`The signature cannot be read: ${reason(error)}`);
  }
  return result;
}
