import { useTranslation } from 'react-i18next';
import type { Assessment, StepKey } from '../../../../shared/domain/assessment';
import { assessmentCompleteness } from '../../../../shared/wizard/completeness';
import { STEPS } from '../../../../shared/wizard/steps';
import { useEditor } from '../../stores/editor';

interface StepNavProps {
  assessment: Assessment;
  current: StepKey;
}

/** The list of steps with how much of each is answered. */
export function StepNav({ assessment, current }: StepNavProps) {
  const { t } = useTranslation();
  const goToStep = useEditor((state) => state.goToStep);
  const completeness = assessmentCompleteness(assessment);

  return (
    <nav className="step-nav" aria-label={t('stepNav.label')}>
      <ol>
        {STEPS.map((step, index) => {
          const progress = completeness[index];
          const complete = progress?.complete ?? false;
          return (
            <li key={step.key}>
              <button
                type="button"
                className={`step-link${complete ? ' is-complete' : ''}`}
                aria-current={step.key === current ? 'step' : undefined}
                onClick={() => goToStep(step.key)}
              >
                <span className="step-marker" aria-hidden="true">
                  {complete ? '✓' : (step.number ?? '§')}
                </span>
                <span className="step-text">
                  <span className="step-kicker">
                    {step.number === null ? t('stepNav.final') : t('stepNav.step', { number: step.number })}
                  </span>
                  <span className="step-title">{t(step.titleKey)}</span>
                  <span className="step-progress">
                    {t('stepNav.progress', { answered: progress?.answered ?? 0, required: progress?.required ?? 0 })}
                    {complete && <span className="step-complete"> · {t('stepNav.complete')}</span>}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
