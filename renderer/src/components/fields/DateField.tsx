import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function DateField({ id, label, help, required, value, onChange }: FieldProps<string>) {
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <input
        id={id}
        type="date"
        className="input-date"
        value={value}
        aria-required={required}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
