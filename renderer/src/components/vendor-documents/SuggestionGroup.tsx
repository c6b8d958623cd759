import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactType } from '../../../../shared/extraction/types';
import type { FactDecision, VendorFact } from '../../../../shared/vendors/profile';
import { useFactText } from './factText';
import { SuggestionItem } from './SuggestionItem';
import type { FactEdit } from './useFactDecisions';

interface SuggestionGroupProps {
  type: FactType;
  facts: readonly VendorFact[];
  selectedFactId: string | null;
  onDecide: (factIds: readonly string[], decision: FactDecision, edit?: FactEdit) => void;
  onShowSentence: (factId: string) => void;
}

/** The suggestions of one fact type, with a way to accept every one still pending. */
export function SuggestionGroup({ type, facts, selectedFactId, onDecide, onShowSentence }: SuggestionGroupProps) {
  const { t } = useTranslation();
  const words = useFactText();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const label = words.typeLabel(type);
  const pending = facts.filter((fact) => fact.decision === 'pending');

  return (
    <section className="suggestion-group" aria-labelledby={headingId}>
      <div className="suggestion-group-head">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="suggestion-group-title">
          {label} <span className="muted">({facts.length})</span>
        </h3>
        {pending.length > 0 && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              onDecide(
                pending.map((fact) => fact.id),
                'accepted',
              );
              // The button goes once nothing is pending; the group's heading keeps the focus in place.
              heading.current?.focus();
            }}
          >
            {t('vendorDocs.review.acceptAllPending')}
            <span className="visually-hidden"> {label}</span> ({pending.length})
          </button>
        )}
      </div>
      <ul className="suggestion-list">
        {facts.map((fact) => (
          <SuggestionItem
            key={fact.id}
            fact={fact}
            selected={fact.id === selectedFactId}
            onDecide={(decision, edit) => onDecide([fact.id], decision, edit)}
            onShowSentence={() => onShowSentence(fact.id)}
          />
        ))}
      </ul>
    </section>
  );
}
