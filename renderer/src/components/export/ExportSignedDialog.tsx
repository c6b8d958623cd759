import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { useSigningIdentity } from '../../stores/signingIdentity';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { IdentitySetup } from '../identity/IdentitySetup';
import { ExportResult, type ExportOutcome } from './ExportResult';
import { PassphraseStep } from './PassphraseStep';

interface ExportSignedDialogProps {
  assessment: Assessment;
  onClose: () => void;
}

/** Export signed PDF: make sure there is a signing identity, unlock it, sign, and save the file. */
export function ExportSignedDialog({ assessment, onClose }: ExportSignedDialogProps) {
  const { t } = useTranslation();
  const info = useSigningIdentity((state) => state.info);
  const loadError = useSigningIdentity((state) => state.loadError);
  const load = useSigningIdentity((state) => state.load);
  const setInfo = useSigningIdentity((state) => state.setInfo);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const ready = (identity: SigningIdentityInfo) => setInfo(identity);
  const cancel = (
    <button type="button" className="button button-secondary" onClick={onClose}>
      {t('common.cancel')}
    </button>
  );

  return (
    <Dialog title={t('exportPdf.title', { title: assessment.title })} onClose={onClose} wide>
      {loadError && <ErrorNotice title={t('identity.loadFailed')} error={loadError} />}
      {info === undefined && !loadError && <p className="muted">{t('common.loading')}</p>}
      {info === null && (
        <>
          <p className="form-lead">{t('exportPdf.needIdentity')}</p>
          <IdentitySetup onReady={ready} extraActions={cancel} />
        </>
      )}
      {info && !outcome && (
        <PassphraseStep assessmentId={assessment.id} identity={info} onDone={setOutcome} extraActions={cancel} />
      )}
      {outcome && (
        <>
          <ExportResult outcome={outcome} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {(info === undefined || loadError) && !outcome && <div className="dialog-actions">{cancel}</div>}
    </Dialog>
  );
}
