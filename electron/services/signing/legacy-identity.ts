import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { AppFailure } from '../../../shared/domain/result';
import type { SecretBox } from '../types';
import type { StoredIdentity } from './identity-file';
import { identityInfo } from './identity';
import { readCertificate } from './x509/certificate';
import { readPkcs12 } from './x509/pkcs12';

/**
 * Earlier versions kept a single identity in signing-identity.json: a passphrase-encrypted PKCS #12 bundle (RSA),
 * optionally sealed by the OS keychain. It becomes an entry of the identity list with its bundle as it is; the first
 * unlock with the passphrase converts the key to the current form.
 */

export const LEGACY_IDENTITY_FILE = 'signing-identity.json';

const legacyFileSchema = z
  .object({
    format: z.literal('dtia-signing-identity'),
    version: z.literal(1),
    info: z.object({
      name: z.string(),
      email: z.string(),
      organisation: z.string(),
      /** Upper-case hex pairs joined by colons, as that version showed it. */
      certificateSha256: z.string(),
      validFrom: z.string(),
      validTo: z.string(),
      selfSigned: z.boolean(),
      protection: z.enum(['passphrase', 'passphrase+os']),
    }),
    pkcs12: z.string().optional(),
    sealedPkcs12: z.string().optional(),
  })
  .strict();

const normalisedFingerprint = (fingerprint: string) => fingerprint.replace(/:/g, '').toLowerCase();

/** The bundle's certificates are stored outside its encrypted part, so they can be read without the passphrase. */
function certificatesOf(bundle: Buffer | null, fingerprint: string): Buffer[] {
  if (!bundle) return [];
  try {
    const certificates = readPkcs12(bundle, null).certificates;
    const own = certificates.find((der) => readCertificate(der).sha256 === fingerprint);
    return own ? [own, ...certificates.filter((der) => der !== own)] : [];
  } catch {
    return [];
  }
}

function readableBundle(file: z.infer<typeof legacyFileSchema>, secretBox: SecretBox | undefined): Buffer | null {
  if (file.pkcs12 !== undefined) return Buffer.from(file.pkcs12, 'base64');
  if (!secretBox?.isAvailable()) return null;
  try {
    return secretBox.decrypt(Buffer.from(file.sealedPkcs12 ?? '', 'base64'));
  } catch {
    return null;
  }
}

/** The identity stored by an earlier version as an entry of the list; null when there is none. */
export function readLegacyIdentity(path: string, deps: { secretBox?: SecretBox; newId: () => string }): StoredIdentity | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppFailure('INVALID_IDENTITY', `The signing identity in ${path} cannot be read.`, [(error as Error).message]);
  }
  let parsed: ReturnType<typeof legacyFileSchema.safeParse>;
  try {
    parsed = legacyFileSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = legacyFileSchema.safeParse(undefined);
  }
  const file = parsed.data;
  if (!file || (file.pkcs12 === undefined) === (file.sealedPkcs12 === undefined)) {
    throw new AppFailure('INVALID_IDENTITY', `The signing identity in ${path} is damaged and was left as it is.`);
  }
  const fingerprint = normalisedFingerprint(file.info.certificateSha256);
  const certificates = certificatesOf(readableBundle(file, deps.secretBox), fingerprint);
  const fields = { id: deps.newId(), createdAt: statSync(path).mtime.toISOString(), protection: file.info.protection };
  const info = certificates[0]
    ? identityInfo(readCertificate(certificates[0]), fields)
    : {
        ...file.info,
        ...fields,
        certificateSha256: fingerprint,
        // That version made and imported RSA keys only.
        keyAlgorithm: 'RSA',
      };
  return {
    info,
    certificates: certificates.map((der) => der.toString('base64')),
    key: { format: 'pkcs12', sealed: file.sealedPkcs12 !== undefined, data: file.pkcs12 ?? file.sealedPkcs12 ?? '' },
  };
}
