import { createHash } from 'node:crypto';
import { DIGESTS } from './algorithms';
import type { Certificate } from '../x509/certificate';
import { TAG, childrenOf, integerBytes, oidText, readElement, type Element } from '../asn1/der';
import { contextConstructed, octetString, sequence } from '../asn1/der-write';
import { OID } from '../asn1/oids';
import { singleAttribute } from './signed-data';
import { sameBytes } from './signer-check';

/**
 * ESS signing-certificate attributes (RFC 2634 v1 with SHA-1, RFC 5035 v2): a signed statement of which certificate
 * signed, so that another certificate with the same key cannot be passed off as the signer's.
 */

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial IssuerSerial }
 * IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber } — the issuer as directoryName, [4] EXPLICIT.
 * DER leaves out a DEFAULT value, so SHA-256 goes unnamed.
 */
export function signingCertificateV2Value(certificate: Certificate): Buffer {
  const hash = createHash('sha256').update(certificate.der).digest();
  const issuerSerial = sequence(sequence(contextConstructed(4, certificate.issuer)), certificate.serialElement);
  return sequence(sequence(sequence(octetString(hash), issuerSerial)));
}

function issuerSerialMatches(issuerSerial: Element | undefined, certificate: Certificate): boolean {
  if (!issuerSerial) return true;
  const [names, serial] = childrenOf(issuerSerial);
  const directoryNames = names?.tag === TAG.SEQUENCE ? childrenOf(names).filter((name) => name.tag === 0xa4) : [];
  const issuerMatches = directoryNames.some((name) => childrenOf(name)[0]?.raw.equals(certificate.issuer) ?? false);
  return issuerMatches && integerBytes(serial).equals(integerBytes(readElement(certificate.serialElement)));
}

/** The first ESSCertID(v2) names `certificate`: its hash and, when given, its issuer and serial number. */
function certIdMatches(value: Element, certificate: Certificate, version: 1 | 2): boolean {
  const [certs] = childrenOf(value);
  const first = certs ? childrenOf(certs)[0] : undefined;
  if (!first) return false;
  const parts = childrenOf(first);
  let digestName = 'sha1';
  if (version === 2) {
    digestName = 'sha256';
    if (parts[0]?.tag === TAG.SEQUENCE) digestName = DIGESTS[oidText(childrenOf(parts.shift()!)[0])] ?? '';
  }
  const [hash, issuerSerial] = parts;
  if (!digestName || hash?.tag !== TAG.OCTET_STRING) return false;
  const expected = createHash(digestName).update(certificate.der).digest();
  return sameBytes(hash.content, expected) && issuerSerialMatches(issuerSerial, certificate);
}

/** null when neither attribute is present; throws on a malformed or repeated attribute. */
export function signingCertificateMatches(signedAttributes: Element, certificate: Certificate): boolean | null {
  const v2 = singleAttribute(signedAttributes, OID.signingCertificateV2, 'signing-certificate-v2');
  if (v2) return certIdMatches(v2, certificate, 2);
  const v1 = singleAttribute(signedAttributes, OID.signingCertificate, 'signing-certificate');
  return v1 ? certIdMatches(v1, certificate, 1) : null;
}
