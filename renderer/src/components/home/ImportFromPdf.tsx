import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_PDF_BYTES } from '../../../../shared/ipc/contract';
import { fileToBase64 } from '../../lib/base64';
import type { ImportSource } from '../exchange/useCheckedImport';
import { FilePicker } from '../common/FilePicker';

interface ImportFromPdfProps {
  /** Imports the source, asking about an id already stored; reports the outcome itself. */
  run: (source: ImportSource) => Promise<void>;
  onError: (error: AppError) => void;
}

/** Imports the assessment that a report PDF exported from DTIA Studio carries as its attachment. */
export function ImportFromPdf({ run, onError }: ImportFromPdfProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const handleFile = async (file: File) => {
    if (file.size > MAX_PDF_BYTES) {
      onError({ code: 'TOO_LARGE', message: t('home.importPdfTooLarge', { megabytes: MAX_PDF_BYTES / 1024 / 1024 }) });
      return;
    }
    setBusy(true);
    try {
      await run({ fileName: file.name, pdfBase64: await fileToBase64(file) });
    } catch (error) {
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
