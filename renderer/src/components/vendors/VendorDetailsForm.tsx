import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { Vendor, VendorFields } from '../../../../shared/vendors/vendor';
import { client } from '../../client';
import { ErrorNotice } from '../common/ErrorNotice';
import { VendorFieldsEditor } from './VendorFieldsEditor';

interface VendorDetailsFormProps {
  vendor: Vendor;
  onSaved: (vendor: Vendor) => void;
}

const fieldsOf = (vendor: Vendor): VendorFields => ({
  name: vendor.name,
  legalEntity: vendor.legalEntity,
  country: vendor.country,
  website: vendor.website,
  notes: vendor.notes,
});

/** The vendor's own fields, saved together. */
export function VendorDetailsForm({ vendor, onSaved }: VendorDetailsFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<VendorFields>(() => fieldsOf(vendor));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (fields.name.trim() === '') return;
    setBusy(true);
    const result = await client.updateVendor({ id: vendor.id, ...fields });
    setBusy(false);
    if (result.ok) {
      setError(null);
      setFields(fieldsOf(result.value));
      onSaved(result.value);
    } else {
      setError(result.error);
    }
  };

  return (
    <form className="panel vendor-details" aria-labelledby="vendor-details-title" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="vendor-details-title" className="panel-title">
        {t('vendors.page.details')}
      </h2>
      <VendorFieldsEditor idPrefix="vendor" value={fields} onChange={setFields} showNameError={tried} />
      {error && <ErrorNotice title={t('vendors.page.saveFailed')} error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('vendors.page.save')}
        </button>
      </div>
    </form>
  );
}
