import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSigningIdentity } from '../../stores/signingIdentity';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { IdentityDetails } from './IdentityDetails';
import { IdentitySetup } from './IdentitySetup';

export function IdentityScreen() {
  const { t } = useTranslation();
  const info = useSigningIdentity((state) => state.info);
  const loadError = useSigningIdentity((state) => state.loadError);
  const load = useSigningIdentity((state) => state.load);
  const setInfo = useSigningIdentity((state) => state.setInfo);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main id="main" tabIndex={-1} className="screen narrow-screen">
      <ScreenHeading>{t('identity.title')}</ScreenHeading>
      <p className="screen-lead">{t('identity.lead')}</p>
      {loadError && <ErrorNotice title={t('identity.loadFailed')} error={loadError} />}
      {info === undefined && !loadError && <p className="muted">{t('common.loading')}</p>}
      {info && (
        <section className="panel" aria-labelledby="current-identity-title">
          <h2 id="current-identity-title" className="panel-title">
            {t('identity.current')}
          </h2>
          <IdentityDetails info={info} />
        </section>
      )}
      {info === null && (
        <section className="panel" aria-labelledby="no-identity-title">
          <h2 id="no-identity-title" className="panel-title">
            {t('identity.none')}
          </h2>
          <p>{t('identity.noneText')}</p>
          <IdentitySetup onReady={setInfo} />
        </section>
      )}
    </main>
  );
}
