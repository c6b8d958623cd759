import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../../shared/history/audit';
import { ErrorNotice } from '../common/ErrorNotice';
import type { VerificationState } from './useHistoryVerification';

function Verdict({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const broken = result.firstBroken;
  const intact = result.ok && broken === null;
  return (
    <div className={`notice ${intact ? 'notice-success' : 'notice-error'}`}>
      <p className="notice-title">
        {intact && t('history.verify.ok', { count: result.entries })}
        {!intact && broken && t('history.verify.broken', { seq: broken.seq, reason: t(`history.broken.${broken.reason}`) })}
        {!intact && !broken && t('history.log.verifyFailed')}
      </p>
      {/* What the check cannot show belongs with every verdict, so that "intact" is not read as more than it is. */}
      <p className="muted">{t('history.verify.limit')}</p>
    </div>
  );
}

/** The verdict of the latest check, announced politely when it arrives; a failure to check is an alert of its own. */
export function VerificationOutcome({ state }: { state: VerificationState }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {state.kind === 'working' && <p className="status-line">{t('history.log.verifying')}</p>}
        {state.kind === 'done' && <Verdict result={state.result} />}
      </div>
      {state.kind === 'failed' && <ErrorNotice title={t('history.log.verifyFailed')} error={state.error} />}
    </>
  );
}
