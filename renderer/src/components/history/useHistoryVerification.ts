import { useState } from 'react';
import type { AppError } from '../../../../shared/domain/result';
import type { AuditVerification } from '../../../../shared/history/audit';
import { client } from '../../client';

export type VerificationState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; result: AuditVerification }
  | { kind: 'failed'; error: AppError };

/** Runs the check of the audit log's hash chain on request and keeps its latest outcome. */
export function useHistoryVerification(): { state: VerificationState; verify: () => Promise<void> } {
  const [state, setState] = useState<VerificationState>({ kind: 'idle' });
  const verify = async () => {
    setState({ kind: 'working' });
    const result = await client.verifyHistory();
    setState(result.ok ? { kind: 'done', result: result.value } : { kind: 'failed', error: result.error });
  };
  return { state, verify };
}
