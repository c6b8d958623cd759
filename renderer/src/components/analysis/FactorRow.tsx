import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/chart/format-probability';
import { LIMITS, type Factor } from '../../../../shared/domain/assessment';
import type { FactorEvaluation } from '../../../../shared/engine/types';
import { RequiredMark } from '../common/RequiredMark';
import { PercentInput } from './PercentInput';
import { useLanguage } from '../../i18n';

interface FactorRowProps {
  id: string;
  factor: Factor;
  evaluation: FactorEvaluation | undefined;
  isTrigger: boolean;
  /** The user's own factors carry a label the user writes. */
  labelEditable: boolean;
  onChange: (patch: Partial<Factor>) => void;
  onRemove?: () => void;
}

/** One factor of a scenario: its value, where the default comes from, what the measures make of it, and why. */
export function FactorRow({ id, factor, evaluation, isTrigger, labelEditable, onChange, onRemove }: FactorRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kind = isTrigger ? 'trigger' : factor.kind;
  const label = factor.label.trim() || t(isTrigger ? 'analysis.risk.scenario.untitledTrigger' : 'analysis.risk.scenario.factorLabel');
  const ownFactor = evaluation ? evaluation.defaultValue === null : true;
  const changed = evaluation?.changedFromDefault ?? false;
  const lacksReason = evaluation?.lacksReason ?? false;
  const showReason = ownFactor || changed || factor.reason !== '';
  const applied = evaluation?.appliedMeasures ?? [];

  return (
    <li className={`factor-row${lacksReason ? ' factor-row-invalid' : ''}`}>
      <div className="factor-head">
        <span className={`factor-kind factor-kind-${kind}`}>{t(`analysis.risk.kinds.${kind}`)}</span>
        {labelEditable ? (
          <span className="factor-label-edit">
            <label htmlFor={`${id}-label`} className="visually-hidden">
              {t('analysis.risk.scenario.factorLabel')}
            </label>
            <input
              id={`${id}-label`}
              type="text"
              value={factor.label}
              maxLength={LIMITS.shortText}
              placeholder={t('analysis.risk.scenario.factorLabel')}
              onChange={(event) => onChange({ label: event.target.value })}
            />
          </span>
        ) : (
          <span className="factor-label">{label}</span>
        )}
        <span className="factor-value">
          <label htmlFor={`${id}-p`} className="visually-hidden">
            {t('analysis.risk.scenario.probabilityOf', { label })}
          </label>
          <PercentInput
            id={`${id}-p`}
            value={factor.probability}
            describedBy={`${id}-basis`}
            onChange={(probability) => onChange({ probability })}
          />
        </span>
        {onRemove && (
          <button type="button" className="button button-small button-quiet factor-remove" onClick={onRemove}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t('analysis.risk.scenario.removePrecondition', { label })}</span>
          </button>
        )}
      </div>
      <div id={`${id}-basis`} className="factor-basis">
        {evaluation?.basis ? (
          <p>
            <span className="factor-basis-label">{t('analysis.risk.scenario.basis')}: </span>
            {evaluation.basis}
            {evaluation.defaultValue !== null && (
              <span className={changed ? 'factor-default is-changed' : 'factor-default'}>
                {' '}
                ({t('analysis.risk.scenario.default', { value: formatPercent(evaluation.defaultValue, language) })})
              </span>
            )}
          </p>
        ) : (
          <p>{t('analysis.risk.scenario.noBasis')}</p>
        )}
      </div>
      {applied.length > 0 && evaluation && (
        <p className="factor-after">
          <strong>{t('analysis.risk.scenario.afterMeasures', { value: formatPercent(evaluation.after, language) })}</strong>
          {' — '}
          {applied
            .map((m) => t('analysis.risk.scenario.loweredBy', { measure: t(`measures.${m.measureId}.title`), multiplier: m.multiplier }))
            .join('; ')}
        </p>
      )}
      {showReason && (
        <div className="field factor-reason">
          <div className="field-label-row">
            <label htmlFor={`${id}-reason`} className="label-small">
              {t('analysis.risk.scenario.reasonOf', { label })}
            </label>
            {(changed || ownFactor) && <RequiredMark />}
          </div>
          <textarea
            id={`${id}-reason`}
            rows={1}
            value={factor.reason}
            maxLength={LIMITS.longText}
            aria-required={changed || ownFactor}
            aria-invalid={lacksReason}
            aria-describedby={lacksReason ? `${id}-reason-error` : undefined}
            onChange={(event) => onChange({ reason: event.target.value })}
          />
          {lacksReason && (
            <p id={`${id}-reason-error`} className="field-error">
              {t(ownFactor ? 'analysis.risk.scenario.reasonRequiredOwn' : 'analysis.risk.scenario.reasonRequired')}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
