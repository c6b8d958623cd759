import { createCipheriv, pbkdf2Sync, randomBytes, type KeyObject } from 'node:crypto';
import { integer, nullElement, octetString, oid, sequence } from '../asn1/der-write';
import { OID } from '../asn1/oids';

/**
 * A private key as encrypted PKCS #8 (RFC 5958, PBES2 of RFC 8018): PBKDF2-HMAC-SHA256 and AES-256-CBC, the scheme
 * node:crypto's own export writes, but with a work factor for today's hardware instead of OpenSSL's default of 2048
 * iterations. node:crypto and OpenSSL open it with the passphrase alone.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.1 s on a current laptop, once per signing. */
export const PBKDF2_ITERATIONS = 600_000;

export function encryptPrivateKey(key: KeyObject, passphrase: string, iterations = PBKDF2_ITERATIONS): Buffer {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const encryptionKey = pbkdf2Sync(Buffer.from(passphrase, 'utf8'), salt, iterations, 32, 'sha256');
  const plain = key.export({ type: 'pkcs8', format: 'der' });
  const cipher = createCipheriv('aes-256-cbc', encryptionKey, iv);
  const encrypted = Buffer.concat([cipher.update(plain), cipher.final()]);
  plain.fill(0);
  encryptionKey.fill(0);
  const algorithm = sequence(
    oid(OID.pbes2),
    sequence(
      sequence(oid(OID.pbkdf2), sequence(octetString(salt), integer(iterations), sequence(oid(OID.hmacWithSha256), nullElement()))),
      sequence(oid(OID.aes256Cbc), octetString(iv)),
    ),
  );
  return sequence(algorithm, octetString(encrypted));
}
