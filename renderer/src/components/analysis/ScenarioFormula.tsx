import { formatPercent } from '../../../../shared/chart/format-probability';
import type { FactorEvaluation } from '../../../../shared/engine/types';
import { useLanguage } from '../../i18n';

interface ScenarioFormulaProps {
  label: string;
  factors: readonly FactorEvaluation[];
  which: 'before' | 'after';
  result: number;
}

/** "trigger × p1 × p2 × … = p_s", with the factors a measure lowered marked. */
export function ScenarioFormula({ label, factors, which, result }: ScenarioFormulaProps) {
  const language = useLanguage();
  return (
    <p className="formula">
      <span className="formula-label">{label}: </span>
      <span className="formula-terms">
        {factors.map((factor, index) => {
          const lowered = which === 'after' && factor.after < factor.before;
          return (
            <span key={factor.id}>
              {index > 0 && <span className="formula-op"> × </span>}
              <span className={lowered ? 'formula-term is-lowered' : 'formula-term'} title={factor.label}>
                {formatPercent(which === 'before' ? factor.before : factor.after, language)}
              </span>
            </span>
          );
        })}
        <span className="formula-op"> = </span>
        <strong className="formula-result">{formatPercent(result, language)}</strong>
      </span>
    </p>
  );
}
