import { LIMITS } from '../../../../shared/domain/assessment';
import { FieldShell } from '../fields/FieldShell';
import { helpId } from '../fields/FieldProps';

interface IdentityInputProps {
  name: 'name' | 'email' | 'organisation' | 'passphrase' | 'repeat';
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  help?: string;
  problem?: string;
}

/** One field of the identity form; its id is `identity-<name>` so that validation can focus it. */
export function IdentityInput({ name, label, type, autoComplete, value, onChange, required, help, problem }: IdentityInputProps) {
  const id = `identity-${name}`;
  const describedBy = [help ? helpId(id) : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FieldShell id={id} label={label} help={help} required={required}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        maxLength={type === 'password' ? 1024 : LIMITS.shortText}
        aria-required={required}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      )}
    </FieldShell>
  );
}
