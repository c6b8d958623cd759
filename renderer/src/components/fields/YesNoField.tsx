import { useTranslation } from 'react-i18next';
import type { FieldProps } from './FieldProps';
import { RadioGroup } from './RadioGroup';

/** A yes/no question stored as true, false or null (not answered). */
export function YesNoField({ id, label, help, required, value, onChange }: FieldProps<boolean | null>) {
  const { t } = useTranslation();
  return (
    <RadioGroup
      id={id}
      label={label}
      help={help}
      required={required}
      options={[
        { value: 'yes', label: t('options.yesno.yes') },
        { value: 'no', label: t('options.yesno.no') },
      ]}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(choice) => onChange(choice === 'yes')}
    />
  );
}
