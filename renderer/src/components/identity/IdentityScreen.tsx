import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../common/ScreenHeading';
import { IdentitiesPanel } from './IdentitiesPanel';
import { TimestampPanel } from './TimestampPanel';
import { TrustedCertificatesPanel } from './TrustedCertificatesPanel';

/** Everything about signing: the user's identities, the certificates they trust, and time-stamping. */
export function IdentityScreen() {
  const { t } = useTranslation();
  return (
    <main id="main" tabIndex={-1} className="screen narrow-screen">
      <ScreenHeading>{t('identity.title')}</ScreenHeading>
      <p className="screen-lead">{t('identity.lead')}</p>
      <IdentitiesPanel />
      <TrustedCertificatesPanel />
      <TimestampPanel />
    </main>
  );
}
