import { useId } from 'react';
import { RequiredMark } from '../common/RequiredMark';
import { helpId } from './FieldProps';

interface RadioGroupProps {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  options: ReadonlyArray<{ value: string; label: string }>;
  /** The chosen option's value, or '' for none. */
  value: string;
  onChange: (value: string) => void;
}

/** Native radio buttons (arrow keys move between them) under a labelled radiogroup. */
export function RadioGroup({ id, label, help, required, options, value, onChange }: RadioGroupProps) {
  const labelId = useId();
  return (
    <div className="field">
      <div className="field-label-row">
        <span id={labelId} className="field-label">
          {label}
        </span>
        {required && <RequiredMark />}
      </div>
      {help && (
        <p id={helpId(id)} className="field-help">
          {help}
        </p>
      )}
      <div
        id={id}
        role="radiogroup"
        className="choice-row"
        aria-labelledby={labelId}
        aria-describedby={help ? helpId(id) : undefined}
        aria-required={required}
      >
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <span key={option.value} className="choice">
              <input
                id={optionId}
                type="radio"
                name={id}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </span>
          );
        })}
      </div>
    </div>
  );
}
