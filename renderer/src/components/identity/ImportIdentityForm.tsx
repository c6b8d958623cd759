import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_P12_BYTES, type SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';

interface ImportIdentityFormProps {
  onImported: (info: SigningIdentityInfo) => void;
  /** Further buttons for the form's action row, e.g. a dialog's Cancel. */
  extraActions?: ReactNode;
}

/** Brings in an existing certificate and key from a PKCS#12 file (.p12 / .pfx). */
export function ImportIdentityForm({ onImported, extraActions }: ImportIdentityFormProps) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!file) {
      setProblem(t('identity.import.noFile'));
      return;
    }
    if (file.size > MAX_P12_BYTES) {
      setProblem(t('identity.import.tooLarge'));
      return;
    }
    setProblem('');
    setBusy(true);
    const result = await client.importSigningIdentity(await fileToBase64(file), passphrase);
    setBusy(false);
    if (result.ok) onImported(result.value);
    else setError(result.error);
  };

  return (
    <form className="identity-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="import-identity-title">
      <h3 id="import-identity-title" className="form-title">
        {t('identity.import.title')}
      </h3>
      <p className="form-lead">{t('identity.import.explanation')}</p>
      <div className="field">
        <FilePicker label={t('identity.import.file')} accept=".p12,.pfx,application/x-pkcs12" onFile={setFile} />
        <p className="field-help" role="status">
          {file ? t('identity.import.chosen', { name: file.name }) : t('identity.import.noneChosen')}
        </p>
        {problem && <p className="field-error">{problem}</p>}
      </div>
      <div className="field">
        <label htmlFor="import-identity-passphrase">{t('identity.import.passphrase')}</label>
        <input
          id="import-identity-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      {error && <ErrorNotice title={t('identity.import.failed')} error={error} />}
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('identity.import.submit')}
        </button>
      </div>
    </form>
  );
}
