import { useTranslation } from 'react-i18next';
import type { RestoreOutcome } from '../../../../shared/ipc/contract';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** What a restore did, in one status line: which backup, and how the state before it was kept. */
export function useRestoredMessage(): (outcome: RestoreOutcome) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (outcome) =>
    [
      t('backups.restored', { date: formatDateTime(outcome.restored.createdAt, language) }),
      outcome.beforeRestore ? t('backups.keptBefore', { date: formatDateTime(outcome.beforeRestore.createdAt, language) }) : '',
      outcome.damagedFileMovedTo ? t('backups.keptDamaged', { file: outcome.damagedFileMovedTo }) : '',
    ]
      .filter((part) => part !== '')
      .join(' ');
}
