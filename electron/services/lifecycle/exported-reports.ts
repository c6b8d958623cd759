import type Database from 'better-sqlite3';
import type { ExportedReport } from '../../../shared/history/lifecycle';

interface ReportRow {
  file_sha256: string;
  assessment_id: string;
  revision: number;
  content_hash: string;
  exported_at: string;
  language: string;
  signer: string;
  kind: 'signed' | 'countersigned';
}

const toReport = (row: ReportRow): ExportedReport => ({
  fileSha256: row.file_sha256,
  assessmentId: row.assessment_id,
  revision: row.revision,
  contentHash: row.content_hash,
  exportedAt: row.exported_at,
  language: row.language,
  signer: row.signer,
  kind: row.kind,
});

/** The reports exported from the app (migration 5), by file hash; the caller holds the transaction of a write. */
export function createExportedReports(db: Database.Database) {
  const columns = 'file_sha256, assessment_id, revision, content_hash, exported_at, language, signer, kind';
  const statements = {
    // The same bytes exported twice (a deterministic signature) are the same report: the first record stands.
    insert: db.prepare(
      `INSERT INTO exported_reports (${columns})
       VALUES (@file_sha256, @assessment_id, @revision, @content_hash, @exported_at, @language, @signer, @kind)
       ON CONFLICT (file_sha256) DO NOTHING`,
    ),
    byFile: db.prepare<[string], ReportRow>(`SELECT ${columns} FROM exported_reports WHERE file_sha256 = ?`),
    byContent: db.prepare<[string], ReportRow>(
      `SELECT ${columns} FROM exported_reports WHERE content_hash = ? ORDER BY exported_at DESC LIMIT 1`,
    ),
    versionByContent: db.prepare<[string], { assessment_id: string; revision: number }>(
      'SELECT assessment_id, revision FROM assessment_versions WHERE content_hash = ? ORDER BY at DESC LIMIT 1',
    ),
  };

  return {
    /** Returns the record as stored, which is the earlier one when the file was recorded before. */
    record(report: ExportedReport): ExportedReport {
      statements.insert.run({
        file_sha256: report.fileSha256,
        assessment_id: report.assessmentId,
        revision: report.revision,
        content_hash: report.contentHash,
        exported_at: report.exportedAt,
        language: report.language,
        signer: report.signer,
        kind: report.kind,
      });
      return toReport(statements.byFile.get(report.fileSha256) as ReportRow);
    },

    find(fileSha256: string): ExportedReport | null {
      const row = statements.byFile.get(fileSha256);
      return row ? toReport(row) : null;
    },

    /**
     * The version a report belongs to: by the file itself when the app exported it, else by the content hash on its
     * cover, which names the document whatever was done to the file since (another signature, for instance).
     */
    match(fileSha256: string, coverHash: string | null): { assessmentId: string; revision: number } | null {
      const byFile = statements.byFile.get(fileSha256);
      if (byFile) return { assessmentId: byFile.assessment_id, revision: byFile.revision };
      if (!coverHash) return null;
      const byContent = statements.byContent.get(coverHash);
      if (byContent) return { assessmentId: byContent.assessment_id, revision: byContent.revision };
      const version = statements.versionByContent.get(coverHash);
      return version ? { assessmentId: version.assessment_id, revision: version.revision } : null;
    },
  };
}
