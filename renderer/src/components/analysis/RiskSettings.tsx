import { useTranslation } from 'react-i18next';
import { DEFAULT_RISK_LIMIT, LIMITS, type RiskModel } from '../../../../shared/domain/assessment';
import { FieldShell } from '../fields/FieldShell';
import { PercentInput } from './PercentInput';
import { useDraftValue } from './useDraftValue';

const CONFIDENCE_CHOICES = [0, 0.5, 0.9, 0.95, 0.99] as const;
const HORIZON = { min: 1, max: 50 } as const;

function parseHorizon(text: string): number | null {
  const value = Number(text.trim());
  return /^\d+$/.test(text.trim()) && value >= HORIZON.min && value <= HORIZON.max ? value : null;
}

interface RiskSettingsProps {
  risk: RiskModel;
  onChange: (patch: Partial<RiskModel>) => void;
}

/** Horizon, acceptable limit with its source, and the confidence for "at least once every N years". */
export function RiskSettings({ risk, onChange }: RiskSettingsProps) {
  const { t } = useTranslation();
  const [horizonDraft, setHorizonDraft] = useDraftValue(risk.horizonYears, String, parseHorizon);
  const horizonValid = parseHorizon(horizonDraft) !== null;
  const confidenceChoices = CONFIDENCE_CHOICES.includes(risk.confidence as (typeof CONFIDENCE_CHOICES)[number])
    ? CONFIDENCE_CHOICES
    : [...CONFIDENCE_CHOICES, risk.confidence].sort((a, b) => a - b);
  const isZurich =
    risk.horizonYears === DEFAULT_RISK_LIMIT.horizonYears &&
    risk.acceptableLimit === DEFAULT_RISK_LIMIT.acceptableLimit &&
    risk.limitSource === DEFAULT_RISK_LIMIT.source;

  return (
    <fieldset className="risk-settings">
      <legend className="small-heading">{t('analysis.risk.settings')}</legend>
      <div className="risk-settings-grid">
        <FieldShell id="risk-horizon" label={t('analysis.risk.horizon')} help={t('analysis.risk.horizonHelp')} required>
          <input
            id="risk-horizon"
            type="text"
            inputMode="numeric"
            className="input-number"
            value={horizonDraft}
            aria-required="true"
            aria-invalid={!horizonValid}
            aria-describedby={horizonValid ? 'risk-horizon-help' : 'risk-horizon-help risk-horizon-error'}
            onChange={(event) => {
              setHorizonDraft(event.target.value);
              const horizonYears = parseHorizon(event.target.value);
              if (horizonYears !== null) onChange({ horizonYears });
            }}
          />
          {!horizonValid && (
            <p id="risk-horizon-error" className="field-error">
              {t('analysis.risk.invalidNumber', HORIZON)}
            </p>
          )}
        </FieldShell>
        <FieldShell id="risk-limit" label={t('analysis.risk.limit')} help={t('analysis.risk.limitHelp')} required>
          <PercentInput
            id="risk-limit"
            value={risk.acceptableLimit}
            required
            describedBy="risk-limit-help"
            onChange={(acceptableLimit) => onChange({ acceptableLimit })}
          />
        </FieldShell>
        <div className="field">
          <label htmlFor="risk-confidence">{t('analysis.risk.confidence')}</label>
          <p id="risk-confidence-help" className="field-help">
            {t('analysis.risk.confidenceHelp')}
          </p>
          <select
            id="risk-confidence"
            value={String(risk.confidence)}
            aria-describedby="risk-confidence-help"
            onChange={(event) => onChange({ confidence: Number(event.target.value) })}
          >
            {confidenceChoices.map((value) => (
              <option key={value} value={String(value)}>
                {value === 0 ? t('analysis.risk.confidenceAverage') : t('analysis.risk.confidenceValue', { value: Math.round(value * 1000) / 10 })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <FieldShell id="risk-limit-source" label={t('analysis.risk.limitSource')} help={t('analysis.risk.limitSourceHelp')} required>
        <input
          id="risk-limit-source"
          type="text"
          value={risk.limitSource}
          maxLength={LIMITS.shortText}
          aria-required="true"
          aria-describedby="risk-limit-source-help"
          onChange={(event) => onChange({ limitSource: event.target.value })}
        />
      </FieldShell>
      {!isZurich && (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() =>
            onChange({
              horizonYears: DEFAULT_RISK_LIMIT.horizonYears,
              acceptableLimit: DEFAULT_RISK_LIMIT.acceptableLimit,
              limitSource: DEFAULT_RISK_LIMIT.source,
            })
          }
        >
          {t('analysis.risk.useZurich')}
        </button>
      )}
    </fieldset>
  );
}
