import { createHash, timingSafeEqual, verify as verifySignature, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { certificateDer, fingerprintSha256, subjectOf, type CertificateSubject } from './certificate';

/**
 * Checks a detached PKCS#7 / CMS SignedData signature (RFC 5652) over given data: node-forge reads the structure,
 * node:crypto does the digest and the RSA check.
 */

const OID = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** RSA PKCS#1 v1.5 signature algorithms and the digest each names. */
const RSA_SIGNATURES: Record<string, string | null> = {
  [OID.rsaEncryption]: null,
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
};

export interface CmsCheck {
  digestMatches: boolean;
  signatureVerifies: boolean;
  signer: CertificateSubject | null;
  certificateSha256: string | null;
  signedAt: string | null;
  problems: string[];
}

type Asn1 = forge.asn1.Asn1;

function children(node: Asn1 | undefined): Asn1[] {
  return node && Array.isArray(node.value) ? (node.value as Asn1[]) : [];
}

function bytes(node: Asn1 | undefined): string {
  return node && typeof node.value === 'string' ? node.value : '';
}

function oidOf(node: Asn1 | undefined): string {
  return node && node.type === forge.asn1.Type.OID ? forge.asn1.derToOid(bytes(node)) : '';
}

function isContext(node: Asn1 | undefined, tag: number): boolean {
  return node?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === tag;
}

/** forge identifies a parsed certificate's issuer by the SHA-1 of the name's DER; the signer info names it the same way. */
function nameHash(name: Asn1): string {
  return createHash('sha1').update(Buffer.from(forge.asn1.toDer(name).getBytes(), 'binary')).digest('hex');
}

interface SignerInfo {
  issuerHash: string | null;
  serialHex: string | null;
  digestOid: string;
  signedAttributes: Asn1 | null;
  signatureOid: string;
  signature: Buffer;
}

/** SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs OPTIONAL, signatureAlgorithm, signature, … } */
function readSignerInfo(node: Asn1): SignerInfo {
  const [, sid, digestAlgorithm, ...rest] = children(node);
  const signedAttributes = isContext(rest[0], 0) ? (rest.shift() ?? null) : null;
  const [signatureAlgorithm, signatureValue] = rest;
  const sidParts = children(sid);
  const issuer = sid?.type === forge.asn1.Type.SEQUENCE ? sidParts[0] : undefined;
  const serial = sid?.type === forge.asn1.Type.SEQUENCE ? sidParts[1] : undefined;
  const digestOid = oidOf(children(digestAlgorithm)[0]);
  const signatureOid = oidOf(children(signatureAlgorithm)[0]);
  const signature = Buffer.from(bytes(signatureValue), 'binary');
  return {
    issuerHash: issuer ? nameHash(issuer) : null,
    serialHex: serial ? forge.util.bytesToHex(bytes(serial)) : null,
    digestOid,
    signedAttributes,
    signatureOid,
    signature,
  };
}

function attribute(signedAttributes: Asn1, oid: string): Asn1 | undefined {
  const found = children(signedAttributes).find((entry) => oidOf(children(entry)[0]) === oid);
  return children(children(found)[1])[0];
}

function timeOf(node: Asn1 | undefined): string | null {
  if (!node) return null;
  const value = bytes(node);
  const date =
    node.type === forge.asn1.Type.UTCTIME
      ? forge.asn1.utcTimeToDate(value)
      : node.type === forge.asn1.Type.GENERALIZEDTIME
        ? forge.asn1.generalizedTimeToDate(value)
        : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `der` is the signature's DER bytes (trailing zero padding allowed); `signedData` the bytes it claims to cover. */
export function checkCmsSignature(der: Buffer, signedData: Buffer[]): CmsCheck {
  const result: CmsCheck = { digestMatches: false, signatureVerifies: false, signer: null, certificateSha256: null, signedAt: null, problems: [] };

  // The contents are zero-padded to the reserved size; only the first DER value is the signature.
  const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { parseAllBytes: boolean }) => Asn1;
  const asn1 = fromDer(forge.util.createBuffer(der.toString('binary')), { parseAllBytes: false });
  const message = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData & {
    rawCapture?: { signerInfos?: Asn1[] };
  };
  const certificates = message.certificates ?? [];
  const signerNode = message.rawCapture?.signerInfos?.[0];
  if (!signerNode) {
    result.problems.push('The signature names no signer.');
    return result;
  }
  const signer = readSignerInfo(signerNode);

  // Some signers (node-forge among them) mis-encode the issuer name; a serial number that only one certificate
  // carries identifies it too, and the signature check below decides whether that certificate's key signed.
  const bySerial = certificates.filter((cert) => cert.serialNumber === signer.serialHex);
  const certificate =
    bySerial.find((cert) => (cert.issuer as unknown as { hash: string }).hash === signer.issuerHash) ??
    (bySerial.length === 1 ? bySerial[0] : undefined);
  if (!certificate) {
    result.problems.push('The signer’s certificate is not included in the signature.');
    return result;
  }
  const der509 = certificateDer(certificate);
  result.signer = subjectOf(certificate);
  result.certificateSha256 = fingerprintSha256(der509);

  const digestName = DIGESTS[signer.digestOid];
  if (!digestName) {
    result.problems.push(`The signature uses an unsupported digest algorithm (${signer.digestOid || 'none'}).`);
    return result;
  }
  if (!signer.signedAttributes) {
    result.problems.push('The signature has no signed attributes, so it does not bind the document digest.');
    return result;
  }
  result.signedAt = timeOf(attribute(signer.signedAttributes, OID.signingTime));

  const digest = createHash(digestName);
  for (const part of signedData) digest.update(part);
  const expected = Buffer.from(bytes(attribute(signer.signedAttributes, OID.messageDigest)), 'binary');
  result.digestMatches = sameBytes(digest.digest(), expected);
  if (!result.digestMatches) result.problems.push('The document’s digest does not match the signed digest: the signed bytes were changed.');

  if (!(signer.signatureOid in RSA_SIGNATURES)) {
    result.problems.push(`The signature uses an unsupported algorithm (${signer.signatureOid || 'none'}).`);
    return result;
  }
  // The signature covers the DER of the attributes as a SET OF (RFC 5652, 5.4), not the [0] IMPLICIT form stored.
  const attributesSet = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, children(signer.signedAttributes));
  const signedBytes = Buffer.from(forge.asn1.toDer(attributesSet).getBytes(), 'binary');
  const publicKey = new X509Certificate(der509).publicKey;
  result.signatureVerifies = verifySignature(RSA_SIGNATURES[signer.signatureOid] ?? digestName, signedBytes, publicKey, signer.signature);
  if (!result.signatureVerifies) result.problems.push('The signature does not verify with the signer’s certificate.');

  if (result.signedAt) {
    const at = new Date(result.signedAt);
    if (at < certificate.validity.notBefore || at > certificate.validity.notAfter) {
      result.problems.push('The certificate was not valid at the signing time.');
    }
  }
  return result;
}
