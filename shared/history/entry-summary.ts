import type { AuditEntry } from './audit';
import type { Translate } from './describe';

/**
 * One short line about an audit entry's details for the history screen. Details are read defensively: an entry may
 * come from an older or newer version of the app, or from a tampered database, so every value is checked before use
 * and anything unexpected gives no summary rather than an error.
 */

function field(details: Record<string, unknown> | null, name: string): unknown {
  return details !== null && Object.prototype.hasOwnProperty.call(details, name) ? details[name] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** The title the entry recorded for its assessment, shown once the assessment itself is gone. */
export function recordedTitle(entry: AuditEntry): string | null {
  return text(field(entry.details, 'title'));
}

function editedCount(details: Record<string, unknown> | null): number | null {
  const changes = field(details, 'changes');
  if (!Array.isArray(changes)) return null;
  return changes.length + count(field(details, 'omitted'));
}

function backupId(details: Record<string, unknown> | null): string | null {
  const backup = field(details, 'backup');
  return backup !== null && typeof backup === 'object' && !Array.isArray(backup) ? text(field(backup as Record<string, unknown>, 'id')) : null;
}

/** Empty when the entry's kind has nothing short to say, or its details are not in the expected shape. */
export function entrySummary(entry: AuditEntry, t: Translate): string {
  const { details } = entry;
  switch (entry.action) {
    case 'edit': {
      const changed = editedCount(details);
      return changed === null ? '' : t('history.log.details.changes', { count: changed });
    }
    case 'approve': {
      const approver = text(field(details, 'approver'));
      return approver === null ? '' : t('history.log.details.approver', { approver });
    }
    case 'restore': {
      const id = backupId(details);
      return id === null ? '' : t('history.log.details.backup', { id });
    }
    case 'import':
    case 'import-pdf': {
      const fileName = text(field(details, 'fileName'));
      return fileName === null ? '' : t('history.log.details.file', { fileName });
    }
    case 'duplicate': {
      const title = text(field(details, 'sourceTitle'));
      return title === null ? '' : t('history.log.details.copyOf', { title });
    }
    default:
      return '';
  }
}
