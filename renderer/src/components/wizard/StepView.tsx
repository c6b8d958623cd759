import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { stepCompleteness } from '../../../../shared/wizard/completeness';
import type { StepDefinition } from '../../../../shared/wizard/steps';
import { useCompletenessContext } from '../../hooks/useCompletenessContext';
import { OpenQuestions } from './OpenQuestions';
import { SectionView } from './SectionView';
import { StepReferences } from './StepReferences';

interface StepViewProps {
  step: StepDefinition;
  assessment: Assessment;
}

export function StepView({ step, assessment }: StepViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  // A new step starts at its heading, as a new page would.
  useEffect(() => {
    heading.current?.closest('.wizard-main')?.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [step.key]);

  const context = useCompletenessContext();
  const completeness = stepCompleteness(step, assessment, context);
  const notRequired = step.onlyForFullTia && !context.fullTiaRequired;

  return (
    <article className="step-view">
      <header className="step-header">
        <p className="step-header-kicker">
          {step.key === 'prechecks'
            ? t('map.wizard.beforeSteps')
            : step.number === null
              ? t('stepNav.final')
              : t('editor.stepOf', { number: step.number, total: 6 })}
        </p>
        <h1 id="step-heading" ref={heading} tabIndex={-1} className="step-heading">
          {t(step.titleKey)}
        </h1>
        <p className="step-intro">{t(step.introKey)}</p>
        {notRequired && (
          <p className="notice notice-info" role="note">
            {t('map.wizard.stepNotRequired')}
          </p>
        )}
        <StepReferences references={step.references} />
        <p className="required-legend">
          <span aria-hidden="true">* </span>
          {t('editor.requiredLegend')}
        </p>
      </header>
      {step.sections.map((section) => (
        <SectionView key={section.id} section={section} assessment={assessment} />
      ))}
      <OpenQuestions step={step} missing={completeness.missing} />
    </article>
  );
}
