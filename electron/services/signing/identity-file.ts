import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../../shared/domain/result';
import { signingIdentityInfoSchema } from '../../../shared/ipc/contract';

/**
 * The file of stored signing identities. Each holds its public description, its certificate chain and its private
 * key, always encrypted under the user's passphrase and, where the OS offers a keychain, sealed by it as well.
 */

export const IDENTITIES_FILE = 'signing-identities.json';

export const storedKeySchema = z
  .object({
    /**
     * 'pkcs8': encrypted PKCS #8 DER, as node:crypto writes it. 'pkcs12': the passphrase-encrypted PKCS #12 of an
     * identity stored by an earlier version, kept until the passphrase is next entered.
     */
    format: z.enum(['pkcs8', 'pkcs12']),
    /** Additionally sealed by the OS keychain. */
    sealed: z.boolean(),
    /** Base64. */
    data: z.string().min(1),
  })
  .strict();
export type StoredKey = z.infer<typeof storedKeySchema>;

export const storedIdentitySchema = z
  .object({
    info: signingIdentityInfoSchema,
    /** Base64 DER: the identity's certificate first, then its issuers. Empty only for an unconverted 'pkcs12' key. */
    certificates: z.array(z.string().min(1)),
    key: storedKeySchema,
  })
  .strict();
export type StoredIdentity = z.infer<typeof storedIdentitySchema>;

const identitiesFileSchema = z
  .object({
    format: z.literal('dtia-signing-identities'),
    version: z.literal(1),
    identities: z.array(storedIdentitySchema),
  })
  .strict();

const damaged = (path: string, detail: string) =>
  new AppFailure('INVALID_IDENTITY', `The file of signing identities (${path}) is damaged and was left as it is.`, [detail]);

/** The stored identities; none when the file does not exist. */
export function readIdentitiesFile(path: string): StoredIdentity[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppFailure('INVALID_IDENTITY', `The file of signing identities (${path}) cannot be read.`, [(error as Error).message]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(path, (error as Error).message);
  }
  const parsed = identitiesFileSchema.safeParse(json);
  if (!parsed.success) throw damaged(path, parsed.error.issues[0]?.message ?? 'unexpected content');
  return parsed.data.identities;
}

/** Temp file in the same folder, flushed, then renamed over the target: a crash leaves the old file or the new one. */
export function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function writeIdentitiesFile(path: string, identities: StoredIdentity[]): void {
  const file: z.infer<typeof identitiesFileSchema> = { format: 'dtia-signing-identities', version: 1, identities };
  writeAtomically(path, `${JSON.stringify(file, null, 2)}\n`);
}
