import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment, type ChecklistEntry } from '../../../../shared/domain/assessment';
import { CHECKLIST_ITEMS } from '../../../../shared/wizard/catalogues';
import { useEditor } from '../../stores/editor';

export function ChecklistWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const entries = assessment.step5.checklist;

  const write = (itemId: string, patch: Partial<Omit<ChecklistEntry, 'itemId'>>) => {
    const existing = entries.find((entry) => entry.itemId === itemId) ?? { itemId, done: false, note: '' };
    const changed = { ...existing, ...patch };
    const next = CHECKLIST_ITEMS.map((item) =>
      item.id === itemId ? changed : entries.find((entry) => entry.itemId === item.id),
    ).filter((entry): entry is ChecklistEntry => entry !== undefined && (entry.done || entry.note !== ''));
    // Entries for items this version does not know (e.g. from an imported file) are kept as they are.
    const unknown = entries.filter((entry) => !CHECKLIST_ITEMS.some((item) => item.id === entry.itemId));
    update('step5.checklist', [...next, ...unknown]);
  };

  return (
    <ul className="check-list">
      {CHECKLIST_ITEMS.map((item) => {
        const entry = entries.find((e) => e.itemId === item.id);
        const id = `checklist-${item.id}`;
        const text = t(`checklist.${item.id}`);
        return (
          <li key={item.id} className="check-item check-item-with-note">
            <input
              id={id}
              type="checkbox"
              checked={entry?.done ?? false}
              onChange={(event) => write(item.id, { done: event.target.checked })}
            />
            <label htmlFor={id}>{text}</label>
            <div className="check-note field">
              <label htmlFor={`${id}-note`} className="label-small">
                {t('wizard.step5.checklist.note')}
                <span className="visually-hidden"> ({text})</span>
              </label>
              <textarea
                id={`${id}-note`}
                rows={1}
                value={entry?.note ?? ''}
                maxLength={LIMITS.longText}
                onChange={(event) => write(item.id, { note: event.target.value })}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
