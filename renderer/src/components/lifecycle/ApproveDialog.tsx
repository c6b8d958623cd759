import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import type { Approval } from '../../../../shared/history/lifecycle';
import { todayIso } from '../../lib/format';
import type { AppError } from '../../../../shared/domain/result';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';
import { RequiredMark } from '../common/RequiredMark';

interface ApproveDialogProps {
  revision: number;
  onApprove: (approval: Approval) => Promise<boolean>;
  onClose: () => void;
  /** Why the last attempt was refused. */
  error: AppError | null;
}

/** SHA-256 of a file, lower-case hex; the backend records the report by this hash. */
async function fileSha256(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function ApproveDialog({ revision, onApprove, onClose, error }: ApproveDialogProps) {
  const { t } = useTranslation();
  const [approver, setApprover] = useState('');
  const [approvedOn, setApprovedOn] = useState(todayIso());
  const [report, setReport] = useState<{ name: string; sha256: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const ready = approver.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(approvedOn);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    const done = await onApprove({ approver: approver.trim(), approvedOn, ...(report ? { reportSha256: report.sha256 } : {}) });
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog title={t('lifecycle.approveDialog.title', { revision })} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)}>
        <p className="form-lead">{t('lifecycle.approveDialog.lead')}</p>
        <div className="field">
          <div className="field-label-row">
            <label htmlFor="approve-approver">{t('lifecycle.approveDialog.approver')}</label>
            <RequiredMark />
          </div>
          <input
            id="approve-approver"
            type="text"
            autoComplete="name"
            aria-required
            maxLength={Math.min(200, LIMITS.shortText)}
            value={approver}
            onChange={(event) => setApprover(event.target.value)}
          />
        </div>
        <div className="field">
          <div className="field-label-row">
            <label htmlFor="approve-date">{t('lifecycle.approveDialog.approvedOn')}</label>
            <RequiredMark />
          </div>
          <input id="approve-date" type="date" aria-required value={approvedOn} onChange={(event) => setApprovedOn(event.target.value)} />
        </div>
        <div className="field">
          <p className="field-label-row">{t('lifecycle.approveDialog.report')}</p>
          {report ? (
            <p>
              <span className="hash">{t('lifecycle.approveDialog.reportChosen', { name: report.name, hash: report.sha256 })}</span>{' '}
              <button type="button" className="button button-quiet" onClick={() => setReport(null)}>
                {t('lifecycle.approveDialog.removeReport')}
              </button>
            </p>
          ) : (
            <FilePicker
              label={t('lifecycle.approveDialog.chooseReport')}
              accept="application/pdf,.pdf"
              onFile={(file) => void fileSha256(file).then((sha256) => setReport({ name: file.name, sha256 }))}
            />
          )}
        </div>
        {error && <ErrorNotice error={error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !ready}>
            {t('lifecycle.approveDialog.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
