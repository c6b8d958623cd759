import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/history/audit';
import { recordedTitle } from '../../../../shared/history/entry-summary';

interface EntryAssessmentProps {
  entry: AuditEntry;
  titles: ReadonlyMap<string, string>;
  onOpen: (assessmentId: string) => void;
}

/**
 * The assessment an entry is about: its current title, which opens it, while it exists; the title the entry recorded
 * once it is gone; its id when the entry recorded no title.
 */
export function EntryAssessment({ entry, titles, onOpen }: EntryAssessmentProps) {
  const { t } = useTranslation();
  const id = entry.assessmentId;
  if (id === null) return <span className="muted">{t('common.none')}</span>;
  const current = titles.get(id);
  if (current !== undefined) {
    return (
      <button type="button" className="link-button" onClick={() => onOpen(id)}>
        {current}
      </button>
    );
  }
  const recorded = recordedTitle(entry);
  if (recorded !== null) return <span>{t('history.log.deleted', { title: recorded })}</span>;
  return <code>{id}</code>;
}
