import { OID } from '../asn1/oids';

/** Digest algorithms by OID, as node:crypto names them. */
export const DIGESTS: Readonly<Record<string, string>> = {
  [OID.sha1]: 'sha1',
  [OID.sha224]: 'sha224',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
};

export type KeyFamily = 'rsa' | 'ec';

interface SignatureScheme {
  family: KeyFamily;
  /** The digest the algorithm names; null when the SignerInfo's digestAlgorithm decides (rsaEncryption, id-ecPublicKey). */
  digest: string | null;
}

/** RSA PKCS#1 v1.5 and ECDSA signature algorithms, as they appear in a SignerInfo's signatureAlgorithm. */
const SCHEMES: Readonly<Record<string, SignatureScheme>> = {
  [OID.rsaEncryption]: { family: 'rsa', digest: null },
  '1.2.840.113549.1.1.5': { family: 'rsa', digest: 'sha1' },
  '1.2.840.113549.1.1.14': { family: 'rsa', digest: 'sha224' },
  [OID.sha256WithRSAEncryption]: { family: 'rsa', digest: 'sha256' },
  '1.2.840.113549.1.1.12': { family: 'rsa', digest: 'sha384' },
  '1.2.840.113549.1.1.13': { family: 'rsa', digest: 'sha512' },
  [OID.ecPublicKey]: { family: 'ec', digest: null },
  '1.2.840.10045.4.1': { family: 'ec', digest: 'sha1' },
  '1.2.840.10045.4.3.1': { family: 'ec', digest: 'sha224' },
  [OID.ecdsaWithSha256]: { family: 'ec', digest: 'sha256' },
  '1.2.840.10045.4.3.3': { family: 'ec', digest: 'sha384' },
  '1.2.840.10045.4.3.4': { family: 'ec', digest: 'sha512' },
};

export function signatureScheme(signatureOid: string): SignatureScheme | null {
  return SCHEMES[signatureOid] ?? null;
}
