import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localiseFigures } from '../../../shared/chart/format-probability';
import type { Reason } from '../../../shared/engine/types';
import { useLanguage } from '../i18n';

/** Turns the engine's reasons ({key, params}) into sentences, the way the report and the CLI word them. */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback((reason: Reason) => t(reason.key, localiseFigures(reason.params ?? {}, language)), [t, language]);
}
