import { create } from 'zustand';
import type { AppError, Result } from '../../../shared/domain/result';
import type { TrustedCertificate } from '../../../shared/ipc/contract';
import { client } from '../client';

interface TrustedCertificatesState {
  /** undefined until loaded. */
  certificates: TrustedCertificate[] | undefined;
  loadError: AppError | null;
  load: () => Promise<void>;
  add: (fileName: string, contentBase64: string) => Promise<Result<TrustedCertificate>>;
  remove: (certificateSha256: string) => Promise<Result<{ certificateSha256: string }>>;
}

export const useTrustedCertificates = create<TrustedCertificatesState>((set, get) => ({
  certificates: undefined,
  loadError: null,
  load: async () => {
    const result = await client.listTrustedCertificates();
    set(result.ok ? { certificates: result.value, loadError: null } : { loadError: result.error });
  },
  add: async (fileName, contentBase64) => {
    const result = await client.addTrustedCertificate(fileName, contentBase64);
    // The backend keeps the list's order; reading it back is simpler than inserting in place.
    if (result.ok) await get().load();
    return result;
  },
  remove: async (certificateSha256) => {
    const result = await client.removeTrustedCertificate(certificateSha256);
    if (result.ok) {
      set((state) => ({ certificates: (state.certificates ?? []).filter((entry) => entry.certificateSha256 !== certificateSha256) }));
    }
    return result;
  },
}));
