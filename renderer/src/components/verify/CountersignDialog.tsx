import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/ipc/contract';
import { SigningDialog } from '../export/SigningDialog';
import { CountersignForm } from './CountersignForm';

interface CountersignDialogProps {
  /** The report on screen, offered as the one to countersign. */
  initialFile: File | null;
  onClose: () => void;
  /** Shows the verification of the countersigned report. */
  onVerify: (fileName: string, pdfBase64: string) => void;
}

export function CountersignDialog({ initialFile, onClose, onVerify }: CountersignDialogProps) {
  const { t } = useTranslation();
  return (
    <SigningDialog<ResponseOf<'countersignReport'>>
      title={t('verify.countersign.title')}
      needIdentity={t('verify.countersign.needIdentity')}
      resultTitles={{ saving: t('verify.countersign.saving'), done: t('verify.countersign.done'), notSaved: t('verify.countersign.notSaved') }}
      onClose={onClose}
      renderForm={(form) => <CountersignForm initialFile={initialFile} {...form} />}
      renderResultActions={(signed) => (
        <button type="button" className="button button-secondary" onClick={() => onVerify(signed.fileName, signed.pdfBase64)}>
          {t('verify.countersign.verify')}
        </button>
      )}
    />
  );
}
