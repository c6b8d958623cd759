import { useTranslation } from 'react-i18next';
import { LAW_VERDICTS, LIMITS, type LawAssessment, type LawVerdict } from '../../../../shared/domain/assessment';
import type { LawEvaluation } from '../../../../shared/engine/types';
import { FieldShell } from '../fields/FieldShell';
import { ReasonList } from '../common/ReasonList';

interface LawVerdictPanelProps {
  baseId: string;
  row: LawAssessment;
  evaluation: LawEvaluation | undefined;
  onChange: (patch: Partial<LawAssessment>) => void;
}

export function VerdictBadge({ verdict }: { verdict: LawVerdict }) {
  const { t } = useTranslation();
  return <span className={`badge verdict-badge verdict-${verdict}`}>{t(`options.verdict.${verdict}`)}</span>;
}

/** The proposed verdict with its reasons, and the user's own verdict with the reason it is required to carry. */
export function LawVerdictPanel({ baseId, row, evaluation, onChange }: LawVerdictPanelProps) {
  const { t } = useTranslation();
  const overriding = row.verdictOverride !== '';
  const missingReason = evaluation ? evaluation.overrideLacksReason : overriding && row.verdictOverrideReason.trim() === '';
  const selectId = `${baseId}-verdict-override`;
  const reasonId = `${baseId}-verdict-reason`;

  return (
    <section className="verdict-panel" aria-labelledby={`${baseId}-verdict-title`}>
      <h4 id={`${baseId}-verdict-title`} className="small-heading">
        {t('analysis.laws.verdict.title')}
      </h4>
      {evaluation ? (
        <div className="verdict-proposal">
          <p>
            <span className="verdict-label">{t('analysis.laws.verdict.proposed')}: </span>
            <VerdictBadge verdict={evaluation.proposed} />
          </p>
          <ReasonList reasons={evaluation.reasons} />
        </div>
      ) : (
        <p className="muted">{t('analysis.laws.verdict.pending')}</p>
      )}
      <div className="field">
        <label htmlFor={selectId}>{t('analysis.laws.verdict.override')}</label>
        <select
          id={selectId}
          value={row.verdictOverride}
          onChange={(event) => onChange({ verdictOverride: event.target.value as LawAssessment['verdictOverride'] })}
        >
          <option value="">{t('analysis.laws.verdict.keepProposal')}</option>
          {LAW_VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {t(`options.verdict.${verdict}`)}
            </option>
          ))}
        </select>
      </div>
      {overriding && (
        <FieldShell id={reasonId} label={t('analysis.laws.verdict.overrideReason')} help={t('analysis.laws.verdict.overrideReasonHelp')} required>
          <textarea
            id={reasonId}
            rows={3}
            value={row.verdictOverrideReason}
            maxLength={LIMITS.longText}
            aria-required="true"
            aria-invalid={missingReason}
            aria-describedby={missingReason ? `${reasonId}-help ${reasonId}-error` : `${reasonId}-help`}
            onChange={(event) => onChange({ verdictOverrideReason: event.target.value })}
          />
          {missingReason && (
            <p id={`${reasonId}-error`} className="field-error">
              {t('analysis.laws.verdict.overrideReasonMissing')}
            </p>
          )}
        </FieldShell>
      )}
    </section>
  );
}
