import { create } from 'zustand';
import type { AppError } from '../../../shared/domain/result';
import type { SigningIdentityInfo } from '../../../shared/ipc/contract';
import { client } from '../client';

interface SigningIdentityState {
  /** undefined until loaded; null when none exists yet. */
  info: SigningIdentityInfo | null | undefined;
  loadError: AppError | null;
  load: () => Promise<SigningIdentityInfo | null | undefined>;
  setInfo: (info: SigningIdentityInfo) => void;
}

export const useSigningIdentity = create<SigningIdentityState>((set) => ({
  info: undefined,
  loadError: null,
  load: async () => {
    const result = await client.getSigningIdentity();
    if (result.ok) {
      set({ info: result.value, loadError: null });
      return result.value;
    }
    set({ loadError: result.error });
    return undefined;
  },
  setInfo: (info) => set({ info, loadError: null }),
}));
