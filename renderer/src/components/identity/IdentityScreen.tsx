import { useEffect, useState } from 'react';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
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
  const [replacing, setReplacing] = useState(false);
  const replaced = (next: SigningIdentityInfo) => {
    setInfo(next);
    setReplacing(false);
  };

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
          {!replacing && (
            <div className="form-actions">
              <button type="button" className="button button-secondary" onClick={() => setReplacing(true)}>
                {t('identity.replace.open')}
              </button>
            </div>
          )}
        </section>
      )}
      {info && replacing && (
        <section className="panel" aria-labelledby="replace-identity-title">
          <h2 id="replace-identity-title" className="panel-title">
            {t('identity.replace.title')}
          </h2>
          <p className="notice notice-warning">{t('identity.replace.warning')}</p>
          <IdentitySetup
            onReady={replaced}
            extraActions={
              <button type="button" className="button button-secondary" onClick={() => setReplacing(false)}>
                {t('identity.replace.cancel')}
              </button>
            }
          />
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
