import { useId, useRef, type ChangeEvent } from 'react';

interface FilePickerProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
}

/**
 * A file input whose visible label looks like a button. The input stays in the accessibility tree and the tab
 * order; its label carries the focus ring.
 */
export function FilePicker({ label, accept, onFile, disabled = false, variant = 'secondary' }: FilePickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing lets the same file be chosen again after a failure.
    if (input.current) input.current.value = '';
    if (file) onFile(file);
  };

  return (
    <span className="file-picker">
      <input
        ref={input}
        id={id}
        type="file"
        className="file-picker-input"
        accept={accept}
        disabled={disabled}
        onChange={handleChange}
      />
      <label htmlFor={id} className={`button button-${variant}${disabled ? ' is-disabled' : ''}`}>
        {label}
      </label>
    </span>
  );
}
