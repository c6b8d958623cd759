import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_PDF_BYTES } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { useAssessments } from '../../stores/assessments';
import { FilePicker } from '../common/FilePicker';

interface ImportFromPdfProps {
  onImported: (assessment: Assessment, migratedFromVersion: number | null) => void;
  onError: (error: AppError) => void;
}

/** Imports the assessment that a report PDF exported from DTIA Studio carries as its attachment. */
export function ImportFromPdf({ onImported, onError }: ImportFromPdfProps) {
  const { t } = useTranslation();
  const reload = useAssessments((state) => state.load);
  const [busy, setBusy] = useState(false);

  const handleFile = async (file: File) => {
    if (file.size > MAX_PDF_BYTES) {
      onError({ code: 'TOO_LARGE', message: t('home.importPdfTooLarge', { megabytes: MAX_PDF_BYTES / 1024 / 1024 }) });
      return;
    }
    setBusy(true);
    try {
      const result = await client.importAssessmentFromPdf(file.name, await fileToBase64(file));
      if (!result.ok) {
        onError(result.error);
        return;
      }
      await reload();
      onImported(result.value.assessment, result.value.migratedFromVersion);
    } catch (error) {
      // Reading the chosen file can fail (removed, unreadable); the user hears about it like any other failure.
      onError({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <FilePicker
      label={busy ? t('home.importPdfBusy') : t('home.importPdf')}
      accept=".pdf,application/pdf"
      disabled={busy}
      onFile={(file) => void handleFile(file)}
    />
  );
}
