import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import { childrenOf, readElement } from '../asn1/der';
import { bitString, booleanElement, contextConstructed, contextPrimitive, integer, nullElement, octetString, oid, sequence, time } from '../asn1/der-write';
import { OID } from '../asn1/oids';
import { buildName, type PersonName } from './name';

/**
 * A self-signed X.509 v3 certificate (RFC 5280) for an RSA or ECDSA key. The key goes in exactly as node:crypto
 * exports it, and node:crypto signs.
 */

export interface CertificateRequest {
  subject: PersonName;
  publicKey: KeyObject;
  privateKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
}

function signatureAlgorithm(key: KeyObject): Buffer {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return sequence(oid(OID.sha256WithRSAEncryption), nullElement());
    case 'ec':
      // RFC 5758: the parameters of ecdsa-with-SHA256 are absent, not NULL.
      return sequence(oid(OID.ecdsaWithSha256));
    default:
      throw new Error(`Cannot make a certificate for a ${String(key.asymmetricKeyType)} key.`);
  }
}

/** 16 random bytes, made positive and without a leading zero byte (RFC 5280 allows up to 20 octets). */
function serialNumber(): Buffer {
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f || 0x01;
  return serial;
}

function extension(type: string, critical: boolean, value: Buffer): Buffer {
  return critical ? sequence(oid(type), booleanElement(true), octetString(value)) : sequence(oid(type), octetString(value));
}

/** RFC 5280, 4.2.1.2 method (1): SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(subjectPublicKeyInfo: Buffer): Buffer {
  const [, subjectPublicKey] = childrenOf(readElement(subjectPublicKeyInfo));
  const bits = subjectPublicKey!.content.subarray(1);
  return createHash('sha1').update(bits).digest();
}

function extensions(subject: PersonName, subjectPublicKeyInfo: Buffer): Buffer {
  // keyUsage digitalSignature (bit 0) and nonRepudiation (bit 1): one byte 1100 0000, six unused bits.
  const keyUsage = bitString(Buffer.from([0xc0]), 6);
  const list = [
    // cA FALSE is the DEFAULT, so DER leaves the sequence empty.
    extension(OID.basicConstraints, true, sequence()),
    extension(OID.keyUsage, true, keyUsage),
    extension(OID.subjectKeyIdentifier, false, octetString(keyIdentifier(subjectPublicKeyInfo))),
  ];
  if (subject.email !== '') {
    // GeneralName rfc822Name is [1] IMPLICIT IA5String.
    list.push(extension(OID.subjectAltName, false, sequence(contextPrimitive(1, Buffer.from(subject.email, 'latin1')))));
  }
  return sequence(...list);
}

/** Returns the certificate as DER. */
export function buildSelfSignedCertificate(request: CertificateRequest): Buffer {
  const subjectPublicKeyInfo = request.publicKey.export({ type: 'spki', format: 'der' });
  const algorithm = signatureAlgorithm(request.privateKey);
  const name = buildName(request.subject);
  const tbsCertificate = sequence(
    contextConstructed(0, integer(2)),
    integer(serialNumber()),
    algorithm,
    name,
    sequence(time(request.notBefore), time(request.notAfter)),
    name,
    subjectPublicKeyInfo,
    contextConstructed(3, extensions(request.subject, subjectPublicKeyInfo)),
  );
  const signature = sign('sha256', tbsCertificate, request.privateKey);
  return sequence(tbsCertificate, algorithm, bitString(signature));
}
