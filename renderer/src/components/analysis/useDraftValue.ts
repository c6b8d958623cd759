import { useState } from 'react';

/**
 * The text of a numeric input: kept as typed while the user edits (so "0." or an empty field can pass on the way to
 * "0.5"), and replaced by the document's value only when that value changes from elsewhere (e.g. a reset).
 */
export function useDraftValue(
  value: number,
  format: (value: number) => string,
  parse: (text: string) => number | null,
): [string, (text: string) => void] {
  const [draft, setDraft] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Adjusting state while rendering (rather than in an effect) avoids showing the stale text for one frame.
    setSeen(value);
    const parsed = parse(draft);
    if (parsed === null || Math.abs(parsed - value) > 1e-12) setDraft(format(value));
  }
  return [draft, setDraft];
}
