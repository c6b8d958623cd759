import { useTranslation } from 'react-i18next';
import { CLAUSE17_OPTIONS, CLAUSE9_OPTIONS, type Assessment, type SccClauses } from '../../../../shared/domain/assessment';
import { sccClauseIssues, sccModulesInUse } from '../../../../shared/scc/clauses';
import { useEditor } from '../../stores/editor';
import { CountryField } from '../fields/CountryField';
import { RadioGroup } from '../fields/RadioGroup';
import { TextField } from '../fields/TextField';
import { ReasonList } from '../common/ReasonList';

/** The agreement-wide options of the SCCs (Clauses 7, 9, 11, 13, 17 and 18), asked only when a transfer uses them. */
export function SccClausesWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  if (!assessment.map.transfers.some((tr) => tr.tool.tool === 'scc')) return <p className="muted">{t('map.clauses.notUsed')}</p>;

  const scc = assessment.step2.scc;
  const set = <K extends keyof SccClauses>(key: K, value: SccClauses[K]) => update(`step2.scc.${key}`, value);
  const modules = [...sccModulesInUse(assessment)].sort((a, b) => a - b);
  const issues = sccClauseIssues(assessment);
  const modules23 = modules.some((m) => m === 2 || m === 3);

  return (
    <div className="scc-clauses">
      <p>
        {modules.length > 0
          ? t('map.clauses.modulesInUse', { modules: modules.join(', ') })
          : t('map.clauses.modulesUnknown')}
      </p>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause7.title')}</legend>
        <div className="checkbox-field">
          <input
            id="scc-clause7"
            type="checkbox"
            checked={scc.clause7Docking}
            aria-describedby="scc-clause7-help"
            onChange={(event) => set('clause7Docking', event.target.checked)}
          />
          <label htmlFor="scc-clause7">{t('map.clauses.clause7.label')}</label>
        </div>
        <p id="scc-clause7-help" className="field-help">
          {t('map.clauses.clause7.help')}
        </p>
      </fieldset>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause9.title')}</legend>
        <RadioGroup
          id="scc-clause9"
          label={t('map.clauses.clause9.label')}
          help={modules23 ? t('map.clauses.clause9.help') : t('map.clauses.clause9.notNeeded')}
          required={modules23}
          options={CLAUSE9_OPTIONS.map((value) => ({ value, label: t(`map.clauses.clause9.${value}`) }))}
          value={scc.clause9Option}
          onChange={(value) => set('clause9Option', value as SccClauses['clause9Option'])}
        />
        {scc.clause9Option === 'general' && (
          <div className="field">
            <label htmlFor="scc-clause9-days">{t('map.clauses.clause9.noticeDays')}</label>
            <p id="scc-clause9-days-help" className="field-help">
              {t('map.clauses.clause9.noticeDaysHelp')}
            </p>
            <input
              id="scc-clause9-days"
              type="number"
              min={0}
              max={365}
              step={1}
              className="input-number"
              value={scc.clause9NoticeDays ?? ''}
              aria-required
              aria-describedby="scc-clause9-days-help"
              onChange={(event) => {
                const raw = event.target.value;
                const days = Number.parseInt(raw, 10);
                set('clause9NoticeDays', raw === '' || Number.isNaN(days) ? null : Math.min(365, Math.max(0, days)));
              }}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause11.title')}</legend>
        <div className="checkbox-field">
          <input
            id="scc-clause11"
            type="checkbox"
            checked={scc.clause11IndependentBody}
            aria-describedby="scc-clause11-help"
            onChange={(event) => set('clause11IndependentBody', event.target.checked)}
          />
          <label htmlFor="scc-clause11">{t('map.clauses.clause11.label')}</label>
        </div>
        <p id="scc-clause11-help" className="field-help">
          {t('map.clauses.clause11.help')}
        </p>
      </fieldset>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause13.title')}</legend>
        <TextField
          id="scc-clause13"
          label={t('map.clauses.clause13.label')}
          help={t('map.clauses.clause13.help')}
          required
          value={scc.clause13Authority}
          onChange={(value) => set('clause13Authority', value)}
        />
      </fieldset>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause17.title')}</legend>
        <RadioGroup
          id="scc-clause17"
          label={t('map.clauses.clause17.label')}
          help={t('map.clauses.clause17.help')}
          required={modules23}
          options={CLAUSE17_OPTIONS.map((value) => ({ value, label: t(`map.clauses.clause17.${value}`) }))}
          value={scc.clause17Option}
          onChange={(value) => set('clause17Option', value as SccClauses['clause17Option'])}
        />
        <CountryField
          id="scc-clause17-law"
          label={t('map.clauses.clause17.law')}
          required
          value={scc.clause17Law}
          onChange={(value) => set('clause17Law', value)}
        />
      </fieldset>

      <fieldset className="clause-group">
        <legend>{t('map.clauses.clause18.title')}</legend>
        <CountryField
          id="scc-clause18"
          label={t('map.clauses.clause18.label')}
          help={t('map.clauses.clause18.help')}
          required
          value={scc.clause18Forum}
          onChange={(value) => set('clause18Forum', value)}
        />
      </fieldset>

      {issues.length > 0 && (
        <div className="notice notice-warning" aria-live="polite">
          <p className="notice-title">{t('map.clauses.issuesTitle')}</p>
          <ReasonList reasons={issues} />
        </div>
      )}
    </div>
  );
}
