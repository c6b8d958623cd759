import { LIMITS } from '../../../../shared/domain/assessment';
import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function TextareaField({ id, label, help, required, value, onChange, rows = 4 }: FieldProps<string> & { rows?: number }) {
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={LIMITS.longText}
        aria-required={required}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
