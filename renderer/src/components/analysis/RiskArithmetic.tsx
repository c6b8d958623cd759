import { useTranslation } from 'react-i18next';
import { formatPercent, formatYears } from '../../../../shared/chart/format-probability';
import type { OnceEvery, RiskEvaluation } from '../../../../shared/engine/types';
import { useLanguage } from '../../i18n';

type Side = 'before' | 'after';

/** The combined figures, each with the formula and the numbers that produce it, before and after measures. */
export function RiskArithmetic({ risk }: { risk: RiskEvaluation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const included = risk.scenarios.filter((s) => s.included);
  const annual = (side: Side) => (side === 'before' ? risk.annualBefore : risk.annualAfter);
  const horizon = (side: Side) => (side === 'before' ? risk.horizonBefore : risk.horizonAfter);
  const onceEvery = (side: Side): OnceEvery => (side === 'before' ? risk.onceEveryBefore : risk.onceEveryAfter);
  const within = (side: Side) => (side === 'before' ? risk.withinLimitBefore : risk.withinLimitAfter);
  const confidence = formatPercent(risk.confidence, language);
  const sides: Side[] = ['before', 'after'];

  const combined = (side: Side) => {
    if (included.length === 0) return `= ${formatPercent(0, language)}`;
    const terms = included
      .map((s) => `(1 − ${formatPercent(side === 'before' ? s.annualBefore : s.annualAfter, language)})`)
      .join(' × ');
    return `1 − ${terms} = ${formatPercent(annual(side), language)}`;
  };

  return (
    <section className="risk-arithmetic" aria-labelledby="risk-arithmetic-title">
      <h4 id="risk-arithmetic-title" className="small-heading">
        {t('analysis.risk.arithmetic.title')}
      </h4>
      {included.length === 0 && <p className="muted">{t('analysis.risk.arithmetic.noIncluded')}</p>}
      <div className="table-frame">
        <table className="data-table compact-table arithmetic-table">
          <thead>
            <tr>
              <td />
              <th scope="col">{t('analysis.risk.arithmetic.before')}</th>
              <th scope="col">{t('analysis.risk.arithmetic.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('analysis.risk.arithmetic.combined')}</th>
              {sides.map((side) => (
                <td key={side} className="formula-cell">
                  {combined(side)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('analysis.risk.arithmetic.overHorizon', { years: risk.horizonYears })}</th>
              {sides.map((side) => (
                <td key={side} className="formula-cell">
                  1 − (1 − {formatPercent(annual(side), language)})<sup>{risk.horizonYears}</sup> ={' '}
                  <strong>{formatPercent(horizon(side), language)}</strong>
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('analysis.risk.arithmetic.onceEvery')}</th>
              {sides.map((side) => {
                const every = onceEvery(side);
                return (
                  <td key={side} className="formula-cell">
                    {every.average === null ? (
                      t('analysis.risk.arithmetic.onceEveryNever')
                    ) : (
                      <>
                        <span className="formula-line">
                          {t('analysis.risk.arithmetic.onceEveryAverage', { years: formatYears(every.average, language) })}
                        </span>
                        {every.atConfidence !== null && (
                          <span className="formula-line">
                            {t('analysis.risk.arithmetic.onceEveryConfidence', {
                              confidence,
                              years: formatYears(every.atConfidence, language),
                            })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('analysis.risk.arithmetic.limitRow', { limit: formatPercent(risk.acceptableLimit, language) })}</th>
              {sides.map((side) => (
                <td key={side} className={within(side) ? 'limit-ok' : 'limit-exceeded'}>
                  {t(within(side) ? 'analysis.risk.arithmetic.withinLimit' : 'analysis.risk.arithmetic.aboveLimit', {
                    value: formatPercent(horizon(side), language),
                    limit: formatPercent(risk.acceptableLimit, language),
                    years: risk.horizonYears,
                  })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {risk.limitSource && <p className="muted limit-source">{t('analysis.risk.arithmetic.limitSource', { source: risk.limitSource })}</p>}
    </section>
  );
}
