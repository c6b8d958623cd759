import { useTranslation } from 'react-i18next';
import type { Assessment, ChosenMeasure } from '../../../../shared/domain/assessment';
import { MEASURE_GROUPS, MEASURES } from '../../../../shared/wizard/catalogues';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useEditor } from '../../stores/editor';
import { MeasureItem } from './MeasureItem';
import { ResidualRiskSummary } from './ResidualRiskSummary';
import { UseCaseFindings } from './UseCaseFindings';

/** Step 4: the catalogue of measures; choosing one recomputes the residual risk shown at the top. */
export function MeasuresWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const evaluation = useEvaluation();
  const chosen = assessment.step4.measures;

  const write = (measureId: string, next: ChosenMeasure | null) => {
    const others = chosen.filter((m) => m.measureId !== measureId);
    const all = next ? [...others, next] : others;
    // Catalogue order first, then anything the catalogue does not know (kept from imported files).
    const order = (id: string) => {
      const index = MEASURES.findIndex((m) => m.id === id);
      return index === -1 ? MEASURES.length : index;
    };
    update('step4.measures', [...all].sort((a, b) => order(a.measureId) - order(b.measureId)));
  };

  return (
    <div className="measures analysis">
      {evaluation && (
        <div className="measures-top">
          <ResidualRiskSummary risk={evaluation.risk} />
          <UseCaseFindings evaluation={evaluation} />
        </div>
      )}
      <p className="muted">{t('analysis.measures.chosenCount', { count: chosen.length })}</p>
      {MEASURE_GROUPS.map((group) => (
        <fieldset key={group} className="measure-group">
          <legend>{t(`measureGroups.${group}`)}</legend>
          <ul className="check-list">
            {MEASURES.filter((measure) => measure.group === group).map((measure) => (
              <MeasureItem
                key={measure.id}
                measure={measure}
                chosen={chosen.find((m) => m.measureId === measure.id) ?? null}
                onChange={(next) => write(measure.id, next)}
              />
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
