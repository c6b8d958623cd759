import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parsePercent, percentInputValue, withDecimalMark } from '../../../../shared/chart/format-probability';
import type { Language } from '../../../../shared/i18n';
import { useLanguage } from '../../i18n';
import { useDraftValue } from './useDraftValue';

interface PercentInputProps {
  id: string;
  /** The probability, 0…1. */
  value: number;
  onChange: (value: number) => void;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
}

const inputText = (language: Language) => (value: number) => withDecimalMark(percentInputValue(value), language);

/**
 * A probability typed as a percentage. What the user types stays as typed until it is a valid number, so "0." or an
 * empty field can be passed through on the way to "0.5"; only valid values reach the document. Figures show the
 * decimal mark of the user's language; either mark is accepted.
 */
export function PercentInput({ id, value, onChange, describedBy, invalid = false, required = false }: PercentInputProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [draft, setDraft] = useDraftValue(value, inputText(language), parsePercent);
  const [draftLanguage, setDraftLanguage] = useState(language);
  if (draftLanguage !== language) {
    // The figure as this input wrote it takes the new language's decimal mark; the user's own typing stays.
    if (draft === inputText(draftLanguage)(value)) setDraft(inputText(language)(value));
    setDraftLanguage(language);
  }
  const parsed = parsePercent(draft);

  const badInput = parsed === null;
  const errorId = `${id}-error`;
  const describedByAll = [describedBy, badInput ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <span className="percent-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={invalid || badInput}
          aria-required={required}
          aria-describedby={describedByAll}
          onChange={(event) => {
            setDraft(event.target.value);
            const next = parsePercent(event.target.value);
            if (next !== null) onChange(next);
          }}
        />
        <span className="percent-unit" aria-hidden="true">
          %
        </span>
      </span>
      {badInput && (
        <p id={errorId} className="field-error">
          {t('analysis.risk.invalidPercent')}
        </p>
      )}
    </>
  );
}
