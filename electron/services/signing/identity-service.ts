import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppFailure } from '../../../shared/domain/result';
import { signingIdentityInfoSchema, type SigningIdentityInfo } from '../../../shared/ipc/contract';
import type { IdentityService, SecretBox, UnlockedIdentity } from '../types';
import { createSelfSignedIdentity, loadP12Identity, openPkcs12 } from './identity';

export const IDENTITY_FILE = 'signing-identity.json';

/**
 * The stored identity: its public description and the PKCS#12 bundle, which is always encrypted under the user's
 * passphrase and, where the OS offers a keychain (Electron's safeStorage), sealed by it as well. No key material is
 * ever written in the clear.
 */
const storedIdentitySchema = z
  .object({
    format: z.literal('dtia-signing-identity'),
    version: z.literal(1),
    info: signingIdentityInfoSchema,
    /** Base64 of the passphrase-encrypted PKCS#12, when no OS keychain was available. */
    pkcs12: z.string().optional(),
    /** Base64 of the passphrase-encrypted PKCS#12, additionally sealed by the OS keychain. */
    sealedPkcs12: z.string().optional(),
  })
  .strict();
type StoredIdentity = z.infer<typeof storedIdentitySchema>;

/** Temp file in the same folder, flushed, then renamed over the target: a crash leaves the old file or the new one. */
function writeAtomically(path: string, content: string): void {
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

export function createIdentityService(deps: { dataDir: string; secretBox?: SecretBox; now: () => Date }): IdentityService {
  const path = join(deps.dataDir, IDENTITY_FILE);
  const sealing = () => deps.secretBox?.isAvailable() === true;

  function read(): StoredIdentity | null {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppFailure('INVALID_IDENTITY', 'The stored signing identity cannot be read.', [(error as Error).message]);
    }
    let parsed: ReturnType<typeof storedIdentitySchema.safeParse>;
    try {
      parsed = storedIdentitySchema.safeParse(JSON.parse(text));
    } catch {
      throw new AppFailure('INVALID_IDENTITY', 'The stored signing identity is damaged. Create or import a new one.');
    }
    if (!parsed.success || (parsed.data.pkcs12 === undefined) === (parsed.data.sealedPkcs12 === undefined)) {
      throw new AppFailure('INVALID_IDENTITY', 'The stored signing identity is damaged. Create or import a new one.');
    }
    return parsed.data;
  }

  function bundleOf(stored: StoredIdentity): Buffer {
    if (stored.pkcs12 !== undefined) return Buffer.from(stored.pkcs12, 'base64');
    if (!deps.secretBox || !sealing()) {
      throw new AppFailure(
        'NO_SIGNING_IDENTITY',
        'The signing identity is sealed by the operating system’s keychain, which is not available here.',
      );
    }
    try {
      return deps.secretBox.decrypt(Buffer.from(stored.sealedPkcs12 ?? '', 'base64'));
    } catch (error) {
      throw new AppFailure('INVALID_IDENTITY', 'The operating system’s keychain could not open the signing identity.', [
        (error as Error).message,
      ]);
    }
  }

  function store(identity: UnlockedIdentity): SigningIdentityInfo {
    const sealed = sealing();
    const info: SigningIdentityInfo = { ...identity.info, protection: sealed ? 'passphrase+os' : 'passphrase' };
    const record: StoredIdentity = { format: 'dtia-signing-identity', version: 1, info };
    if (sealed && deps.secretBox) record.sealedPkcs12 = deps.secretBox.encrypt(identity.p12).toString('base64');
    else record.pkcs12 = identity.p12.toString('base64');
    mkdirSync(deps.dataDir, { recursive: true });
    writeAtomically(path, `${JSON.stringify(record, null, 2)}\n`);
    return info;
  }

  return {
    info: () => read()?.info ?? null,
    create: (params) => store(createSelfSignedIdentity(params, deps.now())),
    importP12: (p12, passphrase) => store(loadP12Identity(p12, passphrase)),
    unlock(passphrase) {
      const stored = read();
      if (!stored) throw new AppFailure('NO_SIGNING_IDENTITY', 'No signing identity has been set up yet.');
      const p12 = bundleOf(stored);
      openPkcs12(p12, passphrase);
      return { p12, passphrase, info: stored.info };
    },
  };
}
