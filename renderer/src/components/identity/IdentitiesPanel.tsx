import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { useSigningIdentities } from '../../stores/signingIdentity';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { IdentityCard } from './IdentityCard';
import { IdentitySetup } from './IdentitySetup';

/** The user's signing identities: each with export and delete, and a way to add one. */
export function IdentitiesPanel() {
  const { t } = useTranslation();
  const identities = useSigningIdentities((state) => state.identities);
  const loadError = useSigningIdentities((state) => state.loadError);
  const load = useSigningIdentities((state) => state.load);
  const put = useSigningIdentities((state) => state.put);
  const remove = useSigningIdentities((state) => state.remove);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<SigningIdentityInfo | null>(null);
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const added = (info: SigningIdentityInfo) => {
    put(info);
    setAdding(false);
    setError(null);
    setStatus(t('identity.added', { name: info.name }));
  };

  const exportCertificate = async (info: SigningIdentityInfo, format: 'pem' | 'der') => {
    setError(null);
    setStatus('');
    setExporting(true);
    try {
      const exported = await client.exportCertificate(info.id, format);
      if (!exported.ok) {
        setError({ title: t('identity.export.failed'), error: exported.error });
        return;
      }
      const written = await client.saveFile(exported.value.fileName, exported.value.contentBase64);
      if (!written.ok) setError({ title: t('identity.export.failed'), error: written.error });
      else if (written.value.saved) setStatus(t('identity.export.saved', { path: written.value.path ?? exported.value.fileName }));
      else setStatus(t('identity.export.cancelled'));
    } finally {
      setExporting(false);
    }
  };

  const setup = (cancellable: boolean) => (
    <IdentitySetup
      onReady={added}
      extraActions={
        cancellable ? (
          <button type="button" className="button button-secondary" onClick={() => setAdding(false)}>
            {t('common.cancel')}
          </button>
        ) : undefined
      }
    />
  );

  return (
    <section className="panel" aria-labelledby="identities-title">
      <h2 id="identities-title" className="panel-title">
        {t('identity.listTitle')}
      </h2>
      {loadError && <ErrorNotice title={t('identity.loadFailed')} error={loadError} />}
      {identities === undefined && !loadError && <p className="muted">{t('common.loading')}</p>}
      {identities?.map((info) => (
        <IdentityCard
          key={info.id}
          info={info}
          busy={exporting}
          onExport={(format) => void exportCertificate(info, format)}
          onDelete={() => setDeleting(info)}
        />
      ))}
      <p role="status" className="status-line">
        {status}
      </p>
      {error && <ErrorNotice title={error.title} error={error.error} />}
      {identities?.length === 0 && (
        <>
          <p>{t('identity.noneText')}</p>
          {setup(false)}
        </>
      )}
      {identities !== undefined && identities.length > 0 && !adding && (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            {t('identity.add')}
          </button>
        </div>
      )}
      {identities !== undefined && identities.length > 0 && adding && setup(true)}
      {deleting && (
        <ConfirmDeleteDialog
          title={t('identity.delete.title', { name: deleting.name })}
          text={t('identity.delete.text', { name: deleting.name })}
          confirmLabel={t('identity.delete.confirm')}
          failedTitle={t('identity.delete.failed')}
          remove={() => remove(deleting.id)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setStatus(t('identity.delete.done', { name: deleting.name }));
            setDeleting(null);
          }}
        />
      )}
    </section>
  );
}
