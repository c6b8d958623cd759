import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../client';
import { SaveAsTemplateDialog } from '../templates/SaveAsTemplateDialog';
import type { HeaderNotice } from './HeaderNotice';

interface SaveAsTemplateButtonProps {
  assessmentId: string;
  title: string;
  /** Saves pending edits first: the template is made from the stored assessment. */
  beforeSave: () => Promise<boolean>;
  onDone: (notice: HeaderNotice) => void;
}

/** Keeps the assessment as a template for new ones. */
export function SaveAsTemplateButton({ assessmentId, title, beforeSave, onDone }: SaveAsTemplateButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (name: string, description: string): Promise<HeaderNotice> => {
    if (!(await beforeSave())) return { kind: 'info', text: t('templates.notSavedYet') };
    const saved = await client.saveAsTemplate({ assessmentId, name, description });
    if (!saved.ok) return { kind: 'error', title: t('templates.saveFailed'), error: saved.error };
    return { kind: 'info', text: t('templates.saved', { name: saved.value.name }) };
  };

  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('templates.saveButton')}
      </button>
      {open && (
        <SaveAsTemplateDialog
          defaultName={title}
          busy={busy}
          onClose={() => setOpen(false)}
          onSave={(name, description) => {
            setBusy(true);
            void save(name, description).then((notice) => {
              setBusy(false);
              setOpen(false);
              onDone(notice);
            });
          }}
        />
      )}
    </>
  );
}
