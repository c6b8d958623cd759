import { useTranslation } from 'react-i18next';
import { LIMITS, SCC_MODULES, type Assessment, type SccModule } from '../../../../shared/domain/assessment';
import { sccModuleChoice } from '../../../../shared/domain/scc';
import { useEditor } from '../../stores/editor';
import { SccModuleTable } from './SccModuleTable';

/**
 * Proposes the SCC module from the roles in step 1. A different module can be chosen only once a reason is
 * written down, so that every override is explained in the report.
 */
export function SccModuleWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const choice = sccModuleChoice(assessment);
  const { exporter, importer } = assessment.step1;
  const reason = assessment.step2.sccModuleOverrideReason;
  const override = assessment.step2.sccModuleOverride;
  const hasReason = reason.trim() !== '';

  return (
    <div className="scc-module">
      <p className="scc-proposal">
        {choice.proposed !== null
          ? t('wizard.step2.scc.proposed', {
              module: choice.proposed,
              exporter: t(`options.role.${exporter.role}`),
              importer: t(`options.role.${importer.role}`),
            })
          : t('wizard.step2.scc.noProposal')}
      </p>
      {choice.effective !== null && (
        <p className="scc-effective">
          <strong>{t('widgets.scc.effective', { module: choice.effective })}</strong>{' '}
          {choice.source === 'override' ? t('widgets.scc.sourceOverride') : t('widgets.scc.sourceProposed')}
        </p>
      )}
      <SccModuleTable proposed={choice.proposed} effective={choice.effective} />

      <div className="scc-override">
        <div className="field">
          <label htmlFor="scc-override-reason">{t('wizard.step2.scc.overrideReason')}</label>
          <p id="scc-override-reason-help" className="field-help">
            {t('wizard.step2.scc.overrideReasonHelp')}
          </p>
          <textarea
            id="scc-override-reason"
            rows={3}
            value={reason}
            maxLength={LIMITS.longText}
            aria-describedby="scc-override-reason-help"
            onChange={(event) => update('step2.sccModuleOverrideReason', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="scc-override-module">{t('wizard.step2.scc.override')}</label>
          <select
            id="scc-override-module"
            value={override === null ? '' : String(override)}
            disabled={!hasReason}
            aria-describedby={hasReason ? undefined : 'scc-override-disabled'}
            onChange={(event) =>
              update('step2.sccModuleOverride', event.target.value === '' ? null : (Number(event.target.value) as SccModule))
            }
          >
            <option value="">{t('wizard.step2.scc.keepProposal')}</option>
            {SCC_MODULES.map((module) => (
              <option key={module} value={module}>
                {t('wizard.step2.scc.module', { module })}
              </option>
            ))}
          </select>
          {!hasReason && (
            <p id="scc-override-disabled" className="field-help">
              {t('widgets.scc.reasonFirst')}
            </p>
          )}
        </div>
      </div>

      {choice.overrideLacksReason && (
        <div className="notice notice-warning" role="alert">
          <p>{t('wizard.step2.scc.overrideMissingReason')}</p>
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => update('step2.sccModuleOverride', null)}
          >
            {t('wizard.step2.scc.keepProposal')}
          </button>
        </div>
      )}
    </div>
  );
}
