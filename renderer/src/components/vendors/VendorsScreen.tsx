import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { vendorMatchKey, type VendorListItem } from '../../../../shared/vendors/vendor';
import { client } from '../../client';
import { useNavigation } from '../../stores/navigation';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { NewVendorDialog } from './NewVendorDialog';
import { VendorTable } from './VendorTable';

/** A vendor matches when its name or legal entity contains the search, compared as vendor names are. */
function matches(vendor: VendorListItem, key: string | null): boolean {
  if (key === null) return true;
  return [vendor.name, vendor.legalEntity].some((text) => (vendorMatchKey(text) ?? '').includes(key));
}

/** Every vendor with the number of its assessments; a search narrows the list as one types. */
export function VendorsScreen({ notice = '' }: { notice?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((state) => state.navigate);
  const [vendors, setVendors] = useState<VendorListItem[] | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [text, setText] = useState('');
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    let current = true;
    void client.listVendors().then((result) => {
      if (!current) return;
      if (result.ok) setVendors(result.value);
      else setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);

  const shown = useMemo(() => {
    const key = vendorMatchKey(text);
    return (vendors ?? []).filter((vendor) => matches(vendor, key));
  }, [vendors, text]);

  const open = (vendorId: string) => navigate({ name: 'vendor', vendorId });

  return (
    <main id="main" tabIndex={-1} className="screen vendors-screen">
      <div className="screen-title-row">
        <ScreenHeading>{t('vendors.title')}</ScreenHeading>
        <div className="toolbar">
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('vendors.new')}
          </button>
        </div>
      </div>
      <p className="screen-lead">{t('vendors.lead')}</p>
      <p role="status" className="status-line">
        {notice}
      </p>
      {loadError && <ErrorNotice title={t('vendors.loadFailed')} error={loadError} />}
      {vendors === null && !loadError && <p className="muted">{t('common.loading')}</p>}
      {vendors !== null && vendors.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">{t('vendors.emptyTitle')}</p>
          <p>{t('vendors.emptyText')}</p>
        </div>
      )}
      {vendors !== null && vendors.length > 0 && (
        <>
          <div className="records-search" role="search">
            <label htmlFor="vendor-search">{t('vendors.search')}</label>
            <input id="vendor-search" type="search" value={text} maxLength={300} autoComplete="off" onChange={(event) => setText(event.target.value)} />
            <p className="muted records-count" aria-live="polite">
              {t('vendors.count', { count: shown.length })}
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('vendors.noMatch', { text: text.trim() })}</p>
          ) : (
            <VendorTable vendors={shown} onOpen={(vendor) => open(vendor.id)} />
          )}
        </>
      )}
      {creating && (
        <NewVendorDialog
          onClose={() => setCreating(false)}
          onCreated={(vendor) => {
            setCreating(false);
            navigate({ name: 'vendor', vendorId: vendor.id, notice: t('vendors.created', { name: vendor.name }) });
          }}
        />
      )}
    </main>
  );
}
