import { useTranslation } from 'react-i18next';
import { SCC_MODULES, type SccModule, type Transfer } from '../../../../shared/domain/assessment';
import type { SccModuleEvaluation } from '../../../../shared/engine/types';
import { ReasonList } from '../common/ReasonList';
import { TextareaField } from '../fields/TextareaField';

interface SccModuleChoiceProps {
  transfer: Transfer;
  evaluation: SccModuleEvaluation | null;
  onChange: (patch: { sccModuleOverride?: SccModule | null; sccModuleOverrideReason?: string }) => void;
}

/** The SCC module proposed from the parties' roles, with its reasons, and an override that needs a written reason. */
export function SccModuleChoice({ transfer, evaluation, onChange }: SccModuleChoiceProps) {
  const { t } = useTranslation();
  const base = `tool-${transfer.id}-module`;
  const override = transfer.tool.sccModuleOverride;
  const lacksReason = evaluation?.overrideLacksReason ?? (override !== null && transfer.tool.sccModuleOverrideReason.trim() === '');

  return (
    <div className="scc-module-choice">
      <p className="scc-proposal">
        {evaluation?.proposed
          ? t('map.tools.moduleProposed', { module: evaluation.proposed })
          : t('map.tools.moduleNoProposal')}
        {evaluation?.effective && evaluation.overridden && (
          <span className="badge badge-warning badge-inline">{t('map.tools.moduleInUse', { module: evaluation.effective })}</span>
        )}
      </p>
      {evaluation && <ReasonList reasons={evaluation.reasons} />}
      <div className="row-grid">
        <div className="field">
          <label htmlFor={`${base}-override`}>{t('map.tools.moduleOverride')}</label>
          <select
            id={`${base}-override`}
            value={override === null ? '' : String(override)}
            onChange={(event) => onChange({ sccModuleOverride: event.target.value === '' ? null : (Number(event.target.value) as SccModule) })}
          >
            <option value="">{t('map.tools.keepProposal')}</option>
            {SCC_MODULES.map((module) => (
              <option key={module} value={module}>
                {t('map.tools.module', { module })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {override !== null && (
        <>
          <TextareaField
            id={`${base}-reason`}
            label={t('map.tools.moduleOverrideReason')}
            help={t('map.tools.moduleOverrideReasonHelp')}
            required
            rows={2}
            value={transfer.tool.sccModuleOverrideReason}
            onChange={(sccModuleOverrideReason) => onChange({ sccModuleOverrideReason })}
          />
          {lacksReason && (
            <p className="field-error" role="alert">
              {t('map.tools.moduleOverrideReasonMissing')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
