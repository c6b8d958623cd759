import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';
import { FieldShell } from '../fields/FieldShell';
import { helpId } from '../fields/FieldProps';

const FIELD_ID = 'timestamp-url';

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The RFC 3161 time-stamping authority; empty means signing without a timestamp, entirely offline. */
export function TimestampPanel() {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let current = true;
    void client.getSigningSettings().then((result) => {
      if (!current) return;
      if (result.ok) setValue(result.value.timestampUrl ?? '');
      else setError(result.error);
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    setError(null);
    const url = value.trim();
    if (url !== '' && !isHttpUrl(url)) {
      setProblem(t('identity.timestamp.invalid'));
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    setProblem('');
    setBusy(true);
    const result = await client.saveSigningSettings({ timestampUrl: url === '' ? null : url });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setValue(result.value.timestampUrl ?? '');
    setStatus(result.value.timestampUrl ? t('identity.timestamp.savedWith', { url: result.value.timestampUrl }) : t('identity.timestamp.savedWithout'));
  };

  const describedBy = [helpId(FIELD_ID), problem ? `${FIELD_ID}-error` : ''].filter(Boolean).join(' ');

  return (
    <section className="panel" aria-labelledby="timestamp-title">
      <h2 id="timestamp-title" className="panel-title">
        {t('identity.timestamp.title')}
      </h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FieldShell id={FIELD_ID} label={t('identity.timestamp.label')} help={t('identity.timestamp.help')} required={false}>
          <input
            id={FIELD_ID}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            maxLength={2048}
            value={value}
            disabled={!loaded}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setValue(event.target.value)}
          />
          {problem && (
            <p id={`${FIELD_ID}-error`} className="field-error">
              {problem}
            </p>
          )}
        </FieldShell>
        {error && <ErrorNotice title={t('identity.timestamp.failed')} error={error} />}
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={busy || !loaded}>
            {t('identity.timestamp.save')}
          </button>
        </div>
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
    </section>
  );
}
