import { useCallback, useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import { client } from '../../client';

export interface SaveState {
  saved: boolean;
  path: string | null;
  error: AppError | null;
}

/**
 * Saves a file the backend produced through the platform's save dialog. The content stays in memory, so a
 * cancelled dialog can be opened again without signing a second time.
 */
export function useSaveFile() {
  const [state, setState] = useState<SaveState>({ saved: false, path: null, error: null });
  const [busy, setBusy] = useState(false);
  const save = useCallback(async (fileName: string, contentBase64: string) => {
    setBusy(true);
    const written = await client.saveFile(fileName, contentBase64);
    setBusy(false);
    setState(written.ok ? { saved: written.value.saved, path: written.value.path, error: null } : { saved: false, path: null, error: written.error });
  }, []);
  return { state, busy, save };
}
