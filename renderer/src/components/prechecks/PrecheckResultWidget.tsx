import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/domain/assessment';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useEditor } from '../../stores/editor';
import { ReasonList } from '../common/ReasonList';

/**
 * What the pre-checks lead to: whether a full TIA is required, and why. When it is not, the result is recorded and
 * the user may still choose to go through the full assessment.
 */
export function PrecheckResultWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const evaluation = useEvaluation();
  if (!evaluation) return <p className="muted">{t('map.loadingEvaluation')}</p>;
  const result = evaluation.prechecks;
  const continuing = assessment.prechecks.continueFullAssessment;

  return (
    <div className="precheck-result" aria-live="polite">
      {result.tiaRequired === 'yes' && (
        <div className="notice notice-info">
          <p className="notice-title">{t('map.prechecks.required')}</p>
          <ReasonList reasons={result.reasons} />
        </div>
      )}
      {result.tiaRequired === 'undetermined' && (
        <div className="notice">
          <p className="notice-title">{t('map.prechecks.undetermined')}</p>
          <ReasonList reasons={result.reasons} />
        </div>
      )}
      {result.tiaRequired === 'no' && (
        <div className="notice notice-success">
          <p className="notice-title">
            {t('map.prechecks.notRequired')}
            {result.basis && <span className="badge badge-complete badge-inline">{t(`map.prechecks.basis.${result.basis}`)}</span>}
          </p>
          <ReasonList reasons={result.reasons} />
          <p>{t('map.prechecks.recorded')}</p>
          <div className="checkbox-field">
            <input
              id="precheck-continue"
              type="checkbox"
              checked={continuing}
              aria-describedby="precheck-continue-help"
              onChange={(event) => update('prechecks.continueFullAssessment', event.target.checked)}
            />
            <label htmlFor="precheck-continue">{t('map.prechecks.continue')}</label>
          </div>
          <p id="precheck-continue-help" className="field-help">
            {continuing ? t('map.prechecks.continuing') : t('map.prechecks.continueHelp')}
          </p>
        </div>
      )}
      {result.processorDoesTia && (
        <div className="notice notice-info">
          <p>{t('map.prechecks.processorDoesTia')}</p>
        </div>
      )}
    </div>
  );
}
