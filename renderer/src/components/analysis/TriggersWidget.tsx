import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { REVIEW_TRIGGERS } from '../../../../shared/wizard/catalogues';
import { useEditor } from '../../stores/editor';

/** Step 6: the events that call for an earlier review. */
export function TriggersWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const chosen = assessment.step6.triggers;

  const toggle = (id: string, checked: boolean) => {
    // Catalogue order, so the report reads the same way every time; ids this version does not know are kept.
    const known = REVIEW_TRIGGERS.map((trigger) => trigger.id);
    const next = known.filter((triggerId) => (triggerId === id ? checked : chosen.includes(triggerId)));
    update('step6.triggers', [...next, ...chosen.filter((triggerId) => !known.includes(triggerId))]);
  };

  return (
    <fieldset className="triggers analysis">
      <legend className="visually-hidden">{t('analysis.triggers.legend')}</legend>
      <ul className="check-list">
        {REVIEW_TRIGGERS.map((trigger) => {
          const id = `trigger-${trigger.id}`;
          return (
            <li key={trigger.id} className="check-item">
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(trigger.id)}
                onChange={(event) => toggle(trigger.id, event.target.checked)}
              />
              <label htmlFor={id}>{t(`triggers.${trigger.id}`)}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
