import { createHash } from 'node:crypto';
import forge from 'node-forge';

/** Reading what a person needs to know from an X.509 certificate parsed by node-forge. */

/** SHA-256 of the DER certificate as uppercase hex pairs joined by colons, as OpenSSL and browsers show it. */
export function fingerprintSha256(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/../g)?.join(':') ?? hex;
}

export function certificateDer(certificate: forge.pki.Certificate): Buffer {
  return Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
}

interface RawAttribute {
  type?: string;
  name?: string;
  shortName?: string;
  value?: unknown;
  valueTagClass?: number;
}

/** forge keeps attribute values as raw bytes; UTF8String and BMPString need decoding to read names like "Jürgen". */
function attributeText(attribute: RawAttribute): string {
  const value = typeof attribute.value === 'string' ? attribute.value : '';
  try {
    if (attribute.valueTagClass === forge.asn1.Type.UTF8) return forge.util.decodeUtf8(value);
    if (attribute.valueTagClass === forge.asn1.Type.BMPSTRING) return Buffer.from(value, 'binary').swap16().toString('utf16le');
  } catch {
    return value;
  }
  return value;
}

function subjectField(certificate: forge.pki.Certificate, shortName: string, name: string): string {
  const attributes = certificate.subject.attributes as RawAttribute[];
  const attribute = attributes.find((a) => a.shortName === shortName || a.name === name);
  return attribute ? attributeText(attribute).trim() : '';
}

/** The e-mail address in the subject, else the first one in the subjectAltName extension. */
function emailOf(certificate: forge.pki.Certificate): string {
  const inSubject = subjectField(certificate, 'E', 'emailAddress');
  if (inSubject !== '') return inSubject;
  const altNames = certificate.getExtension('subjectAltName') as { altNames?: { type: number; value: string }[] } | null;
  const rfc822 = altNames?.altNames?.find((entry) => entry.type === 1);
  return rfc822?.value ?? '';
}

export interface CertificateSubject {
  name: string;
  email: string;
  organisation: string;
}

export function subjectOf(certificate: forge.pki.Certificate): CertificateSubject {
  return {
    name: subjectField(certificate, 'CN', 'commonName'),
    email: emailOf(certificate),
    organisation: subjectField(certificate, 'O', 'organizationName'),
  };
}

/** Issued by itself: subject and issuer are the same name. */
export function isSelfIssued(certificate: forge.pki.Certificate): boolean {
  return certificate.subject.hash === certificate.issuer.hash;
}
