import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_PDF_BYTES, type VerificationResult } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';
import { ScreenHeading } from '../common/ScreenHeading';
import { VerificationReport } from './VerificationReport';

type State =
  | { kind: 'empty' }
  | { kind: 'working'; fileName: string }
  | { kind: 'result'; fileName: string; result: VerificationResult }
  | { kind: 'error'; fileName: string; error: AppError };

export function VerifyScreen() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'empty' });

  const verify = async (file: File) => {
    if (file.size > MAX_PDF_BYTES) {
      setState({ kind: 'error', fileName: file.name, error: { code: 'TOO_LARGE', message: t('verify.tooLarge') } });
      return;
    }
    setState({ kind: 'working', fileName: file.name });
    const result = await client.verifyReport(await fileToBase64(file));
    setState(
      result.ok
        ? { kind: 'result', fileName: file.name, result: result.value }
        : { kind: 'error', fileName: file.name, error: result.error },
    );
  };

  return (
    <main id="main" tabIndex={-1} className="screen narrow-screen">
      <ScreenHeading>{t('verify.title')}</ScreenHeading>
      <p className="screen-lead">{t('verify.lead')}</p>
      <div className="toolbar toolbar-start">
        <FilePicker
          label={t('verify.choose')}
          accept=".pdf,application/pdf"
          variant="primary"
          disabled={state.kind === 'working'}
          onFile={(file) => void verify(file)}
        />
      </div>
      <div aria-live="polite">
        {state.kind === 'working' && <p className="status-line">{t('verify.working', { name: state.fileName })}</p>}
        {state.kind === 'result' && <VerificationReport fileName={state.fileName} result={state.result} />}
      </div>
      {state.kind === 'error' && (
        <ErrorNotice
          title={t(`verify.errors.${state.error.code}`, { defaultValue: t('verify.errors.generic'), name: state.fileName })}
          error={state.error}
        />
      )}
    </main>
  );
}
