import { useTranslation } from 'react-i18next';
import { COUNTRY_OPTIONS } from '../../lib/countries';

interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  required?: boolean;
  describedBy?: string;
}

/** A select of every ISO 3166-1 country by its English name; the stored value is the alpha-2 code. */
export function CountrySelect({ id, value, onChange, required = false, describedBy }: CountrySelectProps) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      value={value}
      aria-required={required}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('options.unset')}</option>
      {COUNTRY_OPTIONS.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
