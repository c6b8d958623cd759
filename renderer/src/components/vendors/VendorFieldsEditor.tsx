import { useTranslation } from 'react-i18next';
import type { VendorFields } from '../../../../shared/vendors/vendor';
import { CountryField } from '../fields/CountryField';
import { TextareaField } from '../fields/TextareaField';
import { TextField } from '../fields/TextField';

interface VendorFieldsEditorProps {
  idPrefix: string;
  value: VendorFields;
  onChange: (next: VendorFields) => void;
  /** After a save was tried with an empty name. */
  showNameError: boolean;
}

export const emptyVendorFields = (): VendorFields => ({ name: '', legalEntity: '', country: '', website: '', notes: '' });

/** The fields of a vendor, as the new-vendor dialog and the vendor page edit them. */
export function VendorFieldsEditor({ idPrefix, value, onChange, showNameError }: VendorFieldsEditorProps) {
  const { t } = useTranslation();
  const set =
    <K extends keyof VendorFields>(key: K) =>
    (next: VendorFields[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <>
      <TextField id={`${idPrefix}-name`} label={t('vendors.fields.name')} help={t('vendors.fields.nameHelp')} required value={value.name} onChange={set('name')} />
      {showNameError && value.name.trim() === '' && (
        <p className="field-error vendor-name-error" role="alert">
          {t('vendors.fields.nameEmpty')}
        </p>
      )}
      <TextField
        id={`${idPrefix}-legal-entity`}
        label={t('vendors.fields.legalEntity')}
        help={t('vendors.fields.legalEntityHelp')}
        required={false}
        value={value.legalEntity}
        onChange={set('legalEntity')}
      />
      <CountryField id={`${idPrefix}-country`} label={t('vendors.fields.country')} required={false} value={value.country} onChange={set('country')} />
      <TextField id={`${idPrefix}-website`} label={t('vendors.fields.website')} required={false} value={value.website} onChange={set('website')} />
      <TextareaField id={`${idPrefix}-notes`} label={t('vendors.fields.notes')} required={false} value={value.notes} onChange={set('notes')} />
    </>
  );
}
