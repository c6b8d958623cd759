import type { Reason } from '../../../../shared/engine/types';
import { useReasonText } from '../../hooks/useReasonText';

interface ReasonListProps {
  reasons: readonly Reason[];
  className?: string;
}

/** The engine's reasons as a plain list of sentences; nothing at all when there are none. */
export function ReasonList({ reasons, className = 'reason-list' }: ReasonListProps) {
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className={className}>
      {reasons.map((reason, index) => (
        <li key={`${reason.key}-${index}`}>{text(reason)}</li>
      ))}
    </ul>
  );
}
