import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';
import { ApproveDialog } from './ApproveDialog';
import { HistoryDialog } from './HistoryDialog';
import { LifecycleBadge } from './LifecycleBadge';
import { ReturnDialog } from './ReturnDialog';
import { useLifecycleStatus } from './useLifecycleStatus';

type OpenDialog = 'approve' | 'return' | 'history' | null;

/** The assessment's status in the wizard header, the steps its status allows, and its version history. */
export function LifecycleBar({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { status, error, busy, run, dismissError } = useLifecycleStatus(assessmentId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => {
    setDialog(null);
    dismissError();
  };

  if (!status) return error ? <ErrorNotice title={t('lifecycle.loadFailed')} error={error} /> : null;
  const { lifecycle, revision, approvedRevision } = status;

  const action = (label: string, change: () => Promise<unknown>, primary = false) => (
    <button type="button" className={`button ${primary ? 'button-primary' : 'button-secondary'}`} disabled={busy} onClick={() => void change()}>
      {label}
    </button>
  );

  return (
    <div className="lifecycle-bar" aria-label={t('lifecycle.label')} role="group">
      <LifecycleBadge lifecycle={lifecycle} revision={revision} />
      {approvedRevision !== null && approvedRevision !== revision && (
        <span className="muted">{t('lifecycle.inForce', { revision: approvedRevision })}</span>
      )}
      {lifecycle === 'approved' && <span className="muted">{t('lifecycle.approvedHint', { revision, next: revision + 1 })}</span>}
      <div className="lifecycle-actions">
        {lifecycle === 'draft' && action(t('lifecycle.action.submit'), () => run(() => client.submitForReview(assessmentId)), true)}
        {lifecycle === 'in-review' && action(t('lifecycle.action.approve'), async () => setDialog('approve'), true)}
        {lifecycle === 'in-review' && action(t('lifecycle.action.returnToDraft'), async () => setDialog('return'))}
        {lifecycle !== 'archived' && action(t('lifecycle.action.archive'), () => run(() => client.archiveAssessment(assessmentId)))}
        {lifecycle === 'archived' && action(t('lifecycle.action.unarchive'), () => run(() => client.unarchiveAssessment(assessmentId)))}
        {action(t('lifecycle.action.history'), async () => setDialog('history'))}
      </div>
      {error && dialog === null && (
        <div className="lifecycle-error">
          <ErrorNotice title={t('lifecycle.failed')} error={error} />
          <button type="button" className="button button-quiet" onClick={dismissError}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {dialog === 'approve' && (
        <ApproveDialog
          revision={revision}
          onApprove={(approval) => run(() => client.approveAssessment({ id: assessmentId, ...approval }))}
          onClose={close}
          error={error}
        />
      )}
      {dialog === 'return' && (
        <ReturnDialog onReturn={(note) => run(() => client.returnToDraft(assessmentId, note))} onClose={close} error={error} />
      )}
      {dialog === 'history' && <HistoryDialog assessmentId={assessmentId} onClose={() => setDialog(null)} />}
    </div>
  );
}
