import { useTranslation } from 'react-i18next';
import { libraryAgeInMonths, type LawLibrary } from '../../../../shared/domain/law-library';
import { formatDate, todayIso } from '../../lib/format';

/** How current the law library is; past twelve months the user is asked to re-check every fact. */
export function LawLibraryStatus({ library }: { library: LawLibrary }) {
  const { t } = useTranslation();
  const age = libraryAgeInMonths(library, todayIso());
  const stale = age > 12;
  return (
    <div className={stale ? 'notice notice-warning' : 'library-status'} role={stale ? 'alert' : undefined}>
      <p>
        {t('widgets.laws.libraryAsOf', { asOf: formatDate(library.asOf), compiled: formatDate(library.compiled) })}
      </p>
      {stale && <p className="notice-title">{t('widgets.laws.libraryStale', { months: age })}</p>}
    </div>
  );
}
