import { useTranslation } from 'react-i18next';
import { LIMITS, type ChosenMeasure } from '../../../../shared/domain/assessment';
import type { MeasureDefinition } from '../../../../shared/wizard/catalogues';

interface MeasureItemProps {
  measure: MeasureDefinition;
  chosen: ChosenMeasure | null;
  onChange: (chosen: ChosenMeasure | null) => void;
}

export function MeasureItem({ measure, chosen, onChange }: MeasureItemProps) {
  const { t } = useTranslation();
  const id = `measure-${measure.id}`;
  const title = t(`measures.${measure.id}.title`);
  return (
    <li className="check-item check-item-with-note">
      <input
        id={id}
        type="checkbox"
        checked={chosen !== null}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.checked ? { measureId: measure.id, note: '' } : null)}
      />
      <label htmlFor={id}>
        {title}
        {measure.edpbUseCase !== undefined && (
          <span className="badge badge-neutral badge-inline">
            {t('wizard.step4.measures.useCase', { number: measure.edpbUseCase })}
          </span>
        )}
      </label>
      <p id={`${id}-description`} className="check-description">
        {t(`measures.${measure.id}.description`)}
      </p>
      {chosen && (
        <div className="check-note field">
          <label htmlFor={`${id}-note`} className="label-small">
            {t('wizard.step4.measures.note')}
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
