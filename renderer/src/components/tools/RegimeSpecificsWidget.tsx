import { useTranslation } from 'react-i18next';
import { UK_INSTRUMENTS, type Assessment } from '../../../../shared/domain/assessment';
import { regimeRequirements, UK_INSTRUMENT_KEYS } from '../../../../shared/scc/regimes';
import { useEditor } from '../../stores/editor';
import { RadioGroup } from '../fields/RadioGroup';
import { ReasonList } from '../common/ReasonList';
import { UkTraQuestions } from './UkTraQuestions';

/**
 * What the exporters' regimes add to step 2: for UK exporters the IDTA or the UK Addendum and the ICO's TRA
 * questions, for Swiss exporters the Swiss amendments to the SCCs; EU exporters need nothing more here.
 */
export function RegimeSpecificsWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const requirements = regimeRequirements(assessment);
  const regimes = new Set(requirements.exporters.map((e) => e.regime));
  const namesOf = (regime: string) =>
    requirements.exporters
      .filter((e) => e.regime === regime)
      .map((e) => e.name)
      .join(', ');

  return (
    <div className="regime-specifics">
      {requirements.exporters.length === 0 && <p className="muted">{t('map.regime.noExporter')}</p>}
      {regimes.has('eu') && <p>{t('map.regime.eu', { exporters: namesOf('eu') })}</p>}
      {requirements.reasons.length > 0 && (
        <div className="notice notice-info">
          <ReasonList reasons={requirements.reasons} />
        </div>
      )}

      {regimes.has('uk') && (
        <section className="regime-block" aria-labelledby="regime-uk-title">
          <h4 id="regime-uk-title" className="map-subtitle">
            {t('map.regime.uk.title', { exporters: namesOf('uk') })}
          </h4>
          <RadioGroup
            id="uk-instrument"
            label={t('map.regime.uk.instrument')}
            required
            options={UK_INSTRUMENTS.map((value) => ({ value, label: t(UK_INSTRUMENT_KEYS[value].labelKey) }))}
            value={assessment.step2.ukInstrument}
            onChange={(value) => update('step2.ukInstrument', value)}
          />
          {assessment.step2.ukInstrument !== '' && (
            <p className="field-help">{t(UK_INSTRUMENT_KEYS[assessment.step2.ukInstrument].descriptionKey)}</p>
          )}
          <h5 className="regime-tra-title">{t('map.regime.uk.traTitle')}</h5>
          <p className="field-help">{t('map.regime.uk.traIntro')}</p>
          <UkTraQuestions assessment={assessment} />
        </section>
      )}

      {regimes.has('ch') && (
        <section className="regime-block" aria-labelledby="regime-ch-title">
          <h4 id="regime-ch-title" className="map-subtitle">
            {t('map.regime.ch.title', { exporters: namesOf('ch') })}
          </h4>
          <div className="checkbox-field">
            <input
              id="swiss-amendments"
              type="checkbox"
              checked={assessment.step2.swissAmendments}
              aria-describedby="swiss-amendments-help"
              onChange={(event) => update('step2.swissAmendments', event.target.checked)}
            />
            <label htmlFor="swiss-amendments">{t('map.regime.ch.amendments')}</label>
          </div>
          <p id="swiss-amendments-help" className="field-help">
            {t('map.regime.ch.amendmentsHelp')}
          </p>
        </section>
      )}

      {requirements.warnings.length > 0 && (
        <div className="notice notice-warning">
          <ReasonList reasons={requirements.warnings} />
        </div>
      )}
    </div>
  );
}
