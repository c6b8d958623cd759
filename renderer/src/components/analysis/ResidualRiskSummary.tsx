import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/chart/format-probability';
import type { RiskEvaluation } from '../../../../shared/engine/types';
import { useLanguage } from '../../i18n';

/** Before → after over the horizon against the limit; announced politely so choosing a measure reads out the effect. */
export function ResidualRiskSummary({ risk }: { risk: RiskEvaluation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const modelled = risk.scenarios.some((s) => s.included);
  return (
    <div className={`residual-risk ${risk.withinLimitAfter ? 'is-within' : 'is-above'}`} aria-live="polite">
      <p className="residual-risk-title">{t('analysis.measures.residualTitle', { years: risk.horizonYears })}</p>
      {modelled ? (
        <p className="residual-risk-figures">
          <span>
            {t('analysis.measures.residual', {
              before: formatPercent(risk.horizonBefore, language),
              after: formatPercent(risk.horizonAfter, language),
              limit: formatPercent(risk.acceptableLimit, language),
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
