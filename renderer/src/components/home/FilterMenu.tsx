import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterMenuProps {
  label: string;
  /** How many values are chosen; the button shows it. */
  chosen: number;
  children: ReactNode;
}

/**
 * A button that opens a small panel of choices below it. Escape closes it and returns to the button; so does a
 * click elsewhere or the focus moving on.
 */
export function FilterMenu({ label, chosen, children }: FilterMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="filter-menu"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={`button button-small button-secondary filter-button${chosen > 0 ? ' is-chosen' : ''}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        {chosen > 0 ? t('portfolio.filters.chosen', { label, count: chosen }) : label}
        <span aria-hidden="true" className="filter-caret">
          ▾
        </span>
      </button>
      {open && (
        <div id={panelId} className="filter-panel">
          <fieldset>
            <legend className="visually-hidden">{label}</legend>
            {children}
          </fieldset>
        </div>
      )}
    </div>
  );
}

interface OptionListProps {
  options: { value: string; label: string }[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}

/** Checkboxes: any number of values may be chosen, and a row matches any of them. */
export function CheckboxOptions({ options, chosen, onToggle }: OptionListProps) {
  return (
    <ul className="filter-options">
      {options.map((option) => (
        <li key={option.value}>
          <label className="filter-option">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={() => onToggle(option.value)} />
            {option.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

interface RadioOptionsProps {
  name: string;
  options: { value: string; label: string }[];
  chosen: string;
  onChoose: (value: string) => void;
}

export function RadioOptions({ name, options, chosen, onChoose }: RadioOptionsProps) {
  return (
    <ul className="filter-options">
      {options.map((option) => (
        <li key={option.value}>
          <label className="filter-option">
            <input type="radio" name={name} checked={chosen === option.value} onChange={() => onChoose(option.value)} />
            {option.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
