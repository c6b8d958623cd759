import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/chart/format-probability';
import { buildProbabilityChart, polylinePoints, type ChartLabel } from '../../../../shared/chart/probability-chart';
import type { RiskEvaluation } from '../../../../shared/engine/types';
import { useLanguage } from '../../i18n';

const SIZE = { width: 640, height: 300 } as const;

function Label({ label, className }: { label: ChartLabel; className: string }) {
  return (
    <text
      className={className}
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      transform={label.rotate ? `rotate(${label.rotate} ${label.x} ${label.y})` : undefined}
    >
      {label.text}
    </text>
  );
}

/** The probability over the years before and after measures, with the acceptable limit; the figures also as a table. */
export function ProbabilityChart({ risk }: { risk: RiskEvaluation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const descId = useId();
  const texts = {
    xAxis: t('analysis.risk.chart.xAxis'),
    yAxis: t('analysis.risk.chart.yAxis'),
    before: t('analysis.risk.chart.before'),
    after: t('analysis.risk.chart.after'),
    limit: t('analysis.risk.chart.limit'),
  };
  const chart = buildProbabilityChart(risk.curve, risk.acceptableLimit, risk.horizonYears, SIZE, texts, language);
  const { plot } = chart;
  const limitLabel = chart.labels.limit;

  return (
    <figure className="probability-chart">
      <svg
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{t('analysis.risk.chart.title')}</title>
        <desc id={descId}>
          {t('analysis.risk.chart.description', {
            years: chart.xDomain.max,
            horizon: risk.horizonYears,
            before: formatPercent(risk.horizonBefore, language),
            after: formatPercent(risk.horizonAfter, language),
            limit: formatPercent(risk.acceptableLimit, language),
          })}
        </desc>
        <g className="chart-grid">
          {chart.yTicks.map((tick) => (
            <line key={`y${tick.value}`} x1={plot.left} x2={plot.right} y1={tick.position} y2={tick.position} />
          ))}
        </g>
        <g className="chart-axis">
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
          {chart.yTicks.map((tick) => (
            <text key={`yl${tick.value}`} x={plot.left - 8} y={tick.position + 4} textAnchor="end">
              {tick.label}
            </text>
          ))}
          {chart.xTicks.map((tick) => (
            <g key={`x${tick.value}`}>
              <line x1={tick.position} x2={tick.position} y1={plot.bottom} y2={plot.bottom + 5} />
              <text x={tick.position} y={plot.bottom + 19} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        <line className="chart-horizon" x1={chart.horizon.x} x2={chart.horizon.x} y1={chart.horizon.y1} y2={chart.horizon.y2} />
        <line className="chart-limit" x1={chart.limit.x1} x2={chart.limit.x2} y1={chart.limit.y} y2={chart.limit.y} />
        <Label label={limitLabel} className="chart-limit-label" />
        <polyline className="chart-before" points={polylinePoints(chart.before)} />
        <polyline className="chart-after" points={polylinePoints(chart.after)} />
        <Label label={chart.labels.xAxis} className="chart-axis-title" />
        <Label label={chart.labels.yAxis} className="chart-axis-title" />
        <g className="chart-legend">
          {chart.legend.map((entry) => (
            <g key={entry.series}>
              <line
                className={`chart-${entry.series}`}
                x1={entry.x}
                x2={entry.x + entry.lineLength}
                y1={entry.y - 4}
                y2={entry.y - 4}
              />
              <text x={entry.x + entry.lineLength + 6} y={entry.y}>
                {entry.text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <details className="chart-table">
        <summary>{t('analysis.risk.chart.tableToggle')}</summary>
        <div className="table-frame">
          <table className="data-table compact-table">
            <caption>{t('analysis.risk.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('analysis.risk.chart.year')}</th>
                <th scope="col">{t('analysis.risk.chart.before')}</th>
                <th scope="col">{t('analysis.risk.chart.after')}</th>
              </tr>
            </thead>
            <tbody>
              {risk.curve.map((point) => (
                <tr key={point.year} className={point.year === risk.horizonYears ? 'is-horizon' : undefined}>
                  <th scope="row">{point.year}</th>
                  <td>{formatPercent(point.before, language)}</td>
                  <td>{formatPercent(point.after, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
