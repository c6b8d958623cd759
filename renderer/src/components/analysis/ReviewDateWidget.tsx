import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { useEvaluation } from '../../hooks/useEvaluation';
import { formatDate } from '../../lib/format';
import { useEditor } from '../../stores/editor';
import { DateField } from '../fields/DateField';
import { ReasonList } from '../common/ReasonList';
import { useLanguage } from '../../i18n';

/** Step 6: the proposed review date with its reasons, and the date the user sets. */
export function ReviewDateWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useEditor((state) => state.update);
  const evaluation = useEvaluation();
  const review = evaluation?.review;
  const current = assessment.step6.nextReviewDate;

  return (
    <div className="review-date analysis">
      {review ? (
        <div className="proposal-box">
          <p className="proposal-title">
            {t('analysis.review.proposed', { date: formatDate(review.date, language), months: review.months })}
          </p>
          <ReasonList reasons={review.reasons} />
          {current === review.date ? (
            <p className="proposal-in-use">{t('analysis.review.inUse')}</p>
          ) : (
            <>
              {current !== '' && <p className="muted">{t('analysis.review.differs')}</p>}
              <button type="button" className="button button-secondary" onClick={() => update('step6.nextReviewDate', review.date)}>
                {t('analysis.review.use')}
              </button>
            </>
          )}
        </div>
      ) : (
        <p className="muted">{t('analysis.review.pending')}</p>
      )}
      <DateField
        id="step6-next-review-date"
        label={t('analysis.review.date')}
        required
        value={current}
        onChange={(value) => update('step6.nextReviewDate', value)}
      />
    </div>
  );
}
