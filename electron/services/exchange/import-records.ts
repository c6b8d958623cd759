import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { choiceFor, keptBothTitle, type ConflictResolution } from '../../../shared/exchange/conflicts';
import type {
  AssessmentRecord,
  ExportedAuditEntry,
  TemplateRecord,
  VendorRecord,
  WorkspaceCounts,
} from '../../../shared/exchange/workspace-format';
import type { AuditRecorder } from '../audit/audit-log';
import { canonicalJson } from '../../../shared/domain/interchange';
import { createRowWriter, prepareRow } from '../database/assessment-store';
import { createConflictLookup, unresolvedConflict } from '../database/import-conflicts';
import { createExportedReports } from '../lifecycle/exported-reports';
import { createLifecycleRows } from '../lifecycle/lifecycle-rows';
import type { SchemaFacts } from './schema-facts';

export interface ImportRecordsDeps {
  now: () => Date;
  newId: () => string;
  lawLibrary: LawLibrary;
  audit: AuditRecorder;
  resolution: ConflictResolution;
  facts: SchemaFacts;
  fileName: string;
  /** Names this import's copy of the other workspace's history. */
  importId: string;
}

function sameDocument(storedText: string, document: Assessment): boolean {
  try {
    return canonicalJson(JSON.parse(storedText)) === canonicalJson(document);
  } catch {
    return false;
  }
}

/**
 * Writes the records of a workspace file; the caller holds the one transaction of the whole import. An assessment
 * whose id is taken here is kept beside the stored one (new id, title "(2)") or replaces it, as the resolution says;
 * an id the resolution leaves open refuses the import. A vendor of the same id is the same vendor: the stored one
 * stays (it gains the names it lacked), unless the resolution is "replace" for all. A template of the same id that
 * differs is kept beside the stored one, or replaces it when the resolution is "replace" for all. The other
 * workspace's audit history is copied, entry by entry as exported, under this import's id.
 */
export function createRecordImporter(db: Database.Database, deps: ImportRecordsDeps) {
  const rows = createRowWriter(db, deps.newId);
  const conflicts = createConflictLookup(db);
  const lifecycle = createLifecycleRows(db);
  const reports = createExportedReports(db);
  const replaceAll = deps.resolution.all === 'replace';
  const statements = {
    deleteAssessment: db.prepare<[string]>('DELETE FROM assessments WHERE id = ?'),
    setVendor: deps.facts.vendorLinks ? db.prepare<[string | null, string, string]>('UPDATE assessments SET vendor_id = ?, vendor_link = ? WHERE id = ?') : null,
    vendorExists: deps.facts.vendors ? db.prepare<[string], { found: number }>('SELECT 1 AS found FROM vendors WHERE id = ?') : null,
    insertVendor: deps.facts.vendors
      ? db.prepare(
          `INSERT INTO vendors (id, name, legal_entity, country, website, notes, created_at, updated_at)
           VALUES (@id, @name, @legalEntity, @country, @website, @notes, @createdAt, @updatedAt)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, legal_entity = excluded.legal_entity, country = excluded.country,
             website = excluded.website, notes = excluded.notes, updated_at = excluded.updated_at`,
        )
      : null,
    insertVendorName: deps.facts.vendors
      ? db.prepare<[string, string]>('INSERT INTO vendor_names (match_key, vendor_id) VALUES (?, ?) ON CONFLICT DO NOTHING')
      : null,
    template: deps.facts.templates ? db.prepare<[string], { document: string; name: string; description: string }>('SELECT document, name, description FROM templates WHERE id = ?') : null,
    templateNameTaken: deps.facts.templates ? db.prepare<[string], { found: number }>('SELECT 1 AS found FROM templates WHERE name = ? LIMIT 1') : null,
    insertTemplate: deps.facts.templates
      ? db.prepare(
          `INSERT INTO templates (id, name, description, document, created_at, updated_at)
           VALUES (@id, @name, @description, @document, @createdAt, @updatedAt)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description, document = excluded.document,
             updated_at = excluded.updated_at`,
        )
      : null,
    historyEntry: deps.facts.importedAudit
      ? db.prepare(
          `INSERT INTO imported_audit_log (import_id, seq, at, actor, action, assessment_id, details, prev_hash, hash)
           VALUES (@importId, @seq, @at, @actor, @action, @assessmentId, @details, @prevHash, @hash)
           ON CONFLICT DO NOTHING`,
        )
      : null,
    freeId: db.prepare<[string], { found: number }>('SELECT 1 AS found FROM assessments WHERE id = ?'),
  };

  const written: WorkspaceCounts = { assessments: 0, versions: 0, vendors: 0, templates: 0, audit: 0, importedAudit: 0 };
  let keptBoth = 0;
  let replaced = 0;

  function newAssessmentId(): string {
    for (;;) {
      const id = deps.newId();
      if (!statements.freeId.get(id)) return id;
    }
  }

  /** The assessment as it is to be stored: under its own id, or as a copy beside the one stored here. */
  function placed(record: AssessmentRecord): { assessment: Assessment; originalId: string | null; replaces: boolean } {
    const source = record.assessment;
    const conflict = conflicts.conflictWith(source);
    if (conflict === null) return { assessment: source, originalId: null, replaces: false };
    const choice = choiceFor(deps.resolution, source.id);
    if (choice === null) throw unresolvedConflict(conflict);
    if (choice === 'replace') {
      rows.remove(source.id);
      // Its kept versions go with it (ON DELETE CASCADE); its exported reports stay on record.
      statements.deleteAssessment.run(source.id);
      replaced += 1;
      return { assessment: source, originalId: null, replaces: true };
    }
    keptBoth += 1;
    return { assessment: { ...source, id: newAssessmentId(), title: conflicts.keptBothTitle(source.title) }, originalId: source.id, replaces: false };
  }

  function linkVendor(id: string, vendor: AssessmentRecord['vendor']): void {
    if (!vendor || !statements.setVendor) return;
    if (vendor.link !== 'auto' && vendor.link !== 'explicit') return;
    if (vendor.id !== null && !statements.vendorExists?.get(vendor.id)) return;
    statements.setVendor.run(vendor.id, vendor.link, id);
  }

  return {
    assessment(record: AssessmentRecord): void {
      const { assessment, originalId, replaces } = placed(record);
      const writtenAt = deps.now().toISOString();
      // Written as it was exported: its own creation and change times, the summary columns derived here and now.
      rows.insert(prepareRow(assessment, deps.lawLibrary, writtenAt.slice(0, 10)), writtenAt);
      lifecycle.setState(assessment.id, { lifecycle: record.lifecycle, revision: record.revision, approved_revision: record.approvedRevision });
      for (const version of record.versions) {
        lifecycle.keep({
          assessmentId: assessment.id,
          revision: version.revision,
          kind: version.kind,
          document: version.document,
          actor: version.actor,
          at: version.at,
          ...(version.approver !== null ? { approver: version.approver } : {}),
          ...(version.approvedOn !== null ? { approvedOn: version.approvedOn } : {}),
          ...(version.reportSha256 !== null ? { reportSha256: version.reportSha256 } : {}),
          ...(version.note !== null ? { note: version.note } : {}),
        });
      }
      for (const report of record.reports) reports.record({ ...report, assessmentId: assessment.id });
      linkVendor(assessment.id, record.vendor);
      deps.audit.append('import', assessment.id, {
        title: assessment.title,
        fileName: deps.fileName,
        importId: deps.importId,
        ...(originalId !== null ? { originalId } : {}),
        ...(replaces ? { replaced: true } : {}),
      });
      written.assessments += 1;
      written.versions += record.versions.length;
    },

    vendor(record: VendorRecord): void {
      if (!statements.insertVendor || !statements.insertVendorName) return;
      if (replaceAll || !statements.vendorExists?.get(record.vendor.id)) statements.insertVendor.run(record.vendor);
      for (const name of record.names) statements.insertVendorName.run(name, record.vendor.id);
      written.vendors += 1;
    },

    template(record: TemplateRecord): void {
      if (!statements.insertTemplate || !statements.template || !statements.templateNameTaken) return;
      const { template, document } = record;
      const stored = statements.template.get(template.id);
      if (stored && stored.name === template.name && stored.description === template.description && sameDocument(stored.document, document)) return;
      if (!stored || replaceAll) {
        statements.insertTemplate.run({ ...template, document: JSON.stringify(document) });
      } else {
        // A different template under the same id: both are kept, the imported one under a new id and name.
        const id = deps.newId();
        const taken = statements.templateNameTaken;
        const name = keptBothTitle(template.name, (candidate) => taken.get(candidate) !== undefined);
        statements.insertTemplate.run({ ...template, id, name, document: JSON.stringify({ ...document, id, title: name }) });
      }
      written.templates += 1;
    },

    /** An entry of the other workspace's own log, under this import's id. */
    history(entry: ExportedAuditEntry): void {
      statements.historyEntry?.run({ importId: deps.importId, ...entry });
      written.audit += 1;
    },

    /** An entry of a history the other workspace had imported, under the id that import gave it. */
    earlierHistory(importId: string, entry: ExportedAuditEntry): void {
      statements.historyEntry?.run({ ...entry, importId });
      written.importedAudit += 1;
    },

    summary: () => ({ counts: written, keptBoth, replaced }),
  };
}
