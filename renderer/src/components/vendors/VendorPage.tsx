import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { VendorAssessment } from '../../../../shared/vendors/vendor';
import { client } from '../../client';
import { useNavigation } from '../../stores/navigation';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { LinkAssessmentDialog } from './LinkAssessmentDialog';
import { MergeVendorDialog } from './MergeVendorDialog';
import { VendorAssessmentTable } from './VendorAssessmentTable';
import { VendorDetailsForm } from './VendorDetailsForm';
import { useVendorDetail } from './useVendorDetail';

type OpenDialog = 'link' | 'merge' | 'delete' | null;

/** One vendor: its fields to edit, and the assessments linked to it, each opening the assessment. */
export function VendorPage({ vendorId, notice = '' }: { vendorId: string; notice?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((state) => state.navigate);
  const { detail, loadError, reload } = useVendorDetail(vendorId);
  const [status, setStatus] = useState(notice);
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const linkedIds = useMemo(() => new Set(detail?.assessments.map((assessment) => assessment.id) ?? []), [detail]);

  const linkByImporter = async (assessment: VendorAssessment) => {
    setError(null);
    const result = await client.linkAssessmentVendor(assessment.id, null);
    if (!result.ok) {
      setError({ title: t('vendors.link.failed'), error: result.error });
      return;
    }
    setStatus(t('vendors.link.automaticDone', { title: assessment.title }));
    await reload();
  };

  const back = (
    <button type="button" className="button button-quiet back-button" onClick={() => navigate({ name: 'vendors' })}>
      <span aria-hidden="true">← </span>
      {t('vendors.page.back')}
    </button>
  );

  if (!detail) {
    return (
      <main id="main" tabIndex={-1} className="screen vendor-page">
        {back}
        {loadError ? <ErrorNotice title={t('vendors.page.loadFailed')} error={loadError} /> : <p className="muted">{t('common.loading')}</p>}
      </main>
    );
  }

  const { vendor, assessments } = detail;
  return (
    <main id="main" tabIndex={-1} className="screen vendor-page">
      {back}
      <div className="screen-title-row">
        <ScreenHeading focusKey={vendor.id}>{vendor.name}</ScreenHeading>
        <div className="toolbar">
          <button type="button" className="button button-secondary" onClick={() => setDialog('merge')}>
            {t('vendors.merge.button')}
          </button>
          <button type="button" className="button button-danger-quiet" onClick={() => setDialog('delete')}>
            {t('vendors.delete.button')}
          </button>
        </div>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {error && <ErrorNotice title={error.title} error={error.error} />}

      <div className="vendor-layout">
        <VendorDetailsForm
          key={vendor.updatedAt}
          vendor={vendor}
          onSaved={(saved) => {
            setStatus(t('vendors.page.saved', { name: saved.name }));
            void reload();
          }}
        />
        <section className="panel vendor-assessments" aria-labelledby="vendor-assessments-title">
          <div className="vendor-assessments-title-row">
            <h2 id="vendor-assessments-title" className="panel-title">
              {t('vendors.page.assessments')}
            </h2>
            <button type="button" className="button button-secondary button-small" onClick={() => setDialog('link')}>
              {t('vendors.link.button')}
            </button>
          </div>
          {assessments.length === 0 ? (
            <p className="muted">{t('vendors.page.noAssessments')}</p>
          ) : (
            <VendorAssessmentTable
              vendorName={vendor.name}
              assessments={assessments}
              onOpen={(assessment) => navigate({ name: 'wizard', assessmentId: assessment.id })}
              onLinkByImporter={(assessment) => void linkByImporter(assessment)}
            />
          )}
        </section>
      </div>

      {dialog === 'link' && (
        <LinkAssessmentDialog
          vendorId={vendor.id}
          vendorName={vendor.name}
          linkedIds={linkedIds}
          onClose={() => setDialog(null)}
          onLinked={(title) => {
            setDialog(null);
            setStatus(t('vendors.link.linked', { title }));
            void reload();
          }}
        />
      )}
      {dialog === 'merge' && (
        <MergeVendorDialog
          source={vendor}
          onClose={() => setDialog(null)}
          onMerged={(target) =>
            navigate({ name: 'vendor', vendorId: target.id, notice: t('vendors.merge.merged', { source: vendor.name, target: target.name }) })
          }
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDeleteDialog
          title={t('vendors.delete.title', { name: vendor.name })}
          text={
            assessments.length === 0
              ? t('vendors.delete.unused', { name: vendor.name })
              : t('vendors.delete.used', { name: vendor.name, count: assessments.length })
          }
          confirmLabel={t('vendors.delete.confirm')}
          failedTitle={t('vendors.delete.failed')}
          remove={() => client.deleteVendor(vendor.id, assessments.length > 0)}
          onClose={() => setDialog(null)}
          onDeleted={() => navigate({ name: 'vendors', notice: t('vendors.delete.deleted', { name: vendor.name }) })}
        />
      )}
    </main>
  );
}
