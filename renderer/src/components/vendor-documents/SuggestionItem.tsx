import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactDecision, VendorFact } from '../../../../shared/vendors/profile';
import { suggestionDomId } from './domIds';
import { useFactText } from './factText';
import { SuggestionEditor } from './SuggestionEditor';
import type { FactEdit } from './useFactDecisions';

interface SuggestionItemProps {
  fact: VendorFact;
  selected: boolean;
  onDecide: (decision: FactDecision, edit?: FactEdit) => void;
  onShowSentence: () => void;
}

/**
 * One suggestion: its normalized form, the words the document used, what it adds (a role's data, a recipient's
 * countries), the sentence, and the decision. Accept and Reject are toggles: pressing the pressed one makes the
 * suggestion pending again.
 */
export function SuggestionItem({ fact, selected, onDecide, onShowSentence }: SuggestionItemProps) {
  const { t } = useTranslation();
  const words = useFactText();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const normalized = words.normalized(fact);
  const details = words.details(fact);
  const toggle = (decision: FactDecision) => onDecide(fact.decision === decision ? 'pending' : decision);
  const named = (text: string) => (
    <>
      {text}
      <span className="visually-hidden"> {normalized}</span>
    </>
  );

  return (
    <li className={`suggestion suggestion-${fact.decision}${selected ? ' is-selected' : ''}`}>
      <article id={suggestionDomId(fact.id)} tabIndex={-1} aria-labelledby={titleId} data-fact-type={fact.type}>
        <div className="suggestion-head">
          <p id={titleId} className="suggestion-value">
            {normalized}
          </p>
          <span className={`badge decision-badge decision-${fact.decision}`}>{t(`vendorFacts.decision.${fact.decision}`)}</span>
          {fact.edited && <span className="badge badge-info">{t('vendorDocs.review.edited')}</span>}
        </div>
        {fact.value !== normalized && <p className="suggestion-written">“{fact.value}”</p>}
        {details.length > 0 && <p className="suggestion-details">{details.join(' · ')}</p>}
        <blockquote className="suggestion-sentence">
          {fact.evidence.text}
        </blockquote>
        {editing ? (
          <SuggestionEditor
            fact={fact}
            onCancel={() => setEditing(false)}
            onSave={(edit) => {
              setEditing(false);
              onDecide('accepted', edit);
            }}
          />
        ) : (
          <div className="suggestion-actions">
            <button type="button" className="button button-quiet button-small" onClick={onShowSentence}>
              {named(t('vendorDocs.review.showSentence'))}
            </button>
            <span className="suggestion-decide">
              <button type="button" className="button button-secondary button-small decide-accept" aria-pressed={fact.decision === 'accepted'} onClick={() => toggle('accepted')}>
                {named(t('vendorDocs.review.accept'))}
              </button>
              <button type="button" className="button button-secondary button-small decide-reject" aria-pressed={fact.decision === 'rejected'} onClick={() => toggle('rejected')}>
                {named(t('vendorDocs.review.reject'))}
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setEditing(true)}>
                {named(t('vendorDocs.review.edit'))}
              </button>
            </span>
          </div>
        )}
      </article>
    </li>
  );
}
