import type { CompletenessContext } from '../../../shared/wizard/completeness';
import { useEditor } from '../stores/editor';
import { useEvaluation } from './useEvaluation';

/**
 * Whether the open assessment needs the full TIA: the pre-checks found it required (or could not yet tell), or the
 * user chose to continue anyway. Until the evaluation is ready, every step counts as required.
 */
export function useCompletenessContext(): CompletenessContext {
  const evaluation = useEvaluation();
  const continuing = useEditor((state) => state.assessment?.prechecks.continueFullAssessment ?? false);
  if (!evaluation) return { fullTiaRequired: true };
  return { fullTiaRequired: evaluation.prechecks.tiaRequired !== 'no' || continuing };
}
