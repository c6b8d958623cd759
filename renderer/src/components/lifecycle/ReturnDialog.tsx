import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';

interface ReturnDialogProps {
  onReturn: (note: string) => Promise<boolean>;
  onClose: () => void;
  /** Why the last attempt was refused. */
  error: AppError | null;
}

export function ReturnDialog({ onReturn, onClose, error }: ReturnDialogProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    setBusy(true);
    const done = await onReturn(note);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog title={t('lifecycle.returnDialog.title')} onClose={onClose}>
      <div className="field">
        <label htmlFor="return-note">{t('lifecycle.returnDialog.note')}</label>
        <textarea id="return-note" rows={4} maxLength={LIMITS.longText} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {error && <ErrorNotice error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void confirm()}>
          {t('lifecycle.returnDialog.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
