import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { useCheckedImport, type ImportOutcome, type ImportSource } from '../exchange/useCheckedImport';
import { FilePicker } from '../common/FilePicker';
import { ImportFromPdf } from './ImportFromPdf';

interface ImportAssessmentProps {
  onImported: (outcome: ImportOutcome) => void;
  onError: (error: AppError) => void;
}

/**
 * Reads a chosen .dtia.json file as text and hands it to the backend, which validates it; beside it, the import of
 * the assessment a report PDF carries. When the id is already stored, the user chooses: keep both or replace.
 */
export function ImportAssessment({ onImported, onError }: ImportAssessmentProps) {
  const { t } = useTranslation();
  const { importChecked, conflictDialog } = useCheckedImport();

  const run = async (source: ImportSource) => {
    try {
      const result = await importChecked(source);
      if (result === null) return;
      if (result.ok) onImported(result.value);
      else onError(result.error);
    } catch (error) {
      // Reading the chosen file can fail (removed, unreadable); the user hears about it like any other failure.
      onError({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const handleFile = async (file: File) => {
    if (file.size > LIMITS.importBytes) {
      onError({ code: 'TOO_LARGE', message: t('home.importTooLarge', { megabytes: LIMITS.importBytes / 1024 / 1024 }) });
      return;
    }
    await run({ fileName: file.name, content: await file.text() });
  };

  return (
    <>
      <FilePicker label={t('home.import')} accept=".json,application/json" onFile={(file) => void handleFile(file)} />
      <ImportFromPdf run={run} onError={onError} />
      {conflictDialog}
    </>
  );
}
