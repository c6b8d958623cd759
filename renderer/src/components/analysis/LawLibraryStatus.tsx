import { useTranslation } from 'react-i18next';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import type { AssessmentEvaluation } from '../../../../shared/engine/types';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../i18n';

/** How current the law library is; past twelve months the user is asked to re-check every fact. */
export function LawLibraryStatus({ library, status }: { library: LawLibrary; status: AssessmentEvaluation['library'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className={status.outdated ? 'notice notice-warning' : 'library-status'} role={status.outdated ? 'alert' : undefined}>
      <p>{t('analysis.library.asOf', { asOf: formatDate(library.asOf, language), compiled: formatDate(library.compiled, language) })}</p>
      {status.outdated && <p className="notice-title">{t('analysis.library.outdated', { months: status.ageInMonths })}</p>}
    </div>
  );
}
