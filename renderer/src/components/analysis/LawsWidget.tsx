import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment, type LawAssessment } from '../../../../shared/domain/assessment';
import { findLaw } from '../../../../shared/domain/law-library';
import { lawAssessmentFromLibrary, lawsForMap } from '../../../../shared/engine/from-library';
import { useEvaluation } from '../../hooks/useEvaluation';
import { countryName } from '../../lib/countries';
import { newRowId } from '../../lib/ids';
import { useEditor } from '../../stores/editor';
import { useLawLibrary } from '../../stores/lawLibrary';
import { ErrorNotice } from '../common/ErrorNotice';
import { LawCard } from './LawCard';
import { LawLibraryStatus } from './LawLibraryStatus';
import { destinationsOf, lawsNotYetAssessed, ownLawRow } from './lawRows';
import { useLanguage } from '../../i18n';

/** Step 3: the laws of every destination on the map, each with the library's facts, the questionnaire and a verdict. */
export function LawsWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const library = useLawLibrary((state) => state.library);
  const libraryError = useLawLibrary((state) => state.error);
  const evaluation = useEvaluation();
  const change = useEditor((state) => state.change);
  const rows = assessment.step3.laws;
  const destinations = evaluation ? destinationsOf(evaluation.transfers) : [];
  const mapLaws = library && evaluation ? lawsForMap(assessment, library, evaluation.transfers) : [];
  const missing = lawsNotYetAssessed(rows, mapLaws);

  const setRows = (recipe: (rows: LawAssessment[]) => LawAssessment[]) =>
    change((current) => {
      const laws = recipe(current.step3.laws);
      return laws === current.step3.laws ? current : { ...current, step3: { ...current.step3, laws } };
    });

  const addFromLibrary = () =>
    setRows((current) => {
      const toAdd = lawsNotYetAssessed(current, mapLaws).map((law) => lawAssessmentFromLibrary(law, newRowId()));
      return toAdd.length === 0 ? current : [...current, ...toAdd].slice(0, LIMITS.listItems);
    });

  const addOwn = () => {
    const row = ownLawRow();
    setRows((current) => [...current, row]);
    requestAnimationFrame(() => document.getElementById(`law-${row.id}-name`)?.focus());
  };

  return (
    <div className="laws analysis">
      {library && evaluation && <LawLibraryStatus library={library} status={evaluation.library} />}
      {!library && !libraryError && <p className="muted">{t('analysis.loading')}</p>}
      {libraryError && <ErrorNotice title={t('analysis.libraryFailed')} error={libraryError} />}

      <div className="destinations">
        <h4 className="small-heading">{t('analysis.laws.destinations')}</h4>
        {destinations.length === 0 ? (
          <p className="muted">{t('analysis.laws.noDestinations')}</p>
        ) : (
          <ul className="destination-list">
            {destinations.map(({ code, status }) => (
              <li key={code}>
                <span className="destination-name">{countryName(code, language)}</span>{' '}
                <span className={`badge badge-adequacy-${status}`}>{t(`analysis.laws.adequacy.${status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      {library && destinations.length > 0 && (
        <div className="analysis-actions">
          {missing.length > 0 ? (
            <button type="button" className="button button-primary" onClick={addFromLibrary}>
              {t('analysis.laws.addFromLibrary', { count: missing.length })}
            </button>
          ) : (
            <p className="muted">{mapLaws.length === 0 ? t('analysis.laws.noLibraryLaws') : t('analysis.laws.allAdded')}</p>
          )}
        </div>
      )}

      {rows.length === 0 && <p className="muted">{t('analysis.laws.empty')}</p>}
      <div className="row-list">
        {rows.map((row, index) => (
          <LawCard
            key={row.id}
            row={row}
            number={index + 1}
            libraryLaw={row.lawId && library ? (findLaw(library, row.lawId) ?? null) : null}
            evaluation={evaluation?.laws.find((law) => law.lawAssessmentId === row.id)}
            onChange={(patch) => setRows((current) => current.map((r) => (r.id === row.id ? { ...r, ...patch } : r)))}
            onRemove={() => setRows((current) => current.filter((r) => r.id !== row.id))}
          />
        ))}
      </div>
      <button type="button" className="button button-secondary" onClick={addOwn} disabled={rows.length >= LIMITS.listItems}>
        <span aria-hidden="true">+ </span>
        {t('analysis.laws.addOwn')}
      </button>
    </div>
  );
}
