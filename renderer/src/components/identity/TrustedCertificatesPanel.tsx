import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_P12_BYTES, type TrustedCertificate } from '../../../../shared/ipc/contract';
import { fileToBase64 } from '../../lib/base64';
import { formatDateTime } from '../../lib/format';
import { useTrustedCertificates } from '../../stores/trustedCertificates';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';
import { Fingerprint } from './Fingerprint';
import { useLanguage } from '../../i18n';

/** Certificates the user trusts: signatures made with them are reported as "signed by a certificate you trust". */
export function TrustedCertificatesPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const certificates = useTrustedCertificates((state) => state.certificates);
  const loadError = useTrustedCertificates((state) => state.loadError);
  const load = useTrustedCertificates((state) => state.load);
  const add = useTrustedCertificates((state) => state.add);
  const remove = useTrustedCertificates((state) => state.remove);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const addFile = async (file: File) => {
    setError(null);
    setStatus('');
    if (file.size > MAX_P12_BYTES) {
      setError({ title: t('identity.trust.addFailed'), error: { code: 'TOO_LARGE', message: t('identity.trust.tooLarge') } });
      return;
    }
    setBusy(true);
    const known = new Set((certificates ?? []).map((entry) => entry.certificateSha256));
    const result = await add(file.name, await fileToBase64(file));
    setBusy(false);
    if (!result.ok) setError({ title: t('identity.trust.addFailed'), error: result.error });
    else setStatus(t(known.has(result.value.certificateSha256) ? 'identity.trust.already' : 'identity.trust.added', { name: result.value.name }));
  };

  const removeEntry = async (entry: TrustedCertificate) => {
    setError(null);
    const result = await remove(entry.certificateSha256);
    if (result.ok) setStatus(t('identity.trust.removed', { name: entry.name }));
    else setError({ title: t('identity.trust.removeFailed'), error: result.error });
  };

  return (
    <section className="panel" aria-labelledby="trusted-title">
      <h2 id="trusted-title" className="panel-title">
        {t('identity.trust.title')}
      </h2>
      <p>{t('identity.trust.explanation')}</p>
      {loadError && <ErrorNotice title={t('identity.trust.loadFailed')} error={loadError} />}
      {certificates?.length === 0 && <p className="muted">{t('identity.trust.none')}</p>}
      {certificates !== undefined && certificates.length > 0 && (
        <div className="table-frame">
          <table className="data-table compact-table">
            <caption className="visually-hidden">{t('identity.trust.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('identity.trust.columns.name')}</th>
                <th scope="col">{t('identity.trust.columns.fingerprint')}</th>
                <th scope="col">{t('identity.trust.columns.validTo')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('identity.trust.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {certificates.map((entry) => (
                <tr key={entry.certificateSha256}>
                  <th scope="row">
                    {entry.name || <span className="muted">{t('common.none')}</span>}
                    {(entry.organisation || entry.email) && (
                      <span className="trusted-detail">{[entry.organisation, entry.email].filter(Boolean).join(' · ')}</span>
                    )}
                  </th>
                  <td>
                    <Fingerprint sha256={entry.certificateSha256} />
                  </td>
                  <td>{formatDateTime(entry.validTo, language)}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small button-danger-quiet" onClick={() => void removeEntry(entry)}>
                      {t('identity.trust.remove')}
                      <span className="visually-hidden"> {entry.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="toolbar toolbar-start">
        <FilePicker
          label={t('identity.trust.add')}
          accept=".pem,.cer,.crt,.der,application/x-x509-ca-cert,application/pkix-cert"
          disabled={busy}
          onFile={(file) => void addFile(file)}
        />
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {error && <ErrorNotice title={error.title} error={error.error} />}
    </section>
  );
}
