import type { ReactNode } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import { ErrorNotice } from '../common/ErrorNotice';

interface SigningActionsProps {
  error: AppError | null;
  busy: boolean;
  /** The title of a failure other than a wrong passphrase, which the passphrase field shows itself. */
  failedTitle: string;
  /** Announced while the request runs. */
  working: string;
  submitLabel: string;
  canSubmit: boolean;
  extraActions?: ReactNode;
}

/** The end of a signing form: what went wrong, what is happening, and the submit button. */
export function SigningActions({ error, busy, failedTitle, working, submitLabel, canSubmit, extraActions }: SigningActionsProps) {
  return (
    <>
      {error && error.code !== 'WRONG_PASSPHRASE' && <ErrorNotice title={failedTitle} error={error} />}
      <p role="status" className="status-line">
        {busy ? working : ''}
      </p>
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={busy || !canSubmit}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
