import { create } from 'zustand';
import type { LawLibrary } from '../../../shared/domain/law-library';
import type { AppError } from '../../../shared/domain/result';
import { client } from '../client';

interface LawLibraryState {
  library: LawLibrary | null;
  error: AppError | null;
  /** Loads the library once per session; later calls reuse it. */
  ensureLoaded: () => void;
}

let loading = false;

export const useLawLibrary = create<LawLibraryState>((set, get) => ({
  library: null,
  error: null,
  ensureLoaded: () => {
    if (loading || get().library) return;
    loading = true;
    void client.getLawLibrary().then((result) => {
      loading = false;
      if (result.ok) set({ library: result.value, error: null });
      else set({ error: result.error });
    });
  },
}));
