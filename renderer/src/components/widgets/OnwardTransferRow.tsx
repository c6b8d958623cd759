import { useTranslation } from 'react-i18next';
import { LIMITS, type OnwardTransfer } from '../../../../shared/domain/assessment';
import { CountrySelect } from '../fields/CountrySelect';

interface OnwardTransferRowProps {
  row: OnwardTransfer;
  number: number;
  onChange: (row: OnwardTransfer) => void;
  onRemove: () => void;
}

export function OnwardTransferRow({ row, number, onChange, onRemove }: OnwardTransferRowProps) {
  const { t } = useTranslation();
  const base = `onward-${row.id}`;
  return (
    <fieldset className="row-card">
      <legend>{t('widgets.onward.legend', { number })}</legend>
      <div className="row-grid">
        <div className="field">
          <label htmlFor={`${base}-recipient`}>{t('wizard.step1.onward.recipient')}</label>
          <input
            id={`${base}-recipient`}
            type="text"
            value={row.recipient}
            maxLength={LIMITS.shortText}
            onChange={(event) => onChange({ ...row, recipient: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${base}-country`}>{t('wizard.step1.onward.country')}</label>
          <CountrySelect id={`${base}-country`} value={row.country} onChange={(country) => onChange({ ...row, country })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${base}-purpose`}>{t('wizard.step1.onward.purpose')}</label>
        <textarea
          id={`${base}-purpose`}
          rows={2}
          value={row.purpose}
          maxLength={LIMITS.longText}
          onChange={(event) => onChange({ ...row, purpose: event.target.value })}
        />
      </div>
      <div className="row-actions-end">
        <button type="button" className="button button-small button-danger-quiet" onClick={onRemove}>
          {t('wizard.step1.onward.remove', { number })}
        </button>
      </div>
    </fieldset>
  );
}
