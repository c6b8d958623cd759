import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import { countryOptions } from '../../lib/countries';

interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  required?: boolean;
  describedBy?: string;
}

/** A select of every ISO 3166-1 country by its name in the user's language; the stored value is the alpha-2 code. */
export function CountrySelect({ id, value, onChange, required = false, describedBy }: CountrySelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <select
      id={id}
      value={value}
      aria-required={required}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t('options.unset')}</option>
      {countryOptions(language).map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}
