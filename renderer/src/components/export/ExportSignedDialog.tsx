import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { SignReportForm } from './SignReportForm';
import { SigningDialog } from './SigningDialog';

interface ExportSignedDialogProps {
  assessment: Assessment;
  onClose: () => void;
}

/** Export signed PDF: make sure there is a signing identity, choose the report's options, sign, and save the file. */
export function ExportSignedDialog({ assessment, onClose }: ExportSignedDialogProps) {
  const { t } = useTranslation();
  return (
    <SigningDialog<ResponseOf<'exportSignedReport'>>
      title={t('exportPdf.title', { title: assessment.title })}
      needIdentity={t('exportPdf.needIdentity')}
      resultTitles={{ saving: t('exportPdf.saving'), done: t('exportPdf.done'), notSaved: t('exportPdf.notSaved') }}
      onClose={onClose}
      renderForm={(form) => <SignReportForm assessmentId={assessment.id} {...form} />}
    />
  );
}
