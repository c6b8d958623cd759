import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { SigningAlgorithm, SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';
import { RadioGroup } from '../fields/RadioGroup';
import { IdentityInput } from './IdentityInput';

const MIN_PASSPHRASE = 8;

type FieldName = 'name' | 'email' | 'organisation' | 'passphrase' | 'repeat';

interface CreateIdentityFormProps {
  onCreated: (info: SigningIdentityInfo) => void;
  /** Further buttons for the form's action row, e.g. a dialog's Cancel. */
  extraActions?: ReactNode;
}

/** Creates a key pair and self-signed certificate; the key is stored encrypted under the passphrase. */
export function CreateIdentityForm({ onCreated, extraActions }: CreateIdentityFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: '',
    email: '',
    organisation: '',
    passphrase: '',
    repeat: '',
  });
  // ECDSA P-256 gives the strength of RSA 3072 with far smaller keys and signatures, and is made instantly.
  const [algorithm, setAlgorithm] = useState<SigningAlgorithm>('ecdsa-p256');
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: FieldName) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (values.name.trim() === '') found.name = t('identity.create.nameMissing');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) found.email = t('identity.create.emailInvalid');
    if (values.passphrase.length < MIN_PASSPHRASE) {
      found.passphrase = t('identity.create.passphraseShort', { min: MIN_PASSPHRASE });
    }
    if (values.repeat !== values.passphrase) found.repeat = t('identity.create.passphraseMismatch');
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    setError(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`identity-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await client.createSigningIdentity({
      name: values.name.trim(),
      email: values.email.trim(),
      organisation: values.organisation.trim(),
      algorithm,
      passphrase: values.passphrase,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <form className="identity-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-identity-title">
      <h3 id="create-identity-title" className="form-title">
        {t('identity.create.title')}
      </h3>
      <p className="form-lead">{t('identity.create.explanation')}</p>
      <IdentityInput
        name="name"
        label={t('identity.create.name')}
        type="text"
        autoComplete="name"
        value={values.name}
        onChange={set('name')}
        required
        problem={problems.name}
      />
      <IdentityInput
        name="email"
        label={t('identity.create.email')}
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={set('email')}
        required
        problem={problems.email}
      />
      <IdentityInput
        name="organisation"
        label={t('identity.create.organisation')}
        type="text"
        autoComplete="organization"
        value={values.organisation}
        onChange={set('organisation')}
        required={false}
      />
      <RadioGroup
        id="identity-algorithm"
        label={t('identity.create.algorithm')}
        help={t('identity.create.algorithmHelp')}
        required={false}
        options={[
          { value: 'ecdsa-p256', label: t('identity.create.algorithms.ecdsa-p256') },
          { value: 'rsa-3072', label: t('identity.create.algorithms.rsa-3072') },
        ]}
        value={algorithm}
        onChange={(value) => setAlgorithm(value === 'rsa-3072' ? 'rsa-3072' : 'ecdsa-p256')}
      />
      <IdentityInput
        name="passphrase"
        label={t('identity.create.passphrase')}
        type="password"
        autoComplete="new-password"
        value={values.passphrase}
        onChange={set('passphrase')}
        required
        help={t('identity.create.passphraseHelp', { min: MIN_PASSPHRASE })}
        problem={problems.passphrase}
      />
      <IdentityInput
        name="repeat"
        label={t('identity.create.repeat')}
        type="password"
        autoComplete="new-password"
        value={values.repeat}
        onChange={set('repeat')}
        required
        problem={problems.repeat}
      />
      {error && <ErrorNotice title={t('identity.create.failed')} error={error} />}
      <div className="form-actions">
        {extraActions}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('identity.create.working') : t('identity.create.submit')}
        </button>
      </div>
    </form>
  );
}
