import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment } from '../../../../shared/domain/assessment';
import type { AppError, Result } from '../../../../shared/domain/result';
import { client } from '../../client';
import { useAssessments } from '../../stores/assessments';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { TemplateChoice, type StartChoice } from '../templates/TemplateChoice';

interface NewAssessmentDialogProps {
  onClose: () => void;
  onCreated: (assessment: Assessment) => void;
}

export function NewAssessmentDialog({ onClose, onCreated }: NewAssessmentDialogProps) {
  const { t } = useTranslation();
  const create = useAssessments((state) => state.create);
  const reload = useAssessments((state) => state.load);
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<StartChoice>({ kind: 'blank' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [showEmpty, setShowEmpty] = useState(false);
  const fromTemplate = start.kind === 'template';

  const createFromTemplate = async (templateId: string, trimmed: string): Promise<Result<Assessment>> => {
    const result = await client.createFromTemplate(templateId, trimmed);
    if (result.ok) await reload();
    return result;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setShowEmpty(true);
      return;
    }
    if (start.kind === 'template' && start.templateId === null) return;
    setBusy(true);
    const result = start.kind === 'template' && start.templateId !== null ? await createFromTemplate(start.templateId, title.trim()) : await create(title.trim());
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <Dialog title={t('home.newDialog.title')} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="new-assessment-title">{t('home.newDialog.label')}</label>
          <p id="new-assessment-title-help" className="field-help">
            {t('home.newDialog.help')}
          </p>
          <input
            id="new-assessment-title"
            type="text"
            autoFocus
            value={title}
            maxLength={LIMITS.shortText}
            aria-describedby="new-assessment-title-help"
            aria-invalid={showEmpty && title.trim() === ''}
            onChange={(event) => setTitle(event.target.value)}
          />
          {showEmpty && title.trim() === '' && (
            <p className="field-error" role="alert">
              {t('home.newDialog.empty')}
            </p>
          )}
        </div>
        <TemplateChoice choice={start} onChange={setStart} />
        {error && <ErrorNotice title={fromTemplate ? t('templates.start.createFailed') : undefined} error={error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || (start.kind === 'template' && start.templateId === null)}>
            {t('home.newDialog.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
