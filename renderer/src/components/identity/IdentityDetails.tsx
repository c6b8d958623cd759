import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { formatDateTime } from '../../lib/format';
import { DefinitionRow } from '../common/DefinitionRow';

export function IdentityDetails({ info }: { info: SigningIdentityInfo }) {
  const { t } = useTranslation();
  return (
    <dl className="definition-list">
      <DefinitionRow term={t('identity.fields.name')}>{info.name}</DefinitionRow>
      <DefinitionRow term={t('identity.fields.email')}>{info.email}</DefinitionRow>
      <DefinitionRow term={t('identity.fields.organisation')}>
        {info.organisation || <span className="muted">{t('common.none')}</span>}
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.fingerprint')}>
        <code className="hash">{info.certificateSha256}</code>
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.validity')}>
        {t('identity.validity', { from: formatDateTime(info.validFrom), to: formatDateTime(info.validTo) })}
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.certificate')}>
        {info.selfSigned ? t('identity.selfSigned') : t('identity.issued')}
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.protection')}>{t(`identity.protection.${info.protection}`)}</DefinitionRow>
    </dl>
  );
}
