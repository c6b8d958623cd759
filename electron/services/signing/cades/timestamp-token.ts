import { createHash } from 'node:crypto';
import { DerError, TAG, childrenOf, expectTag, integerBytes, oidText, readElement, timeOf } from '../asn1/der';
import { OID } from '../asn1/oids';
import { readableCertificates, validAt } from '../x509/certificate';
import { DIGESTS } from './algorithms';
import { readSignedData } from './signed-data';
import { checkSigner, sameBytes, type SignerWording } from './signer-check';

/** Checks an RFC 3161 timestamp token (a SignedData over TSTInfo) against the signature value it claims to time. */

export interface TokenCheck {
  /** genTime, ISO. */
  time: string;
  /** The TSA certificate's common name, else its organisation. */
  authority: string | null;
  /** The nonce the TSA echoed, magnitude bytes; null when it sent none. */
  nonce: Buffer | null;
  imprintMatches: boolean;
  /** The token's signature verifies with the TSA certificate inside it, which is meant for time-stamping. */
  signatureVerifies: boolean;
  valid: boolean;
  problems: string[];
}

const WORDING: SignerWording = {
  certificateMissing: 'The timestamp does not include the certificate of the time-stamping authority that signed it.',
  noSignedAttributes: 'The timestamp has no signed attributes, so its signature does not bind the time.',
  contentTypeMismatch: 'The timestamp’s signed content type does not match what it holds.',
  digestMissing: 'The timestamp’s signature carries no message digest.',
  digestMismatch: 'The timestamp’s content was changed after the time-stamping authority signed it.',
  signatureFails: 'The timestamp’s signature does not verify with the time-stamping authority’s certificate.',
  weakDigest: 'The timestamp is signed with SHA-1, which is no longer considered secure.',
  unsupportedDigest: (oid) => `The timestamp uses an unsupported digest algorithm (${oid}).`,
  unsupportedAlgorithm: (oid) => `The timestamp uses an unsupported signature algorithm (${oid}).`,
};

interface TstInfo {
  imprintDigest: string | null;
  imprint: Buffer;
  time: Date;
  nonce: Buffer | null;
}

/** TSTInfo ::= SEQUENCE { version, policy, messageImprint, serialNumber, genTime, accuracy?, ordering?, nonce?, [0] tsa?, [1] extensions? } */
function readTstInfo(content: Buffer): TstInfo {
  const [, , messageImprint, , genTime, ...optional] = childrenOf(expectTag(readElement(content), TAG.SEQUENCE, 'the timestamp information'));
  const [algorithm, hashed] = childrenOf(expectTag(messageImprint, TAG.SEQUENCE, 'the timestamp’s message imprint'));
  const time = timeOf(genTime);
  if (!time || genTime?.tag !== TAG.GENERALIZED_TIME) throw new DerError('the timestamp’s time is missing or malformed');
  const nonce = optional.find((element) => element.tag === TAG.INTEGER);
  return {
    imprintDigest: algorithm?.tag === TAG.SEQUENCE ? (DIGESTS[oidText(childrenOf(algorithm)[0])] ?? null) : null,
    imprint: expectTag(hashed, TAG.OCTET_STRING, 'the timestamp’s imprint').content,
    time,
    nonce: nonce ? integerBytes(nonce) : null,
  };
}

/** Throws DerError when the token cannot be read at all; every other defect is a problem in the result. */
export function checkTimestampToken(token: Buffer, signatureValue: Buffer): TokenCheck {
  const signedData = readSignedData(token);
  if (signedData.contentType !== OID.tstInfo || !signedData.content) throw new DerError('the timestamp holds no timestamp information');
  const info = readTstInfo(signedData.content);
  const problems: string[] = [];

  const imprintMatches = info.imprintDigest !== null && sameBytes(createHash(info.imprintDigest).update(signatureValue).digest(), info.imprint);
  if (!imprintMatches) problems.push('The timestamp was issued for a different signature value.');

  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new DerError('the timestamp names no signer');
  const signer = checkSigner(signerInfo, readableCertificates(signedData.certificates), { type: OID.tstInfo, parts: [signedData.content] }, WORDING);
  problems.push(...signer.problems);

  const certificate = signer.certificate;
  let usable = certificate !== null;
  if (certificate && !certificate.extendedKeyUsage.includes(OID.timeStamping)) {
    usable = false;
    problems.push('The timestamp’s certificate is not issued for time-stamping.');
  }
  if (certificate && !validAt(certificate, info.time)) {
    usable = false;
    problems.push('The time-stamping authority’s certificate was not valid at the time it states.');
  }
  const signatureVerifies = signer.digestMatches && signer.signatureVerifies && usable;
  const fields = certificate?.subject;
  return {
    time: info.time.toISOString(),
    authority: fields ? fields.name || fields.organisation || null : null,
    nonce: info.nonce,
    imprintMatches,
    signatureVerifies,
    valid: imprintMatches && signatureVerifies,
    problems,
  };
}
