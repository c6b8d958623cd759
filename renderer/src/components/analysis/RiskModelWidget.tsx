import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment, type RiskModel, type Scenario } from '../../../../shared/domain/assessment';
import { findLaw } from '../../../../shared/domain/law-library';
import { scenariosFromLibrary } from '../../../../shared/engine/from-library';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useEditor } from '../../stores/editor';
import { useLawLibrary } from '../../stores/lawLibrary';
import { ProbabilityChart } from './ProbabilityChart';
import { RiskArithmetic } from './RiskArithmetic';
import { RiskSettings } from './RiskSettings';
import { ScenarioCard } from './ScenarioCard';
import { ownScenario } from './lawRows';

/** Step 3: the quantitative model after Rosenthal, every factor editable with its reason and the arithmetic shown. */
export function RiskModelWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const library = useLawLibrary((state) => state.library);
  const evaluation = useEvaluation();
  const change = useEditor((state) => state.change);
  const risk = assessment.step3.risk;
  const offered = library && evaluation ? scenariosFromLibrary(assessment, library, evaluation.transfers) : [];

  const setRisk = (recipe: (risk: RiskModel) => RiskModel) =>
    change((current) => {
      const next = recipe(current.step3.risk);
      return next === current.step3.risk ? current : { ...current, step3: { ...current.step3, risk: next } };
    });
  const setScenarios = (recipe: (scenarios: Scenario[]) => Scenario[]) =>
    setRisk((current) => {
      const scenarios = recipe(current.scenarios);
      return scenarios === current.scenarios ? current : { ...current, scenarios };
    });

  const addFromLibrary = () =>
    setScenarios((current) => (offered.length === 0 ? current : [...current, ...offered].slice(0, LIMITS.listItems)));

  const addOwn = () => {
    const scenario = ownScenario();
    setScenarios((current) => [...current, scenario]);
    requestAnimationFrame(() => document.getElementById(`scenario-${scenario.id}-name`)?.focus());
  };

  return (
    <div className="risk-model analysis">
      <RiskSettings risk={risk} onChange={(patch) => setRisk((current) => ({ ...current, ...patch }))} />

      <section className="scenarios" aria-labelledby="risk-scenarios-title">
        <h4 id="risk-scenarios-title" className="analysis-subtitle">
          {t('analysis.risk.scenarios')}
        </h4>
        <p className="field-help">{t('analysis.risk.starting')}</p>
        {library && evaluation && (
          <div className="analysis-actions">
            {offered.length > 0 ? (
              <button type="button" className="button button-primary" onClick={addFromLibrary}>
                {t('analysis.risk.addFromLibrary', { count: offered.length })}
              </button>
            ) : (
              <p className="muted">
                {risk.scenarios.some((s) => s.templateId !== null)
                  ? t('analysis.risk.allScenariosAdded')
                  : t('analysis.risk.noLibraryScenarios')}
              </p>
            )}
          </div>
        )}
        {risk.scenarios.length === 0 && <p className="muted">{t('analysis.risk.noScenarios')}</p>}
        <div className="row-list">
          {risk.scenarios.map((scenario, index) => (
            <ScenarioCard
              key={scenario.id}
              scenario={scenario}
              number={index + 1}
              evaluation={evaluation?.risk.scenarios.find((s) => s.id === scenario.id)}
              law={scenario.lawId && library ? (findLaw(library, scenario.lawId) ?? null) : null}
              onChange={(changed) => setScenarios((current) => current.map((s) => (s.id === scenario.id ? changed : s)))}
              onRemove={() => setScenarios((current) => current.filter((s) => s.id !== scenario.id))}
            />
          ))}
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={addOwn}
          disabled={risk.scenarios.length >= LIMITS.listItems}
        >
          <span aria-hidden="true">+ </span>
          {t('analysis.risk.addOwn')}
        </button>
      </section>

      {evaluation && (
        <>
          <RiskArithmetic risk={evaluation.risk} />
          <ProbabilityChart risk={evaluation.risk} />
        </>
      )}
    </div>
  );
}
