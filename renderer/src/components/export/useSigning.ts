import { useState } from 'react';
import type { AppError, Result } from '../../../../shared/domain/result';
import type { SignatureAppearance, SigningIdentityInfo } from '../../../../shared/ipc/contract';

/**
 * The state every signing form shares: who signs, the passphrase, the signature's appearance, and the request in
 * flight. A failure stays on screen; a signature made forgets the passphrase.
 */
export function useSigning<T>(identities: SigningIdentityInfo[], onSigned: (signed: T) => void) {
  const [identityId, setIdentityId] = useState(identities[0]?.id ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [appearance, setAppearance] = useState<SignatureAppearance>('visible');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const sign = async (request: () => Promise<Result<T>>) => {
    setError(null);
    setBusy(true);
    try {
      const result = await request();
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setPassphrase('');
      onSigned(result.value);
    } finally {
      setBusy(false);
    }
  };

  return { identityId, setIdentityId, passphrase, setPassphrase, appearance, setAppearance, busy, error, setError, sign };
}
