import type { KeyObject } from 'node:crypto';

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };

/** The key type as a reader would name it: "RSA 3072", "ECDSA P-256". */
export function describeKeyAlgorithm(key: KeyObject): string {
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return `RSA ${details.modulusLength ?? ''}`.trim();
    case 'rsa-pss':
      return `RSA-PSS ${details.modulusLength ?? ''}`.trim();
    case 'ec': {
      const curve = details.namedCurve ?? '';
      return `ECDSA ${CURVES[curve] ?? curve}`.trim();
    }
    case 'ed25519':
      return 'Ed25519';
    case 'ed448':
      return 'Ed448';
    default:
      return String(key.asymmetricKeyType ?? 'unknown').toUpperCase();
  }
}
