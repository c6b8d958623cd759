import { useTranslation } from 'react-i18next';
import type { VendorDocument } from '../../../../shared/vendors/profile';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

interface VendorDocumentsTableProps {
  vendorName: string;
  documents: readonly VendorDocument[];
  onReview: (document: VendorDocument) => void;
  onDelete: (document: VendorDocument) => void;
}

const SHORT_HASH = 12;

/** The documents read for a vendor: what they are, when they were read, and the hash the report cites them by. */
export function VendorDocumentsTable({ vendorName, documents, onReview, onDelete }: VendorDocumentsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table profile-table">
        <caption className="visually-hidden">{t('vendorProfile.documents.caption', { name: vendorName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vendorProfile.documents.name')}</th>
            <th scope="col">{t('vendorProfile.documents.kind')}</th>
            <th scope="col">{t('vendorProfile.documents.imported')}</th>
            <th scope="col">{t('vendorProfile.documents.sha256')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('vendorProfile.documents.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row">
                {document.fileName}
                {document.sample && <span className="badge badge-info badge-inline">{t('vendorProfile.sample')}</span>}
              </th>
              <td>{t(`vendorProfile.documents.kinds.${document.kind}`)}</td>
              <td>{formatDateTime(document.importedAt, language)}</td>
              <td>
                <span className="hash" title={t('vendorProfile.documents.sha256Full', { hash: document.sha256 })}>
                  {document.sha256.slice(0, SHORT_HASH)}
                </span>
              </td>
              <td className="row-actions">
                <button type="button" className="button button-secondary button-small" onClick={() => onReview(document)}>
                  {t('vendorProfile.documents.review')}
                  <span className="visually-hidden"> {document.fileName}</span>
                </button>
                <button type="button" className="button button-danger-quiet button-small" onClick={() => onDelete(document)}>
                  {t('vendorProfile.documents.delete')}
                  <span className="visually-hidden"> {document.fileName}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
