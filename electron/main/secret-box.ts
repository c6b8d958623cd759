import type { SafeStorage } from 'electron';
import type { SecretBox } from '../services/types';

/** The OS keychain (Keychain, DPAPI, libsecret) through Electron's safeStorage. */
export function safeStorageSecretBox(safeStorage: SafeStorage): SecretBox {
  return {
    isAvailable: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain.toString('base64')),
    decrypt: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
