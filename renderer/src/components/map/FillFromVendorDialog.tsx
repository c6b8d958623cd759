import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { applyProfileToAssessment, type AppliedChange } from '../../../../shared/vendors/apply-to-assessment';
import type { VendorDocument, VendorDocumentDetail } from '../../../../shared/vendors/profile';
import { useEditor } from '../../stores/editor';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { DocumentReviewDialog } from '../vendor-documents/DocumentReviewDialog';
import { ReadDocumentDialog } from '../vendor-documents/ReadDocumentDialog';
import { useVendorProfile } from '../vendor-profile/useVendorProfile';
import { AppliedChangesList } from './AppliedChangesList';
import { useVendorChoice } from './useVendorChoice';

type Inner = { name: 'read' } | { name: 'review'; document: VendorDocumentDetail | VendorDocument } | null;

/**
 * Fills step 1 from a vendor's profile: choose the vendor (the one the assessment is linked to, to begin with), read
 * and review its documents right here, then apply the accepted facts to the map and see what changed.
 */
export function FillFromVendorDialog({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const change = useEditor((state) => state.change);
  const { vendors, linkedId, chosenId, setChosenId, choose, error: vendorsError } = useVendorChoice(assessment.id);
  const { profile, loadError, reload } = useVendorProfile(chosenId === '' ? null : chosenId);
  const [inner, setInner] = useState<Inner>(null);
  const [applied, setApplied] = useState<AppliedChange[] | null>(null);

  const apply = () => {
    if (!profile) return;
    let changes: AppliedChange[] = [];
    change((current) => {
      const result = applyProfileToAssessment(current, profile);
      changes = result.changes;
      return result.changes.length > 0 ? result.assessment : current;
    });
    setApplied(changes);
  };

  const imported = (document: VendorDocumentDetail) => {
    setApplied(null);
    setInner({ name: 'review', document });
    void choose(document.vendorId);
  };

  const reviewed = () => {
    setInner(null);
    void reload();
  };

  return (
    <>
      <Dialog title={t('vendorDocs.fill.title')} onClose={onClose} wide>
        <p className="dialog-lead">{t('vendorDocs.fill.lead')}</p>
        {vendorsError && <ErrorNotice title={t('vendors.loadFailed')} error={vendorsError} />}
        {vendors !== null && vendors.length === 0 && <p className="muted">{t('vendorDocs.fill.noVendors')}</p>}
        {vendors !== null && vendors.length > 0 && (
          <div className="field">
            <label htmlFor={`${id}-vendor`}>{t('vendorDocs.fill.vendor')}</label>
            <select
              id={`${id}-vendor`}
              value={chosenId}
              onChange={(event) => {
                setApplied(null);
                setChosenId(event.target.value);
              }}
            >
              <option value="">{t('vendorDocs.fill.chooseVendor')}</option>
              {vendors.map((vendor) => (
                <option key={vendor.id} value={vendor.id}>
                  {vendor.id === linkedId ? `${vendor.name} — ${t('vendorDocs.fill.linked')}` : vendor.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {loadError && <ErrorNotice title={t('vendorDocs.fill.loadFailed')} error={loadError} />}
        {profile && (
          <div className="fill-profile">
            <p>
              {profile.facts.length === 0
                ? t('vendorDocs.fill.noFacts')
                : t('vendorDocs.fill.facts', {
                    count: profile.facts.length,
                    documents: t('vendorDocs.fill.documents', { count: new Set(profile.facts.map((fact) => fact.documentId)).size }),
                  })}
            </p>
            {profile.documents.length > 0 && (
              <ul className="plain-list fill-documents">
                {profile.documents.map((document) => (
                  <li key={document.id}>
                    <button type="button" className="link-button" onClick={() => setInner({ name: 'review', document })}>
                      {t('vendorDocs.fill.review', { name: document.fileName })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div role="status" className={applied === null ? 'fill-result' : 'notice notice-success fill-result'}>
          {applied !== null && <AppliedChangesList changes={applied} />}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => setInner({ name: 'read' })}>
            {t('vendorDocs.read.buttonShort')}
          </button>
          <span className="dialog-actions-gap" />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="button button-primary" disabled={!profile || profile.facts.length === 0} onClick={apply}>
            {t('vendorDocs.fill.apply')}
          </button>
        </div>
      </Dialog>
      {inner?.name === 'read' && <ReadDocumentDialog vendorId={chosenId === '' ? null : chosenId} onClose={() => setInner(null)} onImported={imported} />}
      {inner?.name === 'review' && <DocumentReviewDialog document={inner.document} onClose={reviewed} />}
    </>
  );
}
