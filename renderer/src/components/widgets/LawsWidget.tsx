import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment, type LawAssessment } from '../../../../shared/domain/assessment';
import { findLaw } from '../../../../shared/domain/law-library';
import { countryName } from '../../lib/countries';
import { freeLawRow, lawsNotYetAssessed, libraryLawsFor, needsUsCoreLaws, rowForLibraryLaw } from '../../lib/lawRows';
import { useEditor } from '../../stores/editor';
import { useLawLibrary } from '../../stores/lawLibrary';
import { ErrorNotice } from '../common/ErrorNotice';
import { DestinationStatus } from './DestinationStatus';
import { LawLibraryStatus } from './LawLibraryStatus';
import { LawRow } from './LawRow';

export function LawsWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const library = useLawLibrary((state) => state.library);
  const libraryError = useLawLibrary((state) => state.error);
  const change = useEditor((state) => state.change);
  const rows = assessment.step3.laws;
  const destination = assessment.step1.importer.country;
  const libraryLaws = library && destination ? libraryLawsFor(library, destination) : [];
  const missing = lawsNotYetAssessed(rows, libraryLaws);

  const setRows = (recipe: (rows: LawAssessment[]) => LawAssessment[]) =>
    change((current) => {
      const laws = recipe(current.step3.laws);
      return laws === current.step3.laws ? current : { ...current, step3: { ...current.step3, laws } };
    });

  // Entering step 3 for a US importer starts the assessment with the core US laws.
  const autoAdded = useRef(false);
  useEffect(() => {
    if (autoAdded.current || !library) return;
    autoAdded.current = true;
    const country = useEditor.getState().assessment?.step1.importer.country ?? '';
    const laws = libraryLawsFor(library, country);
    setRows((current) => (needsUsCoreLaws(country, current) ? [...current, ...laws.map(rowForLibraryLaw)] : current));
    // setRows only wraps the store's change action, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library]);

  const add = () => {
    const row = freeLawRow();
    setRows((current) => [...current, row]);
    requestAnimationFrame(() => document.getElementById(`law-${row.id}-name`)?.focus());
  };

  return (
    <div className="laws">
      {library && <LawLibraryStatus library={library} />}
      {libraryError && <ErrorNotice title={t('widgets.laws.libraryFailed')} error={libraryError} />}

      {destination === '' && <p className="muted">{t('widgets.laws.noDestination')}</p>}
      {library && destination !== '' && <DestinationStatus library={library} countryCode={destination} />}
      {library && destination !== '' && libraryLaws.length === 0 && (
        <p className="muted">{t('wizard.step3.laws.noLibraryLaws')}</p>
      )}
      {missing.length > 0 && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setRows((current) => [...current, ...lawsNotYetAssessed(current, libraryLaws).map(rowForLibraryLaw)])}
        >
          {t('wizard.step3.laws.addFromLibrary', { country: countryName(destination) })}
        </button>
      )}

      <div className="row-list">
        {rows.map((row, index) => (
          <LawRow
            key={row.id}
            row={row}
            number={index + 1}
            libraryLaw={row.lawId && library ? (findLaw(library, row.lawId) ?? null) : null}
            onChange={(changed) => setRows((current) => current.map((r) => (r.id === row.id ? changed : r)))}
            onRemove={() => setRows((current) => current.filter((r) => r.id !== row.id))}
          />
        ))}
      </div>
      <button type="button" className="button button-secondary" onClick={add} disabled={rows.length >= LIMITS.listItems}>
        <span aria-hidden="true">+ </span>
        {t('wizard.step3.laws.add')}
      </button>
    </div>
  );
}
