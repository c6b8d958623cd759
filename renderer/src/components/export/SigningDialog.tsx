import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { useSigningIdentities } from '../../stores/signingIdentity';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { IdentitySetup } from '../identity/IdentitySetup';
import { SignedFileResult, type ResultTitles, type SignedFile } from './SignedFileResult';
import { useSaveFile } from './useSaveFile';

/** What a signing dialog hands its form. */
export interface SigningFormProps<T> {
  identities: SigningIdentityInfo[];
  onSigned: (signed: T) => void;
  /** The dialog's Cancel, for the form's action row. */
  extraActions: ReactNode;
}

interface SigningDialogProps<T extends SignedFile & { pdfBase64: string }> {
  title: string;
  /** Why a signing identity is needed, above the setup offered when there is none yet. */
  needIdentity: string;
  resultTitles: ResultTitles;
  onClose: () => void;
  /** The form that signs with one of the user's identities. */
  renderForm: (props: SigningFormProps<T>) => ReactNode;
  /** Buttons before Close once the file is signed. */
  renderResultActions?: (signed: T) => ReactNode;
}

/** Makes sure there is a signing identity, signs with the form, and saves the signed PDF, offering to save again. */
export function SigningDialog<T extends SignedFile & { pdfBase64: string }>({
  title,
  needIdentity,
  resultTitles,
  onClose,
  renderForm,
  renderResultActions,
}: SigningDialogProps<T>) {
  const { t } = useTranslation();
  const identities = useSigningIdentities((state) => state.identities);
  const loadError = useSigningIdentities((state) => state.loadError);
  const load = useSigningIdentities((state) => state.load);
  const put = useSigningIdentities((state) => state.put);
  const [signed, setSigned] = useState<T | null>(null);
  const { state: saveState, busy: saving, save } = useSaveFile();

  useEffect(() => {
    void load();
  }, [load]);

  const done = (result: T) => {
    setSigned(result);
    void save(result.fileName, result.pdfBase64);
  };

  const cancel = (
    <button type="button" className="button button-secondary" onClick={onClose}>
      {t('common.cancel')}
    </button>
  );

  return (
    <Dialog title={title} onClose={onClose} wide>
      {loadError && <ErrorNotice title={t('identity.loadFailed')} error={loadError} />}
      {identities === undefined && !loadError && <p className="muted">{t('common.loading')}</p>}
      {identities?.length === 0 && (
        <>
          <p className="form-lead">{needIdentity}</p>
          <IdentitySetup onReady={put} extraActions={cancel} />
        </>
      )}
      {identities !== undefined && identities.length > 0 && !signed && renderForm({ identities, onSigned: done, extraActions: cancel })}
      {signed && (
        <>
          <SignedFileResult file={signed} titles={resultTitles} save={saveState} saving={saving} />
          {saveState.error && <ErrorNotice title={t('exportPdf.saveFailed')} error={saveState.error} />}
          <div className="dialog-actions">
            {!saveState.saved && !saving && (
              <button type="button" className="button button-secondary" onClick={() => void save(signed.fileName, signed.pdfBase64)}>
                {t('exportPdf.saveAgain')}
              </button>
            )}
            {renderResultActions?.(signed)}
            <button type="button" className="button button-primary" autoFocus onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </>
      )}
      {(identities === undefined || loadError) && !signed && <div className="dialog-actions">{cancel}</div>}
    </Dialog>
  );
}
