import { LIMITS } from '../../../../shared/domain/assessment';
import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function TextField({ id, label, help, required, value, onChange }: FieldProps<string>) {
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={LIMITS.shortText}
        aria-required={required}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldShell>
  );
}
