import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FACT_TYPES } from '../../../../shared/extraction/types';
import type { VendorDocumentDetail, VendorFact } from '../../../../shared/vendors/profile';
import { ErrorNotice } from '../common/ErrorNotice';
import { evidenceMark, revealAndFocus, suggestionDomId } from './domIds';
import { DocumentText } from './DocumentText';
import { SuggestionGroup } from './SuggestionGroup';
import { useFactDecisions } from './useFactDecisions';
import { VendorGaps } from './VendorGaps';

const EDITABLE = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A document beside the facts it suggests. Choosing a suggestion's sentence scrolls the text to it and focuses it;
 * each highlighted sentence links back to its suggestions. Decisions are saved one by one as they are made, and
 * Ctrl+Z (outside a text field) or the Undo button takes back the last one.
 */
export function DocumentReview({ initial }: { initial: VendorDocumentDetail }) {
  const { t } = useTranslation();
  const { detail, error, status, canUndo, decide, undo } = useFactDecisions(initial);
  const [selected, setSelected] = useState<string | null>(null);
  const [gapStatus, setGapStatus] = useState('');
  const textPane = useRef<HTMLDivElement>(null);
  const textLabelId = useId();
  const suggestionsLabelId = useId();

  const groups = useMemo(() => {
    const byType = new Map<string, VendorFact[]>();
    for (const fact of detail.facts) byType.set(fact.type, [...(byType.get(fact.type) ?? []), fact]);
    return FACT_TYPES.flatMap((type) => {
      const facts = byType.get(type);
      return facts ? [{ type, facts }] : [];
    });
  }, [detail.facts]);
  const count = (decision: VendorFact['decision']) => detail.facts.filter((fact) => fact.decision === decision).length;
  const pendingIds = detail.facts.filter((fact) => fact.decision === 'pending').map((fact) => fact.id);

  const showSentence = useCallback((factId: string) => {
    setSelected(factId);
    revealAndFocus(evidenceMark(textPane.current, factId));
  }, []);

  const showSuggestion = useCallback((factId: string) => {
    setSelected(factId);
    revealAndFocus(document.getElementById(suggestionDomId(factId)));
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !EDITABLE.has(target.tagName)) {
      event.preventDefault();
      void undo();
    }
  };

  return (
    <div className="document-review" onKeyDown={onKeyDown}>
      <div className="document-review-bar">
        <p className="document-review-summary">
          {t('vendorDocs.review.summary', { pending: count('pending'), accepted: count('accepted'), rejected: count('rejected') })}
          {detail.detectedVendor && <span className="muted"> · {t('vendorDocs.review.vendorDetected', { name: detail.detectedVendor.name })}</span>}
        </p>
        <div className="toolbar">
          <button type="button" className="button button-secondary button-small" disabled={!canUndo} aria-keyshortcuts="Control+Z" onClick={() => void undo()}>
            {t('vendorDocs.review.undo')}
          </button>
          <button type="button" className="button button-primary button-small" disabled={pendingIds.length === 0} onClick={() => void decide(pendingIds, 'accepted')}>
            {t('vendorDocs.review.acceptAllPending')} ({pendingIds.length})
          </button>
        </div>
      </div>
      <p role="status" className="status-line document-review-status">
        {status || gapStatus}
      </p>
      {error && <ErrorNotice title={t('vendorDocs.review.saveFailed')} error={error} />}
      <div className="document-review-panes">
        <div className="document-pane">
          <h3 id={textLabelId} className="pane-title">
            {t('vendorDocs.review.document')}
          </h3>
          <DocumentText
            text={detail.text}
            facts={detail.facts}
            selectedFactId={selected}
            onShowSuggestion={showSuggestion}
            paneRef={textPane}
            labelId={textLabelId}
          />
        </div>
        <div className="suggestions-pane">
          <h3 id={suggestionsLabelId} className="pane-title">
            {t('vendorDocs.review.suggestions')}
          </h3>
          <div className="suggestions-scroll" role="region" aria-labelledby={suggestionsLabelId} tabIndex={0}>
            <p className="muted suggestions-hint">{t('vendorDocs.review.undoHint')}</p>
            {groups.length === 0 && <p className="muted">{t('vendorDocs.review.noSuggestions')}</p>}
            {groups.map((group) => (
              <SuggestionGroup
                key={group.type}
                type={group.type}
                facts={group.facts}
                selectedFactId={selected}
                onDecide={(ids, decision, edit) => void decide(ids, decision, edit)}
                onShowSentence={showSentence}
              />
            ))}
            <VendorGaps vendorId={detail.vendorId} gaps={detail.gaps} onStatus={setGapStatus} />
          </div>
        </div>
      </div>
    </div>
  );
}
