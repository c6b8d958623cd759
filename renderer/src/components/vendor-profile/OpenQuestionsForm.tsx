import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import { OPEN_QUESTION_STATUSES, type OpenQuestion, type VendorProfile } from '../../../../shared/vendors/profile';
import { newRowId } from '../../lib/ids';
import type { SavePart } from './savePart';

/** Questions to the vendor (raised from a document's gaps or written here), with where each one stands. */
export function OpenQuestionsForm({ profile, save }: { profile: VendorProfile; save: SavePart }) {
  const { t } = useTranslation();
  const id = useId();
  const [questions, setQuestions] = useState<OpenQuestion[]>(profile.openQuestions);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const incomplete = questions.some((question) => question.question.trim() === '');

  const set = (questionId: string, patch: Partial<OpenQuestion>) =>
    setQuestions(questions.map((question) => (question.id === questionId ? { ...question, ...patch } : question)));

  const add = () => {
    const question: OpenQuestion = { id: newRowId(), gapId: null, question: '', status: 'open', answer: '' };
    setQuestions([...questions, question]);
    requestAnimationFrame(() => document.getElementById(`${id}-${question.id}-question`)?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (incomplete) return;
    setBusy(true);
    await save({ openQuestions: questions.map((question) => ({ ...question, question: question.question.trim() })) });
    setBusy(false);
  };

  return (
    <form className="profile-part" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h3 id={`${id}-title`} className="profile-part-title">
        {t('vendorProfile.questions.title')}
      </h3>
      {questions.length === 0 && <p className="muted">{t('vendorProfile.questions.none')}</p>}
      <ol className="vendor-questions">
        {questions.map((question, index) => {
          const number = index + 1;
          const field = (name: string) => `${id}-${question.id}-${name}`;
          return (
            <li key={question.id} className="vendor-question">
              <div className="field">
                <label htmlFor={field('question')} className="label-small">
                  {t('vendorProfile.questions.questionOf', { number })}
                </label>
                <textarea
                  id={field('question')}
                  rows={2}
                  value={question.question}
                  maxLength={LIMITS.longText}
                  aria-invalid={tried && question.question.trim() === ''}
                  onChange={(event) => set(question.id, { question: event.target.value })}
                />
              </div>
              <div className="vendor-question-row">
                <div className="field">
                  <label htmlFor={field('status')} className="label-small">
                    <span aria-hidden="true">{t('vendorProfile.questions.status')}</span>
                    <span className="visually-hidden">{t('vendorProfile.questions.statusOf', { number })}</span>
                  </label>
                  <select id={field('status')} value={question.status} onChange={(event) => set(question.id, { status: event.target.value as OpenQuestion['status'] })}>
                    {OPEN_QUESTION_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`vendorProfile.questions.statuses.${status}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={field('answer')} className="label-small">
                    {t('vendorProfile.questions.answerOf', { number })}
                  </label>
                  <textarea
                    id={field('answer')}
                    rows={2}
                    value={question.answer}
                    maxLength={LIMITS.longText}
                    onChange={(event) => set(question.id, { answer: event.target.value })}
                  />
                </div>
                <button type="button" className="button button-danger-quiet button-small" onClick={() => setQuestions(questions.filter((other) => other.id !== question.id))}>
                  <span aria-hidden="true">{t('vendorProfile.questions.remove')}</span>
                  <span className="visually-hidden">{t('vendorProfile.questions.removeOf', { number })}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {tried && incomplete && (
        <p className="field-error" role="alert">
          {t('vendorProfile.questions.incomplete')}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-quiet button-small" onClick={add}>
          {t('vendorProfile.questions.add')}
        </button>
        <button type="submit" className="button button-secondary button-small" disabled={busy}>
          {t('vendorProfile.questions.save')}
        </button>
      </div>
    </form>
  );
}
