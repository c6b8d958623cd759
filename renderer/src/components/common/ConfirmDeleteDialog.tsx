import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../shared/domain/result';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

interface ConfirmDeleteDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  /** The title of the notice when deleting fails. */
  failedTitle?: string;
  remove: () => Promise<Result<unknown>>;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting something for good; Cancel has the focus, so Enter does no harm. */
export function ConfirmDeleteDialog({ title, text, confirmLabel, failedTitle, remove, onClose, onDeleted }: ConfirmDeleteDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const confirm = async () => {
    setBusy(true);
    const result = await remove();
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error);
  };

  return (
    <Dialog title={title} onClose={onClose} role="alertdialog">
      <p>{text}</p>
      {error && <ErrorNotice title={failedTitle} error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
