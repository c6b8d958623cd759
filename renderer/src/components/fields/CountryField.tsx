import { CountrySelect } from './CountrySelect';
import { FieldShell } from './FieldShell';
import { helpId, type FieldProps } from './FieldProps';

export function CountryField({ id, label, help, required, value, onChange }: FieldProps<string>) {
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <CountrySelect id={id} value={value} onChange={onChange} required={required} describedBy={help ? helpId(id) : undefined} />
    </FieldShell>
  );
}
