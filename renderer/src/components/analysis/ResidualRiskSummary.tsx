import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/chart/format-probability';
import type { RiskEvaluation } from '../../../../shared/engine/types';

/** Before → after over the horizon against the limit; announced politely so choosing a measure reads out the effect. */
export function ResidualRiskSummary({ risk }: { risk: RiskEvaluation }) {
  const { t } = useTranslation();
  const modelled = risk.scenarios.some((s) => s.included);
  return (
    <div className={`residual-risk ${risk.withinLimitAfter ? 'is-within' : 'is-above'}`} aria-live="polite">
      <p className="residual-risk-title">{t('analysis.measures.residualTitle', { years: risk.horizonYears })}</p>
      {modelled ? (
        <p className="residual-risk-figures">
          <span>
            {t('analysis.measures.residual', {
              before: formatPercent(risk.horizonBefore),
              after: formatPercent(risk.horizonAfter),
              limit: formatPercent(risk.acceptableLimit),
            })}
          </span>{' '}
          <span className={`badge ${risk.withinLimitAfter ? 'badge-complete' : 'badge-over-limit'}`}>
            {t(risk.withinLimitAfter ? 'analysis.measures.withinLimit' : 'analysis.measures.aboveLimit')}
          </span>
        </p>
      ) : (
        <p className="muted">{t('analysis.measures.residualNoScenarios')}</p>
      )}
    </div>
  );
}
