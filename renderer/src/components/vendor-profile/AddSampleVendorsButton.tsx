import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';

interface AddSampleVendorsButtonProps {
  /** What was added and what was there already, in a sentence for the screen's status line. */
  onAdded: (text: string) => void;
  variant?: 'primary' | 'secondary';
}

/** Adds the profiles of the sample vendors, built from their public documents; those already there stay as they are. */
export function AddSampleVendorsButton({ onAdded, variant = 'secondary' }: AddSampleVendorsButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const add = async () => {
    setBusy(true);
    onAdded(t('vendorProfile.samples.adding'));
    const result = await client.addSampleVendors();
    setBusy(false);
    if (!result.ok) {
      onAdded('');
      setError(result.error);
      return;
    }
    setError(null);
    const { added, kept } = result.value;
    const parts = [
      ...(added.length > 0 ? [t('vendorProfile.samples.added', { count: added.length, names: added.join(', ') })] : []),
      ...(kept.length > 0 ? [t('vendorProfile.samples.kept', { count: kept.length, names: kept.join(', ') })] : []),
    ];
    onAdded(parts.join(' '));
  };

  return (
    <>
      <button type="button" className={`button button-${variant}`} disabled={busy} onClick={() => void add()}>
        {t('vendorProfile.samples.button')}
      </button>
      {error && <ErrorNotice title={t('vendorProfile.samples.failed')} error={error} />}
    </>
  );
}
