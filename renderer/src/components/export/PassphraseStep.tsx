import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { useEditor } from '../../stores/editor';
import { ErrorNotice } from '../common/ErrorNotice';
import type { ExportOutcome } from './ExportResult';

interface PassphraseStepProps {
  assessmentId: string;
  identity: SigningIdentityInfo;
  onDone: (outcome: ExportOutcome) => void;
  extraActions?: ReactNode;
}

/** Asks for the passphrase, then saves pending edits, signs the report and writes the file. */
export function PassphraseStep({ assessmentId, identity, onDone, extraActions }: PassphraseStepProps) {
  const { t } = useTranslation();
  const flush = useEditor((state) => state.flush);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      if (!(await flush())) {
        setError({ code: 'INTERNAL', message: t('exportPdf.saveFirst') });
        return;
      }
      const signed = await client.exportSignedReport(assessmentId, passphrase);
      if (!signed.ok) {
        setError(signed.error);
        return;
      }
      setPassphrase('');
      const written = await client.saveFile(signed.value.fileName, signed.value.pdfBase64);
      if (!written.ok) {
        setError(written.error);
        return;
      }
      onDone({
        saved: written.value.saved,
        path: written.value.path,
        fileName: signed.value.fileName,
        contentHash: signed.value.contentHash,
        fileSha256: signed.value.fileSha256,
      });
    } finally {
      setBusy(false);
    }
  };

  const wrong = error?.code === 'WRONG_PASSPHRASE';

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="form-lead">
        {t('exportPdf.signingAs', { name: identity.name, email: identity.email })}
      </p>
      <div className="field">
        <label htmlFor="export-passphrase">{t('exportPdf.passphrase')}</label>
        <input
          id="export-passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          aria-invalid={wrong}
          aria-describedby={wrong ? 'export-passphrase-error' : undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        {wrong && (
          <p id="export-passphrase-error" className="field-error" role="alert">
            {t('exportPdf.wrongPassphrase')}
          </p>
        )}
      </div>
      {error && !wrong && <ErrorNotice title={t('exportPdf.failed')} error={error} />}
      <p role="status" className="status-line">
        {busy ? t('exportPdf.working') : ''}
      </p>
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('exportPdf.submit')}
        </button>
      </div>
    </form>
  );
}
