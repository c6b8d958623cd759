import { createPrivateKey, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppFailure } from '../../../shared/domain/result';
import type { SigningIdentityInfo } from '../../../shared/ipc/contract';
import { slugify } from '../file-name';
import type { IdentityService, SecretBox, UnlockedIdentity } from '../types';
import { certificateToPem } from './certificate';
import { createSelfSignedIdentity, loadP12Identity } from './identity';
import { IDENTITIES_FILE, readIdentitiesFile, writeIdentitiesFile, type StoredIdentity, type StoredKey } from './identity-file';
import { LEGACY_IDENTITY_FILE, readLegacyIdentity } from './legacy-identity';
import { readCertificate } from './x509/certificate';
import { encryptPrivateKey } from './x509/encrypt-private-key';

/**
 * The user's signing identities on disk. A private key is written only as encrypted PKCS #8 under the passphrase
 * the user chose (AES-256-CBC under a PBKDF2 key), and sealed by the OS keychain as well where there is one.
 * Unlocking decrypts it into memory for one signing.
 */

export { IDENTITIES_FILE, LEGACY_IDENTITY_FILE };

const noIdentity = () => new AppFailure('NO_SIGNING_IDENTITY', 'This signing identity does not exist (any more).');

export function createIdentityService(deps: { dataDir: string; secretBox?: SecretBox; now: () => Date }): IdentityService {
  const path = join(deps.dataDir, IDENTITIES_FILE);
  const legacyPath = join(deps.dataDir, LEGACY_IDENTITY_FILE);
  const sealing = () => deps.secretBox?.isAvailable() === true;

  /** The stored identities, with the one an earlier version kept moved into the list on first sight. */
  function load(): StoredIdentity[] {
    const identities = readIdentitiesFile(path);
    const legacy = readLegacyIdentity(legacyPath, { secretBox: deps.secretBox, newId: randomUUID });
    if (!legacy) return identities;
    const known = identities.some((stored) => stored.info.certificateSha256 === legacy.info.certificateSha256);
    const merged = known ? identities : [...identities, legacy];
    writeIdentitiesFile(path, merged);
    rmSync(legacyPath, { force: true });
    return merged;
  }

  function find(identities: StoredIdentity[], identityId: string): StoredIdentity {
    const stored = identities.find((candidate) => candidate.info.id === identityId);
    if (!stored) throw noIdentity();
    return stored;
  }

  function keyBytes(key: StoredKey): Buffer {
    const data = Buffer.from(key.data, 'base64');
    if (!key.sealed) return data;
    if (!deps.secretBox || !sealing()) {
      throw new AppFailure(
        'NO_SIGNING_IDENTITY',
        'This signing identity is sealed by the operating system’s keychain, which is not available here.',
      );
    }
    try {
      return deps.secretBox.decrypt(data);
    } catch (error) {
      throw new AppFailure('INVALID_IDENTITY', 'The operating system’s keychain could not open this signing identity.', [
        (error as Error).message,
      ]);
    }
  }

  /** Encrypts the key under the passphrase and stores the identity, replacing one with the same certificate. */
  function store(identity: UnlockedIdentity, passphrase: string, keep?: Pick<SigningIdentityInfo, 'id' | 'createdAt'>): SigningIdentityInfo {
    if (passphrase === '') {
      throw new AppFailure(
        'INVALID_REQUEST',
        'DTIA Studio keeps private keys only encrypted under a passphrase. Export the file again with a passphrase.',
      );
    }
    const identities = load();
    const same = identities.find((stored) => stored.info.certificateSha256 === identity.info.certificateSha256);
    const sealed = sealing();
    const encrypted = encryptPrivateKey(identity.privateKey, passphrase);
    const data = sealed && deps.secretBox ? deps.secretBox.encrypt(encrypted) : encrypted;
    const info: SigningIdentityInfo = {
      ...identity.info,
      ...(keep ?? (same ? { id: same.info.id, createdAt: same.info.createdAt } : {})),
      protection: sealed ? 'passphrase+os' : 'passphrase',
    };
    const entry: StoredIdentity = {
      info,
      certificates: [identity.certificate, ...identity.chain].map((der) => der.toString('base64')),
      key: { format: 'pkcs8', sealed, data: data.toString('base64') },
    };
    const replaced = identities.some((stored) => stored.info.id === info.id);
    writeIdentitiesFile(path, replaced ? identities.map((stored) => (stored.info.id === info.id ? entry : stored)) : [...identities, entry]);
    return info;
  }

  function openKey(encrypted: Buffer, passphrase: string): KeyObject {
    try {
      return createPrivateKey({ key: encrypted, format: 'der', type: 'pkcs8', passphrase });
    } catch {
      throw new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not unlock this signing identity.');
    }
  }

  function unlock(identityId: string, passphrase: string): UnlockedIdentity {
    const stored = find(load(), identityId);
    const bytes = keyBytes(stored.key);
    if (stored.key.format === 'pkcs12') {
      const opened = loadP12Identity(bytes, passphrase, deps.now());
      const info = store(opened, passphrase, { id: stored.info.id, createdAt: stored.info.createdAt });
      return { ...opened, info };
    }
    const [certificate, ...chain] = stored.certificates.map((base64) => Buffer.from(base64, 'base64'));
    if (!certificate) throw new AppFailure('INVALID_IDENTITY', 'The stored signing identity has no certificate.');
    const privateKey = openKey(bytes, passphrase);
    if (!createPublicKey(privateKey).equals(readCertificate(certificate).publicKey)) {
      throw new AppFailure('INVALID_IDENTITY', 'The stored key and certificate of this signing identity do not belong together.');
    }
    return { info: stored.info, privateKey, certificate, chain };
  }

  return {
    list: () => load().map((stored) => stored.info),
    create: ({ passphrase, ...subject }) => store(createSelfSignedIdentity(subject, deps.now()), passphrase),
    importP12: (p12, passphrase) => store(loadP12Identity(p12, passphrase, deps.now()), passphrase),
    remove(identityId) {
      const identities = load();
      find(identities, identityId);
      writeIdentitiesFile(path, identities.filter((stored) => stored.info.id !== identityId));
      return { identityId };
    },
    exportCertificate(identityId, format) {
      const stored = find(load(), identityId);
      const base64 = stored.certificates[0];
      if (base64 === undefined) {
        throw new AppFailure('INVALID_IDENTITY', 'The certificate of this identity is inside its encrypted bundle. Sign once with it, then export again.');
      }
      const der = Buffer.from(base64, 'base64');
      const name = slugify(stored.info.name || stored.info.organisation || 'certificate');
      return format === 'pem'
        ? { fileName: `${name}.pem`, content: Buffer.from(certificateToPem(der), 'ascii') }
        : { fileName: `${name}.cer`, content: der };
    },
    unlock,
  };
}
