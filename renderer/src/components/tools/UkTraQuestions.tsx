import { useTranslation } from 'react-i18next';
import { TRI_STATE, type Assessment, type TriState } from '../../../../shared/domain/assessment';
import { UK_TRA_QUESTION_KEYS, UK_TRA_QUESTIONS, type UkTraQuestionId } from '../../../../shared/scc/regimes';
import { useEditor } from '../../stores/editor';
import { RadioGroup } from '../fields/RadioGroup';
import { TextareaField } from '../fields/TextareaField';

/** The ICO's six transfer risk assessment questions, answered yes / no / unknown with a note each. */
export function UkTraQuestions({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const change = useEditor((state) => state.change);
  const answerOf = (questionId: UkTraQuestionId) => assessment.step2.ukTra.find((a) => a.questionId === questionId);

  const write = (questionId: UkTraQuestionId, patch: { answer?: TriState | ''; note?: string }) =>
    change((current) => {
      const existing = current.step2.ukTra.find((a) => a.questionId === questionId);
      const next = { questionId, answer: existing?.answer ?? '', note: existing?.note ?? '', ...patch };
      const ukTra = existing
        ? current.step2.ukTra.map((a) => (a.questionId === questionId ? next : a))
        : [...current.step2.ukTra, next];
      return { ...current, step2: { ...current.step2, ukTra } };
    });

  return (
    <ol className="tra-questions">
      {UK_TRA_QUESTIONS.map((questionId) => {
        const keys = UK_TRA_QUESTION_KEYS[questionId];
        const entry = answerOf(questionId);
        return (
          <li key={questionId} className="tra-question">
            <RadioGroup
              id={`uk-tra-${questionId}`}
              label={t(keys.textKey)}
              help={t(keys.helpKey)}
              required
              options={TRI_STATE.map((value) => ({ value, label: t(`options.tri.${value}`) }))}
              value={entry?.answer ?? ''}
              onChange={(answer) => write(questionId, { answer: answer as TriState })}
            />
            <TextareaField
              id={`uk-tra-${questionId}-note`}
              label={t('map.regime.uk.traNote')}
              required={false}
              rows={2}
              value={entry?.note ?? ''}
              onChange={(note) => write(questionId, { note })}
            />
          </li>
        );
      })}
    </ol>
  );
}
