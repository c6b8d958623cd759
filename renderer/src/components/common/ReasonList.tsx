import type { Reason } from '../../../../shared/engine/types';
import { useReasonText } from '../../hooks/useReasonText';

/** The engine's reasons as a plain list of sentences; nothing at all when there are none. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-list">
      {reasons.map((reason, index) => (
        <li key={`${reason.key}-${index}`}>{text(reason)}</li>
      ))}
    </ul>
  );
}
