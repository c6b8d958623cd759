import { useTranslation } from 'react-i18next';
import { CHECKLIST_STATUSES, LIMITS, type Assessment, type ChecklistEntry } from '../../../../shared/domain/assessment';
import type { ChecklistItemEvaluation } from '../../../../shared/engine/types';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useEditor } from '../../stores/editor';
import { RadioGroup } from '../fields/RadioGroup';
import { ReasonList } from '../common/ReasonList';

/** Step 5: the procedural steps the chosen tools and measures require, each with status and evidence. */
export function ChecklistWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const change = useEditor((state) => state.change);
  const evaluation = useEvaluation();
  if (!evaluation) return <p className="muted">{t('analysis.loading')}</p>;
  const items = evaluation.checklist;
  if (items.length === 0) return <p className="muted">{t('analysis.checklist.empty')}</p>;
  const settled = items.filter((item) => item.status !== 'open').length;

  // The entry is created when the user first touches an item; entries of items no longer listed are kept.
  const write = (item: ChecklistItemEvaluation, patch: Partial<Omit<ChecklistEntry, 'itemId'>>) =>
    change((current) => {
      const entries = current.step5.checklist;
      const existing = entries.find((e) => e.itemId === item.itemId);
      const changed: ChecklistEntry = { itemId: item.itemId, status: item.status, evidence: item.evidence, ...existing, ...patch };
      const checklist = existing
        ? entries.map((e) => (e.itemId === item.itemId ? changed : e))
        : [...entries, changed];
      return { ...current, step5: { ...current.step5, checklist } };
    });

  return (
    <div className="checklist analysis">
      <p className="checklist-progress">{t('analysis.checklist.progress', { done: settled, total: items.length })}</p>
      <ol className="checklist-items">
        {items.map((item) => {
          const id = `checklist-${item.itemId}`;
          const text = t(`checklist.${item.itemId}`);
          const entry = assessment.step5.checklist.find((e) => e.itemId === item.itemId);
          return (
            <li key={item.itemId} className={`checklist-item status-${item.status}`} aria-labelledby={`${id}-text`}>
              <p id={`${id}-text`} className="checklist-text">
                {text}
              </p>
              {item.reasons.length > 0 && (
                <div className="checklist-why">
                  <span className="label-small">{t('analysis.checklist.why')}</span>
                  <ReasonList reasons={item.reasons} />
                </div>
              )}
              <RadioGroup
                id={`${id}-status`}
                label={t('analysis.checklist.status')}
                required={false}
                options={CHECKLIST_STATUSES.map((value) => ({ value, label: t(`options.checklistStatus.${value}`) }))}
                value={entry?.status ?? item.status}
                onChange={(status) => write(item, { status: status as ChecklistEntry['status'] })}
              />
              <div className="field">
                <label htmlFor={`${id}-evidence`} className="label-small">
                  {t('analysis.checklist.evidence')}
                  <span className="visually-hidden"> ({text})</span>
                </label>
                <textarea
                  id={`${id}-evidence`}
                  rows={2}
                  value={entry?.evidence ?? item.evidence}
                  placeholder={t('analysis.checklist.evidenceHelp')}
                  maxLength={LIMITS.longText}
                  onChange={(event) => write(item, { evidence: event.target.value })}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
