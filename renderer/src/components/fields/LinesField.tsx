import { useState } from 'react';
import { LIMITS } from '../../../../shared/domain/assessment';
import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim().slice(0, LIMITS.shortText))
    .filter((line) => line !== '')
    .slice(0, LIMITS.listItems);
}

const sameLines = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * One entry per line, stored as a list. The text being typed is kept as typed (blank lines, trailing spaces)
 * and replaced only when the stored list changes from elsewhere.
 */
export function LinesField({ id, label, help, required, value, onChange }: FieldProps<string[]>) {
  const [draft, setDraft] = useState(() => value.join('\n'));
  const shown = sameLines(parseLines(draft), value) ? draft : value.join('\n');

  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <textarea
        id={id}
        value={shown}
        rows={4}
        aria-required={required}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          onChange(parseLines(event.target.value));
        }}
      />
    </FieldShell>
  );
}
