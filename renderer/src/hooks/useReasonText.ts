import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../../shared/engine/types';

/** Turns the engine's reasons ({key, params}) into sentences, the way the report and the CLI word them. */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation();
  return useCallback((reason: Reason) => t(reason.key, reason.params ?? {}), [t]);
}
