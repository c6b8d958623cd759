import type { Assessment } from '../../../shared/domain/assessment';
import type { AuditAction } from '../../../shared/history/audit';
import { diffAssessments } from '../../../shared/history/diff';
import { SHORT_VALUE_CHARS, summariseChanges, truncateText } from '../../../shared/history/summary';

/** The details the assessment store records with each kind of change; every entry names the assessment's title. */

export type EntryDetails = Record<string, unknown>;

/** What a save changed; null when it changed nothing, so that an autosave of an unchanged document adds no entry. */
export function editDetails(previous: Assessment, next: Assessment): EntryDetails | null {
  const changes = diffAssessments(previous, next);
  if (changes.length === 0) return null;
  const summary = summariseChanges(changes);
  return { title: next.title, changes: summary.changes, ...(summary.omitted > 0 ? { omitted: summary.omitted } : {}) };
}

export function importDetails(
  assessment: Assessment,
  file: { fileName: string; migratedFromVersion: number | null; originalId: string },
): EntryDetails {
  return {
    title: assessment.title,
    fileName: truncateText(file.fileName, SHORT_VALUE_CHARS),
    migratedFromVersion: file.migratedFromVersion,
    // The file's own id, when it was taken here and the import got a new one.
    ...(file.originalId !== assessment.id ? { originalId: file.originalId } : {}),
  };
}

export function importAction(kind: 'file' | 'pdf'): AuditAction {
  return kind === 'pdf' ? 'import-pdf' : 'import';
}
