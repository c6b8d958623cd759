import { useTranslation } from 'react-i18next';
import type { Assessment, StepKey } from '../../../../shared/domain/assessment';
import { assessmentCompleteness } from '../../../../shared/wizard/completeness';
import { STEPS } from '../../../../shared/wizard/steps';
import { useCompletenessContext } from '../../hooks/useCompletenessContext';
import { useEditor } from '../../stores/editor';

interface StepNavProps {
  assessment: Assessment;
  current: StepKey;
}

/** The list of steps with how much of each is answered. */
export function StepNav({ assessment, current }: StepNavProps) {
  const { t } = useTranslation();
  const goToStep = useEditor((state) => state.goToStep);
  const context = useCompletenessContext();
  const completeness = assessmentCompleteness(assessment, context);

  return (
    <nav className="step-nav" aria-label={t('stepNav.label')}>
      <ol>
        {STEPS.map((step, index) => {
          const progress = completeness[index];
          const complete = progress?.complete ?? false;
          const notRequired = step.onlyForFullTia && !context.fullTiaRequired;
          return (
            <li key={step.key}>
              <button
                type="button"
                className={`step-link${complete && !notRequired ? ' is-complete' : ''}${notRequired ? ' is-not-required' : ''}`}
                aria-current={step.key === current ? 'step' : undefined}
                onClick={() => goToStep(step.key)}
              >
                <span className="step-marker" aria-hidden="true">
                  {notRequired ? '–' : complete ? '✓' : (step.number ?? (step.key === 'prechecks' ? '?' : '§'))}
                </span>
                <span className="step-text">
                  <span className="step-kicker">
                    {step.key === 'prechecks'
                      ? t('map.wizard.beforeSteps')
                      : step.number === null
                        ? t('stepNav.final')
                        : t('stepNav.step', { number: step.number })}
                  </span>
                  <span className="step-title">{t(step.titleKey)}</span>
                  <span className="step-progress">
                    {notRequired ? (
                      t('map.wizard.notRequired')
                    ) : (
                      <>
                        {t('stepNav.progress', { answered: progress?.answered ?? 0, required: progress?.required ?? 0 })}
                        {complete && <span className="step-complete"> · {t('stepNav.complete')}</span>}
                      </>
                    )}
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
