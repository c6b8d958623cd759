import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fail } from '../../../../shared/domain/result';
import type { ReportLanguage, ResponseOf, SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { useEditor } from '../../stores/editor';
import { FieldShell } from '../fields/FieldShell';
import { helpId } from '../fields/FieldProps';
import { RadioGroup } from '../fields/RadioGroup';
import { IdentitySelect } from '../identity/IdentitySelect';
import { AppearanceChoice } from './AppearanceChoice';
import { PassphraseField } from './PassphraseField';
import { SigningActions } from './SigningActions';
import { useSigning } from './useSigning';
import { useLanguage } from '../../i18n';

const MAX_MARKING = 80;
const SUGGESTED_MARKINGS = ['confidential', 'strictlyConfidential'] as const;

interface SignReportFormProps {
  assessmentId: string;
  identities: SigningIdentityInfo[];
  onSigned: (signed: ResponseOf<'exportSignedReport'>) => void;
  extraActions?: ReactNode;
}

/** The report's options and the signer's passphrase; saves pending edits first, then has the report signed. */
export function SignReportForm({ assessmentId, identities, onSigned, extraActions }: SignReportFormProps) {
  const { t } = useTranslation();
  const flush = useEditor((state) => state.flush);
  const suggestionsId = useId();
  const signing = useSigning(identities, onSigned);
  // The report is offered in the language the user works in; a German user sends a German memo unless they choose otherwise.
  const [language, setLanguage] = useState<ReportLanguage>(useLanguage());
  const [confidentiality, setConfidentiality] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await signing.sign(async () =>
      (await flush())
        ? client.exportSignedReport({
            assessmentId,
            identityId: signing.identityId,
            passphrase: signing.passphrase,
            language,
            confidentiality: confidentiality.trim(),
            appearance: signing.appearance,
          })
        : fail('INTERNAL', t('exportPdf.saveFirst')),
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <IdentitySelect id="export-identity" identities={identities} value={signing.identityId} onChange={signing.setIdentityId} />
      <PassphraseField id="export-passphrase" value={signing.passphrase} onChange={signing.setPassphrase} error={signing.error} />
      <RadioGroup
        id="export-language"
        label={t('exportPdf.language')}
        required={false}
        options={[
          { value: 'en', label: t('exportPdf.languages.en') },
          { value: 'de', label: t('exportPdf.languages.de') },
        ]}
        value={language}
        onChange={(value) => setLanguage(value === 'de' ? 'de' : 'en')}
      />
      <FieldShell id="export-confidentiality" label={t('exportPdf.confidentiality')} help={t('exportPdf.confidentialityHelp')} required={false}>
        <input
          id="export-confidentiality"
          type="text"
          list={suggestionsId}
          maxLength={MAX_MARKING}
          value={confidentiality}
          aria-describedby={helpId('export-confidentiality')}
          onChange={(event) => setConfidentiality(event.target.value)}
        />
        <datalist id={suggestionsId}>
          {SUGGESTED_MARKINGS.map((key) => (
            <option key={key} value={t(`exportPdf.markings.${key}`)} />
          ))}
        </datalist>
      </FieldShell>
      <AppearanceChoice id="export-appearance" value={signing.appearance} onChange={signing.setAppearance} />
      <SigningActions
        error={signing.error}
        busy={signing.busy}
        failedTitle={t('exportPdf.failed')}
        working={t('exportPdf.working')}
        submitLabel={t('exportPdf.submit')}
        canSubmit={signing.identityId !== ''}
        extraActions={extraActions}
      />
    </form>
  );
}
