import { memo, useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDecision, VendorFact } from '../../../../shared/vendors/profile';
import { evidenceSegments } from '../../lib/evidence-segments';
import { useFactText } from './factText';

interface DocumentTextProps {
  text: string;
  facts: readonly VendorFact[];
  selectedFactId: string | null;
  /** A highlighted sentence was chosen: go to (the first of) its suggestions. */
  onShowSuggestion: (factId: string) => void;
  paneRef: Ref<HTMLDivElement>;
  labelId: string;
}

/** A sentence several suggestions share shows the decision still to make first, then what was accepted. */
function markDecision(facts: readonly VendorFact[]): FactDecision {
  if (facts.some((fact) => fact.decision === 'pending')) return 'pending';
  return facts.some((fact) => fact.decision === 'accepted') ? 'accepted' : 'rejected';
}

/**
 * The document's text with every suggestion's sentence marked and coloured by its decision. The text is cut only at
 * the evidence offsets, so a long policy stays a few hundred nodes. Each mark is followed by a small link back to its
 * suggestions, which is how a keyboard reaches them from the text.
 */
export const DocumentText = memo(function DocumentText({ text, facts, selectedFactId, onShowSuggestion, paneRef, labelId }: DocumentTextProps) {
  const { t } = useTranslation();
  const words = useFactText();
  const byId = useMemo(() => new Map(facts.map((fact) => [fact.id, fact])), [facts]);
  const segments = useMemo(
    () => evidenceSegments(text.length, facts.map((fact) => ({ id: fact.id, start: fact.evidence.start, end: fact.evidence.end }))),
    [text.length, facts],
  );

  return (
    <div ref={paneRef} className="document-text" role="region" aria-labelledby={labelId} tabIndex={0}>
      {segments.map((segment) => {
        const piece = text.slice(segment.start, segment.end);
        if (segment.factIds.length === 0) return <span key={segment.start}>{piece}</span>;
        const marked = segment.factIds.flatMap((id) => byId.get(id) ?? []);
        const first = segment.factIds[0]!;
        const selected = selectedFactId !== null && segment.factIds.includes(selectedFactId);
        const list = marked.map((fact) => `${words.typeLabel(fact.type)}: ${words.normalized(fact)}`).join('; ');
        return (
          <span key={segment.start}>
            <mark
              className={`evidence evidence-${markDecision(marked)}${selected ? ' is-selected' : ''}`}
              data-facts={segment.factIds.join(' ')}
              tabIndex={-1}
              onClick={() => onShowSuggestion(first)}
            >
              {piece}
            </mark>
            <button
              type="button"
              className="evidence-link"
              aria-label={t('vendorDocs.review.markLink', { count: marked.length, list })}
              onClick={() => onShowSuggestion(first)}
            >
              {marked.length}
            </button>
          </span>
        );
      })}
    </div>
  );
});
