import type { Reason } from '../../../../shared/engine/types';
import { useReasonText } from '../../hooks/useReasonText';

/** The engine's reasons for a conclusion, as sentences. */
export function ReasonList({ reasons, className }: { reasons: readonly Reason[]; className?: string }) {
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className={`reason-list ${className ?? ''}`.trim()}>
      {reasons.map((reason, index) => (
        <li key={`${reason.key}-${index}`}>{text(reason)}</li>
      ))}
    </ul>
  );
}
