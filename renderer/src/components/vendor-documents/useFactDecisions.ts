import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { FactDecision, FactDecisionRequest, VendorDocumentDetail, VendorFact } from '../../../../shared/vendors/profile';
import { client } from '../../client';

export interface FactEdit {
  value: string;
  normalized: string;
}

/** The request that puts a fact back as it was before a decision (and its wording, when the decision changed it). */
function restoring(fact: VendorFact, reworded: boolean): FactDecisionRequest {
  return reworded ? { factId: fact.id, decision: fact.decision, value: fact.value, normalized: fact.normalized } : { factId: fact.id, decision: fact.decision };
}

/**
 * The suggestions of one document and the user's decisions on them. Each decision is saved at once and in order
 * (a queue, so quick clicks cannot overtake each other); the screen shows what the backend stored. Undo replays the
 * state before the last decision.
 */
export function useFactDecisions(initial: VendorDocumentDetail) {
  const { t } = useTranslation();
  const [detail, setDetail] = useState(initial);
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');
  const [undoCount, setUndoCount] = useState(0);
  const latest = useRef(initial);
  const history = useRef<FactDecisionRequest[][]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const send = useCallback(
    (build: (current: VendorDocumentDetail) => { decisions: FactDecisionRequest[]; inverse: FactDecisionRequest[] | null; message: string } | null) => {
      queue.current = queue.current.then(async () => {
        const request = build(latest.current);
        if (!request || request.decisions.length === 0) return;
        const result = await client.decideVendorFacts(latest.current.id, request.decisions);
        if (!result.ok) {
          // An undo that failed stays available, so the user can try it again.
          if (request.inverse === null) history.current.push(request.decisions);
          setUndoCount(history.current.length);
          setError(result.error);
          return;
        }
        latest.current = result.value;
        setDetail(result.value);
        setError(null);
        if (request.inverse) history.current.push(request.inverse);
        setUndoCount(history.current.length);
        setStatus(request.message);
      });
      return queue.current;
    },
    [],
  );

  const decide = useCallback(
    (factIds: readonly string[], decision: FactDecision, edit?: FactEdit) =>
      send((current) => {
        const facts = current.facts.filter((fact) => factIds.includes(fact.id));
        if (facts.length === 0) return null;
        const decisions = facts.map((fact): FactDecisionRequest => ({ factId: fact.id, decision, ...(edit ?? {}) }));
        const inverse = facts.map((fact) => restoring(fact, edit !== undefined));
        const only = facts.length === 1 ? facts[0]! : null;
        const value = edit?.value ?? only?.value ?? '';
        const message =
          only === null
            ? t('vendorDocs.review.acceptedMany', { count: facts.length })
            : decision === 'accepted'
              ? t('vendorDocs.review.accepted', { value })
              : decision === 'rejected'
                ? t('vendorDocs.review.rejected', { value })
                : t('vendorDocs.review.resetDone', { value });
        return { decisions, inverse, message };
      }),
    [send, t],
  );

  const undo = useCallback(
    () =>
      send(() => {
        const inverse = history.current.pop();
        setUndoCount(history.current.length);
        if (!inverse) {
          setStatus(t('vendorDocs.review.nothingToUndo'));
          return null;
        }
        return { decisions: inverse, inverse: null, message: t('vendorDocs.review.undone') };
      }),
    [send, t],
  );

  return { detail, error, status, canUndo: undoCount > 0, decide, undo };
}
