import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { formatDateTime } from '../../lib/format';
import { DefinitionRow } from '../common/DefinitionRow';
import { Fingerprint } from './Fingerprint';
import { useLanguage } from '../../i18n';

export function IdentityDetails({ info }: { info: SigningIdentityInfo }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <dl className="definition-list">
      <DefinitionRow term={t('identity.fields.organisation')}>{info.organisation || none}</DefinitionRow>
      <DefinitionRow term={t('identity.fields.email')}>{info.email || none}</DefinitionRow>
      <DefinitionRow term={t('identity.fields.keyAlgorithm')}>{info.keyAlgorithm}</DefinitionRow>
      <DefinitionRow term={t('identity.fields.fingerprint')}>
        <Fingerprint sha256={info.certificateSha256} />
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.validity')}>
        {t('identity.validity', { from: formatDateTime(info.validFrom, language), to: formatDateTime(info.validTo, language) })}
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.certificate')}>
        {info.selfSigned ? t('identity.selfSigned') : t('identity.issued')}
      </DefinitionRow>
      <DefinitionRow term={t('identity.fields.protection')}>{t(`identity.protection.${info.protection}`)}</DefinitionRow>
    </dl>
  );
}
