import { useTranslation } from 'react-i18next';
import type { LawLibrary } from '../../../../shared/domain/law-library';
import type { TransferEvaluation } from '../../../../shared/engine/types';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../i18n';

/**
 * The destination of a transfer as the law library sees it: the adequacy status, the decision by reference and
 * date, and the confidence of the library's adequacy entries where it is less than confirmed.
 */
export function DestinationLine({ evaluation, library }: { evaluation: TransferEvaluation; library: LawLibrary | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const code = evaluation.destinationCountry;
  if (code === '') return <p className="muted">{t('map.tools.noDestination')}</p>;
  const country = library?.countries.find((c) => c.code === code);
  const doubtful = (country?.laws ?? []).filter((law) => law.kind === 'adequacy' && law.confidence !== 'confirmed');
  // The library names countries in English; other languages take the runtime's name.
  const name = (language === 'en' && evaluation.destinationName) || countryName(code, language);
  return (
    <div className="destination-line">
      <p>
        <span className="destination-name">{t('map.tools.destination', { country: name, code })}</span>
        <span className={`badge badge-inline badge-adequacy-${evaluation.destinationStatus}`}>{t(`map.status.${evaluation.destinationStatus}`)}</span>
        {doubtful.map((law) => (
          <span key={law.id} className={`badge badge-inline badge-${law.confidence}`}>
            {t('map.tools.confidenceMark', { confidence: t(`options.confidence.${law.confidence}`), name: law.name })}
          </span>
        ))}
        {!evaluation.isRestrictedTransfer && <span className="badge badge-neutral badge-inline">{t('map.tools.notRestricted')}</span>}
      </p>
      {evaluation.adequacyDecision && (
        <p className="citation">
          {t('map.tools.decision', { reference: evaluation.adequacyDecision.reference, date: formatDate(evaluation.adequacyDecision.date, language) })}
        </p>
      )}
      {(country?.adequacyNote || doubtful.length > 0) && (
        <details className="destination-details">
          <summary>{t('map.tools.libraryDetails')}</summary>
          {country?.adequacyNote && <p>{country.adequacyNote}</p>}
          {doubtful.map((law) => (
            <div key={law.id} className="caveat">
              <p>
                <strong>{law.name}</strong>
                {law.caveat ? `: ${law.caveat}` : ''}
              </p>
            </div>
          ))}
        </details>
      )}
    </div>
  );
}
