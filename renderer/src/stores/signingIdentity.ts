import { create } from 'zustand';
import type { AppError, Result } from '../../../shared/domain/result';
import type { SigningIdentityInfo } from '../../../shared/ipc/contract';
import { client } from '../client';

interface SigningIdentitiesState {
  /** undefined until loaded. */
  identities: SigningIdentityInfo[] | undefined;
  loadError: AppError | null;
  load: () => Promise<SigningIdentityInfo[] | undefined>;
  /** Adds a created or imported identity, or replaces the one with the same id (a re-imported certificate). */
  put: (info: SigningIdentityInfo) => void;
  remove: (identityId: string) => Promise<Result<{ identityId: string }>>;
}

export const useSigningIdentities = create<SigningIdentitiesState>((set) => ({
  identities: undefined,
  loadError: null,
  load: async () => {
    const result = await client.listSigningIdentities();
    if (result.ok) {
      set({ identities: result.value, loadError: null });
      return result.value;
    }
    set({ loadError: result.error });
    return undefined;
  },
  put: (info) =>
    set((state) => {
      const current = state.identities ?? [];
      const known = current.some((identity) => identity.id === info.id);
      return {
        identities: known ? current.map((identity) => (identity.id === info.id ? info : identity)) : [...current, info],
        loadError: null,
      };
    }),
  remove: async (identityId) => {
    const result = await client.deleteSigningIdentity(identityId);
    if (result.ok) set((state) => ({ identities: (state.identities ?? []).filter((identity) => identity.id !== identityId) }));
    return result;
  },
}));
