import { create } from 'zustand';
import type { LawLibrary } from '../../../shared/domain/law-library';
import type { AppError } from '../../../shared/domain/result';
import type { ReportLanguage } from '../../../shared/ipc/contract';
import { client } from '../client';

interface LawLibraryState {
  library: LawLibrary | null;
  /** The language `library` is in. */
  language: ReportLanguage | null;
  error: AppError | null;
  /** Loads the library in the screens' language; later calls for the same language reuse it. */
  ensureLoaded: (language: ReportLanguage) => void;
}

let loading: ReportLanguage | null = null;

export const useLawLibrary = create<LawLibraryState>((set, get) => ({
  library: null,
  language: null,
  error: null,
  ensureLoaded: (language) => {
    if (loading === language || (get().library && get().language === language)) return;
    loading = language;
    void client.getLawLibrary(language).then((result) => {
      // A later switch of language wins over an answer still on its way.
      if (loading !== language) return;
      loading = null;
      if (result.ok) set({ library: result.value, language, error: null });
      else set({ error: result.error });
    });
  },
}));
