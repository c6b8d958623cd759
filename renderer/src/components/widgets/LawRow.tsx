import { useTranslation } from 'react-i18next';
import { LIMITS, TRI_STATE, type LawAssessment } from '../../../../shared/domain/assessment';
import type { LawEntry } from '../../../../shared/domain/law-library';
import { RadioGroup } from '../fields/RadioGroup';
import { LibraryLawDetails } from './LibraryLawDetails';

interface LawRowProps {
  row: LawAssessment;
  number: number;
  /** The library entry the row assesses, when it came from the library and is still there. */
  libraryLaw: LawEntry | null;
  onChange: (row: LawAssessment) => void;
  onRemove: () => void;
}

export function LawRow({ row, number, libraryLaw, onChange, onRemove }: LawRowProps) {
  const { t } = useTranslation();
  const base = `law-${row.id}`;
  const fromLibrary = row.lawId !== null;
  const title = row.name.trim() || t('widgets.laws.untitled', { number });

  return (
    <fieldset className="row-card law-row">
      <legend>{title}</legend>
      {fromLibrary ? (
        libraryLaw ? (
          <LibraryLawDetails law={libraryLaw} />
        ) : (
          <p className="muted">{t('widgets.laws.goneFromLibrary')}</p>
        )
      ) : (
        <div className="field">
          <label htmlFor={`${base}-name`}>{t('wizard.step3.laws.name')}</label>
          <input
            id={`${base}-name`}
            type="text"
            value={row.name}
            maxLength={LIMITS.shortText}
            aria-required="true"
            onChange={(event) => onChange({ ...row, name: event.target.value })}
          />
        </div>
      )}
      <RadioGroup
        id={`${base}-applies`}
        label={t('wizard.step3.laws.applies')}
        required
        options={TRI_STATE.map((value) => ({ value, label: t(`options.tri.${value}`) }))}
        value={row.applies}
        onChange={(applies) => onChange({ ...row, applies: applies as LawAssessment['applies'] })}
      />
      <div className="field">
        <label htmlFor={`${base}-reasoning`}>{t('wizard.step3.laws.reasoning')}</label>
        <textarea
          id={`${base}-reasoning`}
          rows={3}
          value={row.reasoning}
          maxLength={LIMITS.longText}
          onChange={(event) => onChange({ ...row, reasoning: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-sources`}>{t('wizard.step3.laws.sources')}</label>
        <textarea
          id={`${base}-sources`}
          rows={2}
          value={row.sources}
          maxLength={LIMITS.longText}
          onChange={(event) => onChange({ ...row, sources: event.target.value })}
        />
      </div>
      <div className="row-actions-end">
        <button type="button" className="button button-small button-danger-quiet" onClick={onRemove}>
          {t('wizard.step3.laws.remove', { name: title })}
        </button>
      </div>
    </fieldset>
  );
}
