export interface FieldProps<T> {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  value: T;
  onChange: (value: T) => void;
}

export const helpId = (id: string): string => `${id}-help`;
