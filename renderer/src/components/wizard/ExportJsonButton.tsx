import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../client';
import { textToBase64 } from '../../lib/base64';
import type { HeaderNotice } from './HeaderNotice';

interface ExportJsonButtonProps {
  assessmentId: string;
  beforeExport: () => Promise<boolean>;
  onDone: (notice: HeaderNotice) => void;
}

/** Writes the stored assessment as a .dtia.json file wherever the user chooses. */
export function ExportJsonButton({ assessmentId, beforeExport, onDone }: ExportJsonButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const run = async (): Promise<HeaderNotice> => {
    if (!(await beforeExport())) return { kind: 'info', text: t('exportJson.notSavedYet') };
    const exported = await client.exportAssessmentJson(assessmentId);
    if (!exported.ok) return { kind: 'error', title: t('exportJson.failed'), error: exported.error };
    const written = await client.saveFile(exported.value.fileName, textToBase64(exported.value.content));
    if (!written.ok) return { kind: 'error', title: t('exportJson.failed'), error: written.error };
    if (!written.value.saved) return { kind: 'info', text: t('exportJson.cancelled') };
    return { kind: 'info', text: t('exportJson.saved', { path: written.value.path ?? exported.value.fileName }) };
  };

  return (
    <button
      type="button"
      className="button button-secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void run().then((notice) => {
          setBusy(false);
          onDone(notice);
        });
      }}
    >
      {t('exportJson.button')}
    </button>
  );
}
