import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { VendorDocument, VendorDocumentDetail } from '../../../../shared/vendors/profile';
import { client } from '../../client';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { DocumentReviewDialog } from '../vendor-documents/DocumentReviewDialog';
import { ReadDocumentDialog } from '../vendor-documents/ReadDocumentDialog';
import { DpfStatusForm } from './DpfStatusForm';
import { OpenQuestionsForm } from './OpenQuestionsForm';
import { ProfileFacts } from './ProfileFacts';
import { TransparencyFiguresForm } from './TransparencyFiguresForm';
import type { SavePart } from './savePart';
import { saveProfilePart, useVendorProfile } from './useVendorProfile';
import { VendorDocumentsTable } from './VendorDocumentsTable';

type OpenDialog =
  | { name: 'read' }
  | { name: 'review'; document: VendorDocumentDetail | VendorDocument }
  | { name: 'delete'; document: VendorDocument }
  | null;

interface VendorProfilePanelProps {
  vendorId: string;
  vendorName: string;
  /** Tells the page's status line what was done. */
  onStatus: (text: string) => void;
}

/**
 * The vendor's profile: the facts accepted from its documents with the sentences behind them, what the user keeps by
 * hand (DPF status, transparency figures, open questions) and the documents themselves.
 */
export function VendorProfilePanel({ vendorId, vendorName, onStatus }: VendorProfilePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { profile, loadError, reload, setProfile } = useVendorProfile(vendorId);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [saveError, setSaveError] = useState<AppError | null>(null);

  const save: SavePart = async (part) => {
    const result = await saveProfilePart(vendorId, () => part);
    if (!result.ok) {
      setSaveError(result.error);
      return false;
    }
    setSaveError(null);
    setProfile(result.value);
    onStatus(t('vendorProfile.saved'));
    return true;
  };

  const closeAndReload = () => {
    setDialog(null);
    void reload();
  };

  return (
    <section className="panel vendor-profile" aria-labelledby={`${id}-title`}>
      <div className="vendor-assessments-title-row">
        <h2 id={`${id}-title`} className="panel-title">
          {t('vendorProfile.title')}
          {profile?.sample && <span className="badge badge-info badge-inline">{t('vendorProfile.sample')}</span>}
        </h2>
        <button type="button" className="button button-primary button-small" onClick={() => setDialog({ name: 'read' })}>
          {t('vendorDocs.read.button')}
        </button>
      </div>
      <p className="muted">{profile?.sample ? `${t('vendorProfile.lead')} ${t('vendorProfile.sampleHint')}` : t('vendorProfile.lead')}</p>
      {loadError && <ErrorNotice title={t('vendorProfile.loadFailed')} error={loadError} />}
      {saveError && <ErrorNotice title={t('vendorProfile.saveFailed')} error={saveError} />}
      {profile === null && !loadError && <p className="muted">{t('common.loading')}</p>}
      {profile !== null && (
        <div className="vendor-profile-layout">
          <div className="vendor-profile-documents">
            <h3 className="profile-part-title">{t('vendorProfile.documents.title')}</h3>
            {profile.documents.length === 0 ? (
              <p className="muted">{t('vendorProfile.documents.none')}</p>
            ) : (
              <VendorDocumentsTable
                vendorName={vendorName}
                documents={profile.documents}
                onReview={(document) => setDialog({ name: 'review', document })}
                onDelete={(document) => setDialog({ name: 'delete', document })}
              />
            )}
          </div>
          <div className="vendor-profile-facts">
            <h3 className="profile-part-title">{t('vendorProfile.facts')}</h3>
            <ProfileFacts facts={profile.facts} />
          </div>
          <div className="vendor-profile-kept">
            <DpfStatusForm key={JSON.stringify(profile.dpf)} profile={profile} save={save} />
            <TransparencyFiguresForm key={JSON.stringify(profile.transparency)} profile={profile} save={save} />
            <OpenQuestionsForm key={JSON.stringify(profile.openQuestions)} profile={profile} save={save} />
          </div>
        </div>
      )}

      {dialog?.name === 'read' && (
        <ReadDocumentDialog vendorId={vendorId} onClose={() => setDialog(null)} onImported={(document) => setDialog({ name: 'review', document })} />
      )}
      {dialog?.name === 'review' && <DocumentReviewDialog document={dialog.document} onClose={closeAndReload} />}
      {dialog?.name === 'delete' && (
        <ConfirmDeleteDialog
          title={t('vendorProfile.documents.deleteTitle', { name: dialog.document.fileName })}
          text={t('vendorProfile.documents.deleteText')}
          confirmLabel={t('vendorProfile.documents.deleteConfirm')}
          failedTitle={t('vendorProfile.documents.deleteFailed')}
          remove={() => client.deleteVendorDocument(dialog.document.id)}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            onStatus(t('vendorProfile.documents.deleted', { name: dialog.document.fileName }));
            closeAndReload();
          }}
        />
      )}
    </section>
  );
}
