import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';

interface PassphraseFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The last failure; a wrong passphrase is shown at the field itself. */
  error: AppError | null;
}

/** The passphrase that unlocks the chosen signing identity for this one signature. */
export function PassphraseField({ id, value, onChange, error }: PassphraseFieldProps) {
  const { t } = useTranslation();
  const wrong = error?.code === 'WRONG_PASSPHRASE';
  return (
    <div className="field">
      <label htmlFor={id}>{t('exportPdf.passphrase')}</label>
      <input
        id={id}
        type="password"
        autoComplete="current-password"
        maxLength={1024}
        value={value}
        aria-invalid={wrong ? true : undefined}
        aria-describedby={wrong ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {wrong && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('exportPdf.wrongPassphrase')}
        </p>
      )}
    </div>
  );
}
