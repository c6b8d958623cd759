import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { FillFromVendorDialog } from './FillFromVendorDialog';

/** Step 1's way to the vendor's own documents. */
export function FillFromVendorButton({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="fill-from-vendor">
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        {t('vendorDocs.fill.button')}
      </button>
      {open && <FillFromVendorDialog assessment={assessment} onClose={() => setOpen(false)} />}
    </div>
  );
}
