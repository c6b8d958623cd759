import { useTranslation } from 'react-i18next';
import type { StepDefinition } from '../../../../shared/wizard/steps';
import { questionDomId } from './QuestionView';

/** Lists the required questions of the step that are still open, each a shortcut to its field. */
export function OpenQuestions({ step, missing }: { step: StepDefinition; missing: readonly string[] }) {
  const { t } = useTranslation();
  const questions = step.sections.flatMap((section) => section.questions).filter((q) => missing.includes(q.id));

  const jump = (questionId: string, isWidget: boolean) => {
    const target = document.getElementById(questionDomId(questionId));
    const control = isWidget || target?.matches('[role="radiogroup"]');
    const focusable = control ? (target?.querySelector<HTMLElement>('input, select, textarea, button') ?? target) : target;
    focusable?.focus();
    focusable?.scrollIntoView({ block: 'center' });
  };

  if (questions.length === 0) {
    return (
      <p className="open-questions open-questions-done" role="note">
        {t('editor.stepComplete')}
      </p>
    );
  }
  return (
    <section className="open-questions" aria-labelledby="open-questions-title">
      <h2 id="open-questions-title" className="open-questions-title">
        {t('editor.openQuestions', { count: questions.length })}
      </h2>
      <ul>
        {questions.map((question) => (
          <li key={question.id}>
            <button type="button" className="link-button" onClick={() => jump(question.id, question.kind === 'widget')}>
              {t(question.labelKey)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
