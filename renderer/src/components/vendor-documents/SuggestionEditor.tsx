import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/domain/assessment';
import type { VendorFact } from '../../../../shared/vendors/profile';
import { useFactText } from './factText';
import type { FactEdit } from './useFactDecisions';

interface SuggestionEditorProps {
  fact: VendorFact;
  onSave: (edit: FactEdit) => void;
  onCancel: () => void;
}

/** The user's own wording of a suggestion: the value as written and its normalized form, then accepted. */
export function SuggestionEditor({ fact, onSave, onCancel }: SuggestionEditorProps) {
  const { t } = useTranslation();
  const words = useFactText();
  const id = useId();
  const [value, setValue] = useState(fact.value);
  const [normalized, setNormalized] = useState(fact.normalized);
  const choices = words.choices(fact.type);
  const known = choices === null || choices.some((choice) => choice.value === normalized);
  const blank = value.trim() === '' || normalized.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank) onSave({ value: value.trim(), normalized: normalized.trim() });
  };

  return (
    <form className="suggestion-editor" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('vendorDocs.review.value')}</label>
        <input
          id={`${id}-value`}
          type="text"
          autoFocus
          value={value}
          maxLength={LIMITS.shortText}
          aria-invalid={value.trim() === ''}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-normalized`}>{t('vendorDocs.review.normalized')}</label>
        {choices === null ? (
          <input
            id={`${id}-normalized`}
            type="text"
            value={normalized}
            maxLength={LIMITS.shortText}
            aria-invalid={normalized.trim() === ''}
            onChange={(event) => setNormalized(event.target.value)}
          />
        ) : (
          <select id={`${id}-normalized`} value={normalized} onChange={(event) => setNormalized(event.target.value)}>
            {!known && <option value={normalized}>{normalized}</option>}
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary button-small" disabled={blank}>
          {t('vendorDocs.review.saveAndAccept')}
        </button>
      </div>
    </form>
  );
}
