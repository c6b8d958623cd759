import { useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/domain/result';
import type { ConflictChoice, ImportConflict } from '../../../../shared/exchange/conflicts';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { useAssessments } from '../../stores/assessments';
import { ConflictDialog } from './ConflictDialog';

/** A `.dtia.json` text, or a report PDF (base64) that carries one. */
export type ImportSource = { fileName: string; content: string } | { fileName: string; pdfBase64: string };

export type ImportOutcome = ResponseOf<'importAssessment'>;

interface Pending {
  conflict: ImportConflict;
  answer: (choice: ConflictChoice | null) => void;
}

function importWith(source: ImportSource, choice?: ConflictChoice): Promise<Result<ImportOutcome>> {
  return 'content' in source
    ? client.importAssessment(source.fileName, source.content, choice)
    : client.importAssessmentFromPdf(source.fileName, source.pdfBase64, choice);
}

/**
 * Imports one assessment, asking first when its id is taken here: keep both, or replace the stored one. Resolves to
 * the import's result, or to null when the user cancelled in the dialog. Render `conflictDialog` where the dialog may
 * open. After an import the portfolio is loaded again.
 */
export function useCheckedImport(): { importChecked: (source: ImportSource) => Promise<Result<ImportOutcome> | null>; conflictDialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);

  const ask = (conflict: ImportConflict) =>
    new Promise<ConflictChoice | null>((resolve) => {
      setPending({
        conflict,
        answer: (choice) => {
          setPending(null);
          resolve(choice);
        },
      });
    });

  const importChecked = async (source: ImportSource): Promise<Result<ImportOutcome> | null> => {
    const preview = await client.previewAssessmentImport(source);
    if (!preview.ok) return preview;
    const conflict = preview.value.conflicts[0];
    let choice: ConflictChoice | undefined;
    if (conflict) {
      const answer = await ask(conflict);
      if (answer === null) return null;
      choice = answer;
    }
    const result = await importWith(source, choice);
    if (result.ok) await useAssessments.getState().load();
    return result;
  };

  const conflictDialog = pending ? (
    <ConflictDialog
      mode="single"
      conflicts={[pending.conflict]}
      onResolve={(resolution) => pending.answer(resolution.all ?? null)}
      onCancel={() => pending.answer(null)}
    />
  ) : null;

  return { importChecked, conflictDialog };
}
