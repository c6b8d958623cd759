import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { useAssessments } from '../../stores/assessments';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';

interface DeleteAssessmentDialogProps {
  summary: AssessmentSummary;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteAssessmentDialog({ summary, onClose, onDeleted }: DeleteAssessmentDialogProps) {
  const { t } = useTranslation();
  const remove = useAssessments((state) => state.remove);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await remove(summary.id);
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  };

  return (
    <Dialog title={t('home.deleteDialog.title', { title: summary.title })} onClose={onClose} role="alertdialog">
      <p>{t('home.deleteDialog.text', { title: summary.title })}</p>
      {error && <ErrorNotice error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {t('home.deleteDialog.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
