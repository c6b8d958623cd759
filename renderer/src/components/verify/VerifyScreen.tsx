import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_PDF_BYTES, type VerificationResult } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';
import { ScreenHeading } from '../common/ScreenHeading';
import { CountersignDialog } from './CountersignDialog';
import { VerificationReport } from './VerificationReport';

/** A countersigned report the backend returned, as a file that can be countersigned again. */
function pdfFile(fileName: string, pdfBase64: string): File {
  return new File([Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0))], fileName, { type: 'application/pdf' });
}

type State =
  | { kind: 'empty' }
  | { kind: 'working'; fileName: string }
  | { kind: 'result'; fileName: string; result: VerificationResult }
  | { kind: 'error'; fileName: string; error: AppError };

export function VerifyScreen() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'empty' });
  /** The file last chosen for verification, offered when countersigning. */
  const [file, setFile] = useState<File | null>(null);
  const [countersigning, setCountersigning] = useState(false);

  const verifyBytes = async (fileName: string, pdfBase64: string) => {
    setState({ kind: 'working', fileName });
    const result = await client.verifyReport(pdfBase64);
    setState(result.ok ? { kind: 'result', fileName, result: result.value } : { kind: 'error', fileName, error: result.error });
  };

  const verifyFile = async (chosen: File) => {
    if (chosen.size > MAX_PDF_BYTES) {
      setFile(null);
      setState({ kind: 'error', fileName: chosen.name, error: { code: 'TOO_LARGE', message: t('verify.tooLarge') } });
      return;
    }
    setFile(chosen);
    await verifyBytes(chosen.name, await fileToBase64(chosen));
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
          onFile={(chosen) => void verifyFile(chosen)}
        />
        <button type="button" className="button button-secondary" onClick={() => setCountersigning(true)}>
          {t('verify.countersign.open')}
        </button>
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
      {countersigning && (
        <CountersignDialog
          initialFile={state.kind === 'result' ? file : null}
          onClose={() => setCountersigning(false)}
          onVerify={(fileName, pdfBase64) => {
            setCountersigning(false);
            setFile(pdfFile(fileName, pdfBase64));
            void verifyBytes(fileName, pdfBase64);
          }}
        />
      )}
    </main>
  );
}
