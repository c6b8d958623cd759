import { useTranslation } from 'react-i18next';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import type { AssessmentEvaluation } from '../../../../shared/engine/types';
import { formatDate } from '../../lib/format';

/** How current the law library is; past twelve months the user is asked to re-check every fact. */
export function LawLibraryStatus({ library, status }: { library: LawLibrary; status: AssessmentEvaluation['library'] }) {
  const { t } = useTranslation();
  return (
    <div className={status.outdated ? 'notice notice-warning' : 'library-status'} role={status.outdated ? 'alert' : undefined}>
      <p>{t('analysis.library.asOf', { asOf: formatDate(library.asOf), compiled: formatDate(library.compiled) })}</p>
      {status.outdated && <p className="notice-title">{t('analysis.library.outdated', { months: status.ageInMonths })}</p>}
    </div>
  );
}
