import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';

interface IdentitySelectProps {
  id: string;
  identities: SigningIdentityInfo[];
  value: string;
  onChange: (identityId: string) => void;
}

/** Chooses the identity to sign with; each option names the person, where they work and the key type. */
export function IdentitySelect({ id, identities, value, onChange }: IdentitySelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('identity.select.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {identities.map((identity) => (
          <option key={identity.id} value={identity.id}>
            {t('identity.select.option', {
              name: identity.name,
              detail: identity.organisation || identity.email || identity.certificateSha256.slice(0, 8),
              keyAlgorithm: identity.keyAlgorithm,
            })}
          </option>
        ))}
      </select>
    </div>
  );
}
