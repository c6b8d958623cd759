import { completenessContext, type CompletenessContext } from '../../../shared/wizard/completeness';
import { useEditor } from '../stores/editor';
import { useEvaluation } from './useEvaluation';

/** Completeness as the engine sees the open assessment; until the evaluation is ready, every step counts. */
export function useCompletenessContext(): CompletenessContext {
  const evaluation = useEvaluation();
  const assessment = useEditor((state) => state.assessment);
  if (!evaluation || !assessment) return { fullTiaRequired: true };
  return completenessContext(assessment, evaluation);
}
