import { useTranslation } from 'react-i18next';
import type { Assessment, ChosenMeasure } from '../../../../shared/domain/assessment';
import { MEASURE_GROUPS, MEASURES, USE_CASES_WITHOUT_TECHNICAL_MEASURE } from '../../../../shared/wizard/catalogues';
import { useEditor } from '../../stores/editor';
import { MeasureItem } from './MeasureItem';

export function MeasuresWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
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
    <div className="measures">
      <div className="notice notice-warning" role="note">
        <p className="notice-title">{t('widgets.measures.noticeTitle', { cases: USE_CASES_WITHOUT_TECHNICAL_MEASURE.join(' / ') })}</p>
        <p>{t('wizard.step4.measures.noTechnicalMeasure')}</p>
      </div>
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
