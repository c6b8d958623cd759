import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { useAssessments } from '../../stores/assessments';
import { FilePicker } from '../common/FilePicker';
import { ImportFromPdf } from './ImportFromPdf';

interface ImportAssessmentProps {
  onImported: (assessment: Assessment, migratedFromVersion: number | null) => void;
  onError: (error: AppError) => void;
}

/**
 * Reads a chosen .dtia.json file as text and hands it to the backend, which validates it; beside it, the import of
 * the assessment a report PDF carries.
 */
export function ImportAssessment({ onImported, onError }: ImportAssessmentProps) {
  const { t } = useTranslation();
  const importFile = useAssessments((state) => state.importFile);

  const handleFile = async (file: File) => {
    if (file.size > LIMITS.importBytes) {
      onError({ code: 'TOO_LARGE', message: t('home.importTooLarge', { megabytes: LIMITS.importBytes / 1024 / 1024 }) });
      return;
    }
    const result = await importFile(file.name, await file.text());
    if (result.ok) onImported(result.value.assessment, result.value.migratedFromVersion);
    else onError(result.error);
  };

  return (
    <>
      <FilePicker label={t('home.import')} accept=".json,application/json" onFile={(file) => void handleFile(file)} />
      <ImportFromPdf onImported={onImported} onError={onError} />
    </>
  );
}
