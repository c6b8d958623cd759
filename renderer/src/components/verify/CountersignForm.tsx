import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PDF_BYTES, type ResponseOf, type SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { FilePicker } from '../common/FilePicker';
import { AppearanceChoice } from '../export/AppearanceChoice';
import { PassphraseField } from '../export/PassphraseField';
import { SigningActions } from '../export/SigningActions';
import { useSigning } from '../export/useSigning';
import { IdentitySelect } from '../identity/IdentitySelect';

interface CountersignFormProps {
  initialFile: File | null;
  identities: SigningIdentityInfo[];
  onSigned: (countersigned: ResponseOf<'countersignReport'>) => void;
  extraActions?: ReactNode;
}

/** The approver picks the signed report, their identity and passphrase; the signature is added as a new revision. */
export function CountersignForm({ initialFile, identities, onSigned, extraActions }: CountersignFormProps) {
  const { t } = useTranslation();
  const signing = useSigning(identities, onSigned);
  const [file, setFile] = useState<File | null>(initialFile);
  const [problem, setProblem] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    signing.setError(null);
    if (!file) {
      setProblem(t('verify.countersign.noFile'));
      return;
    }
    if (file.size > MAX_PDF_BYTES) {
      setProblem(t('verify.tooLarge'));
      return;
    }
    setProblem('');
    await signing.sign(async () =>
      client.countersignReport({
        fileName: file.name,
        pdfBase64: await fileToBase64(file),
        identityId: signing.identityId,
        passphrase: signing.passphrase,
        appearance: signing.appearance,
      }),
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <p className="form-lead">{t('verify.countersign.explanation')}</p>
      <div className="field">
        <FilePicker label={t('verify.countersign.choose')} accept=".pdf,application/pdf" onFile={setFile} />
        <p className="field-help" role="status">
          {file ? t('verify.countersign.chosen', { name: file.name }) : t('verify.countersign.noneChosen')}
        </p>
        {problem && <p className="field-error">{problem}</p>}
      </div>
      <IdentitySelect id="countersign-identity" identities={identities} value={signing.identityId} onChange={signing.setIdentityId} />
      <PassphraseField id="countersign-passphrase" value={signing.passphrase} onChange={signing.setPassphrase} error={signing.error} />
      <AppearanceChoice id="countersign-appearance" value={signing.appearance} onChange={signing.setAppearance} />
      <SigningActions
        error={signing.error}
        busy={signing.busy}
        failedTitle={t('verify.countersign.failed')}
        working={t('verify.countersign.working')}
        submitLabel={t('verify.countersign.submit')}
        canSubmit={signing.identityId !== ''}
        extraActions={extraActions}
      />
    </form>
  );
}
