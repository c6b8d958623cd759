import { X509Certificate, createHash, type KeyObject } from 'node:crypto';
import { TAG, childrenOf, expectTag, isContext, octets, oidText, readElement, readWholeElement, timeOf, type Element } from '../asn1/der';
import { OID } from '../asn1/oids';
import { describeKeyAlgorithm } from './key-algorithm';
import { readName, type PersonName } from './name';

/**
 * An X.509 certificate of any key type, read once for signing, checking and showing it. node:crypto parses and
 * checks the certificate; the DER reader supplies the fields node:crypto only offers as display strings, each kept
 * as encoded in the certificate: a signature names its signer by the certificate's own issuer and serial bytes.
 */
export interface Certificate {
  der: Buffer;
  /** SHA-256 of the DER, lower-case hex. */
  sha256: string;
  /** The serialNumber INTEGER element, whole. */
  serialElement: Buffer;
  /** The issuer Name element, whole. */
  issuer: Buffer;
  /** The subject Name element, whole. */
  subjectName: Buffer;
  subject: PersonName;
  notBefore: Date;
  notAfter: Date;
  /** Issuer and subject are the same name and the certificate's own key verifies its signature. */
  selfSigned: boolean;
  subjectKeyIdentifier: Buffer | null;
  extendedKeyUsage: string[];
  /** "RSA 3072", "ECDSA P-256" … */
  keyAlgorithm: string;
  publicKey: KeyObject;
  x509: X509Certificate;
}

export class NotACertificateError extends Error {}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

interface Extensions {
  subjectKeyIdentifier: Buffer | null;
  altNameEmail: string | null;
  extendedKeyUsage: string[];
}

/** TBSCertificate's [3] EXPLICIT Extensions: SEQUENCE OF { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }. */
function readExtensions(wrapper: Element | undefined): Extensions {
  const found: Extensions = { subjectKeyIdentifier: null, altNameEmail: null, extendedKeyUsage: [] };
  const list = wrapper ? childrenOf(wrapper)[0] : undefined;
  if (!list) return found;
  for (const extension of childrenOf(list)) {
    const parts = childrenOf(extension);
    const id = oidText(parts[0]);
    const value = octets(parts[parts.length - 1]);
    if (!value) continue;
    const inner = readElement(value);
    if (id === OID.subjectKeyIdentifier) found.subjectKeyIdentifier = octets(inner);
    if (id === OID.extendedKeyUsage) found.extendedKeyUsage = childrenOf(inner).map(oidText);
    if (id === OID.subjectAltName) {
      // rfc822Name is GeneralName's [1] IMPLICIT IA5String.
      const email = childrenOf(inner).find((name) => name.tag === 0x81);
      if (email) found.altNameEmail = email.content.toString('latin1');
    }
  }
  return found;
}

function verifiesItself(x509: X509Certificate): boolean {
  try {
    return x509.verify(x509.publicKey);
  } catch {
    return false;
  }
}

function validityTime(element: Element | undefined): Date {
  const time = timeOf(element);
  if (!time) throw new NotACertificateError('validity is not a time');
  return time;
}

function parse(der: Buffer): Certificate {
  const x509 = new X509Certificate(der);
  const certificate = expectTag(readWholeElement(der), TAG.SEQUENCE, 'the certificate');
  const tbs = childrenOf(expectTag(childrenOf(certificate)[0], TAG.SEQUENCE, 'the certificate body'));
  // version is [0] EXPLICIT and absent in v1 certificates
  if (isContext(tbs[0], 0)) tbs.shift();
  const [serial, , issuer, validity, subject] = tbs;
  const extensions = readExtensions(tbs.find((element) => isContext(element, 3) && element.constructed));
  const [notBefore, notAfter] = childrenOf(expectTag(validity, TAG.SEQUENCE, 'the validity'));
  const subjectName = expectTag(subject, TAG.SEQUENCE, 'the subject');
  const issuerName = expectTag(issuer, TAG.SEQUENCE, 'the issuer');
  const fields = readName(subjectName);
  const publicKey = x509.publicKey;
  return {
    der,
    sha256: sha256Hex(der),
    serialElement: expectTag(serial, TAG.INTEGER, 'the serial number').raw,
    issuer: issuerName.raw,
    subjectName: subjectName.raw,
    subject: {
      name: fields.get(OID.commonName) ?? '',
      email: fields.get(OID.emailAddress) ?? extensions.altNameEmail ?? '',
      organisation: fields.get(OID.organizationName) ?? '',
    },
    notBefore: validityTime(notBefore),
    notAfter: validityTime(notAfter),
    selfSigned: issuerName.raw.equals(subjectName.raw) && verifiesItself(x509),
    subjectKeyIdentifier: extensions.subjectKeyIdentifier,
    extendedKeyUsage: extensions.extendedKeyUsage,
    keyAlgorithm: describeKeyAlgorithm(publicKey),
    publicKey,
    x509,
  };
}

/** Reads a DER certificate that fills `der`; NotACertificateError when it is none. */
export function readCertificate(der: Buffer): Certificate {
  try {
    return parse(Buffer.from(der));
  } catch (error) {
    if (error instanceof NotACertificateError) throw error;
    throw new NotACertificateError(error instanceof Error ? error.message : String(error));
  }
}

export function validAt(certificate: Pick<Certificate, 'notBefore' | 'notAfter'>, at: Date): boolean {
  return at >= certificate.notBefore && at <= certificate.notAfter;
}

/** The certificates among `ders` that can be read; a CMS may carry others, which play no part in checking it. */
export function readableCertificates(ders: Buffer[]): Certificate[] {
  return ders.flatMap((der) => {
    try {
      return [readCertificate(der)];
    } catch {
      return [];
    }
  });
}
