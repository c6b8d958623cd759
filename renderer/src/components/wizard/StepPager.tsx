import { useTranslation } from 'react-i18next';
import type { StepKey } from '../../../../shared/domain/assessment';
import { STEPS } from '../../../../shared/wizard/steps';
import { useEditor } from '../../stores/editor';

/** Previous / Next at the foot of a step. */
export function StepPager({ current }: { current: StepKey }) {
  const { t } = useTranslation();
  const goToStep = useEditor((state) => state.goToStep);
  const index = STEPS.findIndex((step) => step.key === current);
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];

  return (
    <div className="step-pager">
      {previous ? (
        <button type="button" className="button button-secondary" onClick={() => goToStep(previous.key)}>
          <span aria-hidden="true">← </span>
          {t('editor.previous')}
          <span className="pager-target"> · {t(previous.titleKey)}</span>
        </button>
      ) : (
        <span />
      )}
      {next && (
        <button type="button" className="button button-primary" onClick={() => goToStep(next.key)}>
          {t('editor.next')}
          <span className="pager-target"> · {t(next.titleKey)}</span>
          <span aria-hidden="true"> →</span>
        </button>
      )}
    </div>
  );
}
