import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { Vendor, VendorListItem } from '../../../../shared/vendors/vendor';
import { client } from '../../client';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';

interface MergeVendorDialogProps {
  source: Vendor;
  onClose: () => void;
  onMerged: (target: Vendor) => void;
}

/** Merges the vendor into another one chosen here; the other one stays. */
export function MergeVendorDialog({ source, onClose, onMerged }: MergeVendorDialogProps) {
  const { t } = useTranslation();
  const [others, setOthers] = useState<VendorListItem[] | null>(null);
  const [targetId, setTargetId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let current = true;
    void client.listVendors().then((result) => {
      if (!current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      const rest = result.value.filter((vendor) => vendor.id !== source.id);
      setOthers(rest);
      setTargetId(rest[0]?.id ?? '');
    });
    return () => {
      current = false;
    };
  }, [source.id]);

  const merge = async () => {
    setBusy(true);
    const result = await client.mergeVendors(source.id, targetId);
    setBusy(false);
    if (result.ok) onMerged(result.value);
    else setError(result.error);
  };

  return (
    <Dialog title={t('vendors.merge.title', { name: source.name })} onClose={onClose}>
      <p>{t('vendors.merge.lead', { name: source.name })}</p>
      {others !== null && others.length === 0 && <p className="muted">{t('vendors.merge.noOther')}</p>}
      {others !== null && others.length > 0 && (
        <div className="field">
          <label htmlFor="merge-target">{t('vendors.merge.target')}</label>
          <select id="merge-target" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
            {others.map((vendor) => (
              <option key={vendor.id} value={vendor.id}>
                {vendor.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && <ErrorNotice title={t('vendors.merge.failed')} error={error} />}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" autoFocus onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || targetId === ''} onClick={() => void merge()}>
          {t('vendors.merge.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
