import { useTranslation } from 'react-i18next';
import { ACCESS_VECTORS, LIMITS, type Factor, type Scenario } from '../../../../shared/domain/assessment';
import type { LawEntry } from '../../../../shared/domain/law-library';
import type { ScenarioEvaluation } from '../../../../shared/engine/types';
import { FactorRow } from './FactorRow';
import { LibraryCaveat } from './LibraryCaveat';
import { ScenarioFormula } from './ScenarioFormula';
import { ownFactor } from './lawRows';

interface ScenarioCardProps {
  scenario: Scenario;
  number: number;
  evaluation: ScenarioEvaluation | undefined;
  law: LawEntry | null;
  onChange: (scenario: Scenario) => void;
  onRemove: () => void;
}

export function ScenarioCard({ scenario, number, evaluation, law, onChange, onRemove }: ScenarioCardProps) {
  const { t } = useTranslation();
  const base = `scenario-${scenario.id}`;
  const own = scenario.templateId === null;
  const title = scenario.name.trim() || t('analysis.risk.scenario.untitled', { number });
  // The evaluation lists the trigger first, then the preconditions in order.
  const factorEvaluation = (factorId: string, index: number) => {
    const evaluated = evaluation?.factors[index];
    return evaluated?.id === factorId ? evaluated : undefined;
  };

  const setPrecondition = (id: string, patch: Partial<Factor>) =>
    onChange({ ...scenario, preconditions: scenario.preconditions.map((f) => (f.id === id ? { ...f, ...patch } : f)) });

  const addPrecondition = () => {
    const factor = ownFactor('other');
    onChange({ ...scenario, preconditions: [...scenario.preconditions, factor] });
    requestAnimationFrame(() => document.getElementById(`${base}-f-${factor.id}-label`)?.focus());
  };

  return (
    <article className={`scenario-card${scenario.included ? '' : ' is-excluded'}`} aria-labelledby={`${base}-title`}>
      <header className="scenario-header">
        <div>
          <h4 id={`${base}-title`} className="scenario-title">
            {title}
          </h4>
          {law && <p className="scenario-law muted">{t('analysis.risk.scenario.law', { name: law.name })}</p>}
        </div>
        <div className="scenario-include choice">
          <input
            id={`${base}-included`}
            type="checkbox"
            checked={scenario.included}
            onChange={(event) => onChange({ ...scenario, included: event.target.checked })}
          />
          <label htmlFor={`${base}-included`}>{t('analysis.risk.scenario.included')}</label>
        </div>
      </header>
      {law && <LibraryCaveat confidence={law.confidence} caveat={law.caveat} />}

      {own && (
        <div className="row-grid">
          <div className="field">
            <label htmlFor={`${base}-name`}>{t('analysis.risk.scenario.name')}</label>
            <input
              id={`${base}-name`}
              type="text"
              value={scenario.name}
              maxLength={LIMITS.shortText}
              onChange={(event) => onChange({ ...scenario, name: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${base}-vector`}>{t('analysis.risk.scenario.vector')}</label>
            <select
              id={`${base}-vector`}
              value={scenario.vector}
              onChange={(event) => onChange({ ...scenario, vector: event.target.value as Scenario['vector'] })}
            >
              {ACCESS_VECTORS.map((vector) => (
                <option key={vector} value={vector}>
                  {t(`analysis.risk.scenario.vectors.${vector}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {!own && <p className="scenario-vector muted">{t(`analysis.risk.scenario.vectors.${scenario.vector}`)}</p>}

      <h5 className="small-heading">{t('analysis.risk.scenario.factors')}</h5>
      <ol className="factor-list">
        <FactorRow
          id={`${base}-f-${scenario.annualTrigger.id}`}
          factor={scenario.annualTrigger}
          evaluation={factorEvaluation(scenario.annualTrigger.id, 0)}
          isTrigger
          labelEditable={own}
          onChange={(patch) => onChange({ ...scenario, annualTrigger: { ...scenario.annualTrigger, ...patch } })}
        />
        {scenario.preconditions.map((factor, index) => {
          const evaluated = factorEvaluation(factor.id, index + 1);
          const ownOne = evaluated ? evaluated.defaultValue === null : true;
          return (
            <FactorRow
              key={factor.id}
              id={`${base}-f-${factor.id}`}
              factor={factor}
              evaluation={evaluated}
              isTrigger={false}
              labelEditable={ownOne}
              onChange={(patch) => setPrecondition(factor.id, patch)}
              onRemove={
                ownOne
                  ? () => onChange({ ...scenario, preconditions: scenario.preconditions.filter((f) => f.id !== factor.id) })
                  : undefined
              }
            />
          );
        })}
      </ol>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={addPrecondition}
        disabled={scenario.preconditions.length >= LIMITS.listItems}
      >
        <span aria-hidden="true">+ </span>
        {t('analysis.risk.scenario.addPrecondition')}
      </button>

      {evaluation && (
        <div className="scenario-arithmetic">
          <ScenarioFormula
            label={t('analysis.risk.scenario.arithmeticBefore')}
            factors={evaluation.factors}
            which="before"
            result={evaluation.annualBefore}
          />
          <ScenarioFormula
            label={t('analysis.risk.scenario.arithmeticAfter')}
            factors={evaluation.factors}
            which="after"
            result={evaluation.annualAfter}
          />
          {!scenario.included && <p className="muted">{t('analysis.risk.scenario.excluded')}</p>}
        </div>
      )}

      <div className="row-actions-end">
        <button type="button" className="button button-small button-danger-quiet" onClick={onRemove}>
          {t('analysis.risk.scenario.remove', { name: title })}
        </button>
      </div>
    </article>
  );
}
