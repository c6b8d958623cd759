import { useTranslation } from 'react-i18next';
import { LIMITS, TRI_STATE, type LawAnswer, type LawAssessment } from '../../../../shared/domain/assessment';
import type { QuestionnaireItem } from '../../../../shared/domain/law-library';
import { RadioGroup } from '../fields/RadioGroup';

interface LawQuestionnaireProps {
  baseId: string;
  items: readonly QuestionnaireItem[];
  answers: LawAssessment['answers'];
  onChange: (answers: LawAnswer[]) => void;
}

/** The library's questions about this importer and this data; answers are kept by question id. */
export function LawQuestionnaire({ baseId, items, answers, onChange }: LawQuestionnaireProps) {
  const { t } = useTranslation();
  const answered = items.filter((item) => answers.some((a) => a.questionId === item.id && a.answer !== '')).length;

  const write = (questionId: string, patch: Partial<Omit<LawAnswer, 'questionId'>>) => {
    const existing = answers.find((a) => a.questionId === questionId) ?? { questionId, answer: '', note: '' };
    const changed = { ...existing, ...patch };
    const others = answers.filter((a) => a.questionId !== questionId);
    onChange([...others, changed]);
  };

  if (items.length === 0) return <p className="muted">{t('analysis.laws.questionnaire.noQuestions')}</p>;

  return (
    <div className="questionnaire">
      <p className="field-help">
        {t('analysis.laws.questionnaire.help')}{' '}
        <span className="questionnaire-progress">
          {t('analysis.laws.questionnaire.answered', { answered, total: items.length })}
        </span>
      </p>
      <ol className="questionnaire-list">
        {items.map((item) => {
          const answer = answers.find((a) => a.questionId === item.id);
          const id = `${baseId}-q-${item.id}`;
          return (
            <li key={item.id} className="questionnaire-item">
              <RadioGroup
                id={id}
                label={item.text}
                {...(item.help ? { help: item.help } : {})}
                required={false}
                options={TRI_STATE.map((value) => ({ value, label: t(`options.tri.${value}`) }))}
                value={answer?.answer ?? ''}
                onChange={(value) => write(item.id, { answer: value as LawAnswer['answer'] })}
              />
              <div className="field questionnaire-note">
                <label htmlFor={`${id}-note`} className="label-small">
                  {t('analysis.laws.questionnaire.note')}
                </label>
                <textarea
                  id={`${id}-note`}
                  rows={1}
                  value={answer?.note ?? ''}
                  maxLength={LIMITS.longText}
                  onChange={(event) => write(item.id, { note: event.target.value })}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
