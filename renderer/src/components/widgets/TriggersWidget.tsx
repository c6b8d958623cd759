import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { REVIEW_TRIGGERS } from '../../../../shared/wizard/catalogues';
import { useEditor } from '../../stores/editor';

export function TriggersWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const chosen = assessment.step6.triggers;

  const toggle = (id: string, checked: boolean) => {
    // Keep the catalogue's order so the report reads the same way every time.
    const next = REVIEW_TRIGGERS.map((trigger) => trigger.id).filter((triggerId) =>
      triggerId === id ? checked : chosen.includes(triggerId),
    );
    update('step6.triggers', next);
  };

  return (
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
  );
}
