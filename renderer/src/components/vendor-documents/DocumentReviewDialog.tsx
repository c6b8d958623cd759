import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { VendorDocumentDetail } from '../../../../shared/vendors/profile';
import { client } from '../../client';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { DocumentReview } from './DocumentReview';

interface DocumentReviewDialogProps {
  /** The document as just imported, or only its id to load it. */
  document: VendorDocumentDetail | { id: string; fileName: string };
  onClose: () => void;
}

const isDetail = (document: DocumentReviewDialogProps['document']): document is VendorDocumentDetail => 'facts' in document;

/** The review of one document in a dialog as large as the window. Decisions are already saved, so closing loses nothing. */
export function DocumentReviewDialog({ document, onClose }: DocumentReviewDialogProps) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState<VendorDocumentDetail | null>(isDetail(document) ? document : null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (isDetail(document)) return;
    let current = true;
    void client.getVendorDocument(document.id).then((result) => {
      if (!current) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [document]);

  return (
    <Dialog title={t('vendorDocs.review.title', { name: document.fileName })} onClose={onClose} size="full">
      <p className="dialog-lead">{t('vendorDocs.review.lead')}</p>
      {error && <ErrorNotice title={t('vendorDocs.review.loadFailed')} error={error} />}
      {detail === null && !error && <p className="muted">{t('common.loading')}</p>}
      {detail !== null && <DocumentReview initial={detail} />}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('vendorDocs.review.done')}
        </button>
      </div>
    </Dialog>
  );
}
