import type { ReactNode } from 'react';
import { RequiredMark } from '../common/RequiredMark';
import { helpId } from './FieldProps';

interface FieldShellProps {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  children: ReactNode;
}

/** Label, help text and control of one field, in that order. */
export function FieldShell({ id, label, help, required, children }: FieldShellProps) {
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        {required && <RequiredMark />}
      </div>
      {help && (
        <p id={helpId(id)} className="field-help">
          {help}
        </p>
      )}
      {children}
    </div>
  );
}
