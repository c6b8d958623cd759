import { useCallback } from 'react';
import type { TransferMap } from '../../../shared/domain/assessment';
import { useEditor } from '../stores/editor';

/** Applies one of the pure edits of shared/map/edit.ts to the open assessment's map (and autosaves it). */
export function useMapEdit(): (edit: (map: TransferMap) => TransferMap) => void {
  const change = useEditor((state) => state.change);
  return useCallback(
    (edit) =>
      change((assessment) => {
        const map = edit(assessment.map);
        return map === assessment.map ? assessment : { ...assessment, map };
      }),
    [change],
  );
}
