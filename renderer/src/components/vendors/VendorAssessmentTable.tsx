import { useTranslation } from 'react-i18next';
import type { VendorAssessment } from '../../../../shared/vendors/vendor';
import { useLanguage } from '../../i18n';
import { formatDate } from '../../lib/format';

interface VendorAssessmentTableProps {
  vendorName: string;
  assessments: readonly VendorAssessment[];
  onOpen: (assessment: VendorAssessment) => void;
  /** Lets the importer's name decide the vendor again, for an assessment the user linked by hand. */
  onLinkByImporter: (assessment: VendorAssessment) => void;
}

export function VendorAssessmentTable({ vendorName, assessments, onOpen, onLinkByImporter }: VendorAssessmentTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <div className="table-frame">
      <table className="data-table">
        <caption className="visually-hidden">{t('vendors.page.assessmentsCaption', { name: vendorName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vendors.page.columns.title')}</th>
            <th scope="col">{t('vendors.page.columns.status')}</th>
            <th scope="col">{t('vendors.page.columns.importer')}</th>
            <th scope="col">{t('vendors.page.columns.nextReview')}</th>
            <th scope="col">{t('vendors.page.columns.link')}</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((assessment) => (
            <tr key={assessment.id}>
              <th scope="row">
                <button type="button" className="link-button row-title" onClick={() => onOpen(assessment)}>
                  {assessment.title}
                </button>
              </th>
              <td>
                <span className="badge badge-neutral">{t(`lifecycle.state.${assessment.status}`, { defaultValue: assessment.status })}</span>
              </td>
              <td>{assessment.importer || none}</td>
              <td>{assessment.nextReviewDate ? formatDate(assessment.nextReviewDate, language) : none}</td>
              <td>
                {t(`vendors.page.linkedBy.${assessment.linkedBy}`)}
                {assessment.linkedBy === 'user' && (
                  <button type="button" className="button button-small button-quiet vendor-relink" onClick={() => onLinkByImporter(assessment)}>
                    {t('vendors.link.automatic')}
                    <span className="visually-hidden"> {assessment.title}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
