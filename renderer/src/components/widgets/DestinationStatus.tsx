import { useTranslation } from 'react-i18next';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import { countryName } from '../../lib/countries';

/** What the law library says about the destination as a whole: its adequacy status, in the library's words. */
export function DestinationStatus({ library, countryCode }: { library: LawLibrary; countryCode: string }) {
  const { t } = useTranslation();
  const country = library.countries.find((entry) => entry.code === countryCode);
  if (!country) return null;
  return (
    <div className="destination-status">
      <p className="destination-status-title">
        {t('widgets.laws.destination', { country: countryName(countryCode) })}{' '}
        <span className={`badge badge-adequacy-${country.adequacy}`}>{t(`widgets.laws.adequacy.${country.adequacy}`)}</span>
      </p>
      {country.adequacyNote && <p>{country.adequacyNote}</p>}
    </div>
  );
}
