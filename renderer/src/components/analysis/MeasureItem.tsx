import { useTranslation } from 'react-i18next';
import { LIMITS, type ChosenMeasure } from '../../../../shared/domain/assessment';
import type { MeasureDefinition } from '../../../../shared/wizard/catalogues';

interface MeasureItemProps {
  measure: MeasureDefinition;
  chosen: ChosenMeasure | null;
  onChange: (chosen: ChosenMeasure | null) => void;
}

/** One measure of the catalogue: what it is, which precondition it weakens and by how much, and the user's note. */
export function MeasureItem({ measure, chosen, onChange }: MeasureItemProps) {
  const { t } = useTranslation();
  const id = `measure-${measure.id}`;
  const title = t(`measures.${measure.id}.title`);
  return (
    <li className={`check-item check-item-with-note measure-item${chosen ? ' is-chosen' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={chosen !== null}
        aria-describedby={`${id}-description ${id}-effect`}
        onChange={(event) => onChange(event.target.checked ? { measureId: measure.id, note: '' } : null)}
      />
      <label htmlFor={id}>
        {title}
        {measure.edpbUseCase !== undefined && (
          <span className="badge badge-neutral badge-inline">
            {t('analysis.measures.useCaseBadge', { number: measure.edpbUseCase })}
          </span>
        )}
      </label>
      <p id={`${id}-description`} className="check-description">
        {t(`measures.${measure.id}.description`)}
      </p>
      <div id={`${id}-effect`} className="measure-effect">
        {measure.effects.length > 0 && (
          <ul className="measure-effect-list">
            {measure.effects.map((effect) => (
              <li key={`${effect.kind}-${effect.vectors.join('-')}`}>
                {t('analysis.measures.effect', {
                  kind: t(`analysis.risk.kinds.${effect.kind}`),
                  multiplier: effect.multiplier,
                  vectors: effect.vectors.map((v) => t(`analysis.measures.vectors.${v}`)).join(', '),
                })}
              </li>
            ))}
          </ul>
        )}
        {/* The basis also says when a measure leaves the figures unchanged. */}
        <p className="measure-basis">{t(measure.basisKey)}</p>
      </div>
      {chosen && (
        <div className="check-note field">
          <label htmlFor={`${id}-note`} className="label-small">
            {t('analysis.measures.note')}
            <span className="visually-hidden"> ({title})</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={chosen.note}
            maxLength={LIMITS.longText}
            onChange={(event) => onChange({ ...chosen, note: event.target.value })}
          />
        </div>
      )}
    </li>
  );
}
