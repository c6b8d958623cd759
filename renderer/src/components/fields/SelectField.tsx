import { useTranslation } from 'react-i18next';
import type { Option } from '../../../../shared/wizard/steps';
import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function SelectField({ id, label, help, required, value, onChange, options }: FieldProps<string> & { options: readonly Option[] }) {
  const { t } = useTranslation();
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <select
        id={id}
        value={value}
        aria-required={required}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('options.unset')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.labelKey)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
