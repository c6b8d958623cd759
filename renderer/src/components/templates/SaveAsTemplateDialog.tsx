import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_LIMITS } from '../../../../shared/templates/template';
import { Dialog } from '../common/Dialog';

interface SaveAsTemplateDialogProps {
  defaultName: string;
  busy: boolean;
  onClose: () => void;
  onSave: (name: string, description: string) => void;
}

/** Asks for the template's name and description and says what a template keeps. */
export function SaveAsTemplateDialog({ defaultName, busy, onClose, onSave }: SaveAsTemplateDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(defaultName);
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const empty = name.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!empty) onSave(name.trim(), description.trim());
  };

  return (
    <Dialog title={t('templates.dialog.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>{t('templates.dialog.lead')}</p>
        <div className="field">
          <label htmlFor="template-name">{t('templates.dialog.name')}</label>
          <p id="template-name-help" className="field-help">
            {t('templates.dialog.nameHelp')}
          </p>
          <input
            id="template-name"
            type="text"
            autoFocus
            value={name}
            maxLength={TEMPLATE_LIMITS.name}
            aria-describedby="template-name-help"
            aria-invalid={tried && empty}
            onChange={(event) => setName(event.target.value)}
          />
          {tried && empty && (
            <p className="field-error" role="alert">
              {t('templates.dialog.nameEmpty')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="template-description">{t('templates.dialog.description')}</label>
          <textarea
            id="template-description"
            rows={3}
            value={description}
            maxLength={TEMPLATE_LIMITS.description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('templates.dialog.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
