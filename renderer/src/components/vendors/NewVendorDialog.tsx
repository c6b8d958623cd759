import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { Vendor, VendorFields } from '../../../../shared/vendors/vendor';
import { client } from '../../client';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { VendorFieldsEditor, emptyVendorFields } from './VendorFieldsEditor';

interface NewVendorDialogProps {
  onClose: () => void;
  onCreated: (vendor: Vendor) => void;
}

export function NewVendorDialog({ onClose, onCreated }: NewVendorDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<VendorFields>(emptyVendorFields);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (fields.name.trim() === '') return;
    setBusy(true);
    const result = await client.createVendor(fields);
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <Dialog title={t('vendors.newDialog.title')} onClose={onClose} wide>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <VendorFieldsEditor idPrefix="new-vendor" value={fields} onChange={setFields} showNameError={tried} />
        {error && <ErrorNotice title={t('vendors.createFailed')} error={error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('vendors.newDialog.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
