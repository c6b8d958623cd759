import type Database from 'better-sqlite3';
import type { Assessment } from '../../../shared/domain/assessment';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { AppFailure } from '../../../shared/domain/result';
import { diffAssessments } from '../../../shared/history/diff';
import type { LifecycleState, LifecycleStatus } from '../../../shared/history/lifecycle';
import type { AuditRecorder } from '../audit/audit-log';
import { contentHash } from '../report/content-hash';
import type { LifecycleService } from '../types';
import { requireComplete } from './completeness-check';
import { createExportedReports } from './exported-reports';
import { createLifecycleRows, toStatus, type StateRow } from './lifecycle-rows';
import { createVersionReader } from './versions';

export interface LifecycleServiceDeps {
  now: () => Date;
  /** The local user profile making the change, as the audit log names it. */
  actor: () => string;
  lawLibrary: () => LawLibrary;
  /** The current working revision of an assessment, validated. */
  current: (id: string) => Assessment;
  /** Records every transition in the transaction of the transition; without it nothing is recorded. */
  audit?: AuditRecorder;
}

const STATE_NAMES: Record<LifecycleState, string> = {
  draft: 'a draft',
  'in-review': 'in review',
  approved: 'approved',
  superseded: 'superseded',
  archived: 'archived',
};

function refuse(action: string, state: StateRow, allowed: string): AppFailure {
  return new AppFailure(
    'INVALID_TRANSITION',
    `The assessment “${state.title}” is ${STATE_NAMES[state.lifecycle]}; only an assessment ${allowed} can be ${action}.`,
  );
}

export function createLifecycleService(db: Database.Database, deps: LifecycleServiceDeps): LifecycleService {
  const rows = createLifecycleRows(db);
  const versions = createVersionReader(db);
  const reports = createExportedReports(db);
  const nowIso = () => deps.now().toISOString();

  /** Runs a change holding the write lock from the start, so that its reads, writes and audit entry are one moment. */
  const change = <A extends unknown[]>(run: (...args: A) => LifecycleStatus) => {
    const transaction = db.transaction(run);
    return (...args: A): LifecycleStatus => transaction.immediate(...args);
  };

  const submit = change((id: string) => {
    const state = rows.state(id);
    if (state.lifecycle !== 'draft') throw refuse('submitted for review', state, 'in draft');
    const document = deps.current(id);
    const at = nowIso();
    requireComplete(document, deps.lawLibrary(), at.slice(0, 10));
    rows.keep({ assessmentId: id, revision: state.revision, kind: 'submitted', document, actor: deps.actor(), at });
    rows.setState(id, { ...state, lifecycle: 'in-review' });
    deps.audit?.append('submit', id, { title: state.title, revision: state.revision, contentHash: contentHash(document) });
    return toStatus(id, rows.state(id));
  });

  const returnToDraft = change((id: string, note: string) => {
    const state = rows.state(id);
    if (state.lifecycle !== 'in-review') throw refuse('returned to draft', state, 'in review');
    const trimmed = note.trim();
    rows.keep({ assessmentId: id, revision: state.revision, kind: 'returned', document: deps.current(id), actor: deps.actor(), at: nowIso(), note: trimmed });
    rows.setState(id, { ...state, lifecycle: 'draft' });
    deps.audit?.append('return', id, { title: state.title, revision: state.revision, note: trimmed });
    return toStatus(id, rows.state(id));
  });

  const approve = change((id: string, approval: { approver: string; approvedOn: string; reportSha256?: string | undefined }) => {
    const state = rows.state(id);
    if (state.lifecycle !== 'in-review') throw refuse('approved', state, 'in review');
    const document = deps.current(id);
    const approver = approval.approver.trim();
    rows.keep({
      assessmentId: id,
      revision: state.revision,
      kind: 'approved',
      document,
      actor: deps.actor(),
      at: nowIso(),
      approver,
      approvedOn: approval.approvedOn,
      ...(approval.reportSha256 ? { reportSha256: approval.reportSha256 } : {}),
    });
    rows.setState(id, { lifecycle: 'approved', revision: state.revision, approved_revision: state.revision });
    deps.audit?.append('approve', id, {
      title: state.title,
      revision: state.revision,
      approver,
      approvedOn: approval.approvedOn,
      contentHash: contentHash(document),
      ...(approval.reportSha256 ? { reportSha256: approval.reportSha256 } : {}),
      // The revision approved before is superseded by this one from now on.
      ...(state.approved_revision !== null ? { supersededRevision: state.approved_revision } : {}),
    });
    return toStatus(id, rows.state(id));
  });

  const archive = change((id: string) => {
    const state = rows.state(id);
    if (state.lifecycle === 'archived') throw refuse('archived', state, 'not yet archived');
    rows.keep({ assessmentId: id, revision: state.revision, kind: 'archived', document: deps.current(id), actor: deps.actor(), at: nowIso() });
    rows.setState(id, { ...state, lifecycle: 'archived' });
    deps.audit?.append('archive', id, { title: state.title, revision: state.revision, lifecycleBefore: state.lifecycle });
    return toStatus(id, rows.state(id));
  });

  const unarchive = change((id: string) => {
    const state = rows.state(id);
    if (state.lifecycle !== 'archived') throw refuse('taken out of the archive', state, 'in the archive');
    // The archive keeps no state of its own: the working revision is the approved one, or else a draft.
    const lifecycle: LifecycleState = state.approved_revision === state.revision ? 'approved' : 'draft';
    rows.setState(id, { ...state, lifecycle });
    deps.audit?.append('unarchive', id, { title: state.title, revision: state.revision, lifecycle });
    return toStatus(id, rows.state(id));
  });

  const recordReport = db.transaction((report: Parameters<LifecycleService['recordExportedReport']>[0]) => {
    // A countersignature may come after the assessment was deleted: the report is still recorded, without a title.
    const state = rows.find(report.assessmentId);
    const recorded = reports.record({ ...report, exportedAt: nowIso() });
    deps.audit?.append('report-exported', report.assessmentId, {
      title: state?.title ?? null,
      revision: recorded.revision,
      fileSha256: recorded.fileSha256,
      contentHash: recorded.contentHash,
      kind: recorded.kind,
      signer: recorded.signer,
      language: recorded.language,
    });
    return recorded;
  });

  const documentAt = (id: string, ref: Parameters<LifecycleService['diff']>[1]['from']): Assessment =>
    ref === 'current' ? deps.current(id) : versions.document(id, ref);

  return {
    status: (id) => toStatus(id, rows.state(id)),
    submitForReview: (id) => submit(id),
    returnToDraft: (id, note) => returnToDraft(id, note),
    approve: (id, approval) => approve(id, approval),
    archive: (id) => archive(id),
    unarchive: (id) => unarchive(id),
    history(id) {
      const state = rows.state(id);
      return { status: toStatus(id, state), versions: versions.list(id, state.approved_revision) };
    },
    diff(id, { from, to }) {
      rows.state(id);
      return { changes: diffAssessments(documentAt(id, from), documentAt(id, to)) };
    },
    recordExportedReport: (report) => recordReport.immediate(report),
    findReport: (fileSha256) => reports.find(fileSha256),
    matchReport: (fileSha256, coverHash) => reports.match(fileSha256, coverHash),
  };
}
