import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Result } from '../../../../shared/domain/result';
import type { ConflictResolution } from '../../../../shared/exchange/conflicts';
import type { JobKind, JobStatus, WorkspacePreviewResult } from '../../../../shared/exchange/jobs';
import { client } from '../../client';
import { useLanguage } from '../../i18n';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useAssessments } from '../../stores/assessments';
import { useBackups } from '../../stores/backups';
import { ErrorNotice } from '../common/ErrorNotice';
import { ConflictDialog } from '../exchange/ConflictDialog';
import { JobProgress } from '../exchange/JobProgress';
import { useJobStatus } from '../exchange/useJobStatus';

interface Running {
  id: string;
  kind: JobKind;
}

const FAILURE_TITLES: Record<JobKind, string> = {
  'workspace-export': 'exchange.workspace.exportFailed',
  'workspace-preview': 'exchange.workspace.checkFailed',
  'workspace-import': 'exchange.workspace.importFailed',
};

/**
 * Export of the whole workspace to one file, and import of such a file: each runs as a job in the backend, shown with
 * its progress and a Cancel button. An import checks the file first and asks about assessments already stored here.
 */
export function WorkspaceExchange() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [running, setRunning] = useState<Running | null>(null);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [conflicts, setConflicts] = useState<WorkspacePreviewResult | null>(null);
  const [messages, setMessages] = useState<string[]>([]);
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  const begin = async (kind: JobKind, start: () => Promise<Result<{ jobId: string | null }>>) => {
    setStarting(true);
    setError(null);
    setMessages([]);
    const result = await start();
    setStarting(false);
    if (!result.ok) setError({ title: t(FAILURE_TITLES[kind]), error: result.error });
    else if (result.value.jobId !== null) setRunning({ id: result.value.jobId, kind });
  };

  const importChecked = (fileToken: string, resolution: ConflictResolution) =>
    void begin('workspace-import', () => client.startWorkspaceImport(fileToken, resolution));

  const settle = (status: JobStatus) => {
    setRunning(null);
    setCancelling(false);
    if (status.phase === 'cancelled') {
      setMessages([t(status.kind === 'workspace-export' ? 'exchange.workspace.cancelledExport' : 'exchange.workspace.cancelled')]);
      return;
    }
    if (status.error || !status.result) {
      if (status.error) setError({ title: t(FAILURE_TITLES[status.kind]), error: status.error });
      return;
    }
    const result = status.result;
    if (result.kind === 'workspace-export') {
      setMessages([t('exchange.workspace.exported', { fileName: result.fileName, count: result.counts.assessments, size: formatBytes(result.bytes, language) })]);
    } else if (result.kind === 'workspace-preview') {
      if (result.conflicts.length > 0) setConflicts(result);
      else importChecked(result.fileToken, {});
    } else {
      const { counts } = result;
      setMessages([
        t('exchange.workspace.imported', { fileName: result.fileName, assessments: counts.assessments, vendors: counts.vendors, templates: counts.templates }),
        ...(result.keptBoth > 0 ? [t('exchange.workspace.keptBoth', { count: result.keptBoth })] : []),
        ...(result.replaced > 0 ? [t('exchange.workspace.replaced', { count: result.replaced })] : []),
        ...(result.backup ? [t('exchange.workspace.backedUp', { date: formatDateTime(result.backup.createdAt, language) })] : []),
        result.history.intact
          ? t('exchange.workspace.history', { count: result.history.entries })
          : t('exchange.workspace.historyBroken', { seq: result.history.firstBroken ?? 1 }),
      ]);
      void useAssessments.getState().load();
      void useBackups.getState().load();
    }
  };

  const { status, pollError } = useJobStatus(running?.id ?? null, settle);

  const cancel = async () => {
    if (!running) return;
    setCancelling(true);
    const result = await client.cancelJob(running.id);
    if (!result.ok) {
      setCancelling(false);
      setError({ title: t(FAILURE_TITLES[running.kind]), error: result.error });
    }
  };

  const busy = starting || running !== null || conflicts !== null;
  const progressLabel = t(running?.kind === 'workspace-export' ? 'exchange.workspace.export' : 'exchange.workspace.import');

  return (
    <section className="panel" aria-labelledby="workspace-exchange-title">
      <h2 id="workspace-exchange-title" className="panel-title">
        {t('exchange.workspace.title')}
      </h2>
      <p>{t('exchange.workspace.lead')}</p>
      <div className="toolbar toolbar-start">
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void begin('workspace-export', client.startWorkspaceExport)}>
          {t('exchange.workspace.export')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void begin('workspace-preview', client.previewWorkspaceImport)}>
          {t('exchange.workspace.import')}
        </button>
      </div>
      {running && (
        <JobProgress
          label={progressLabel}
          phase={status?.phase ?? 'starting'}
          progress={status?.progress ?? 0}
          cancellable={status?.cancellable ?? true}
          cancelling={cancelling}
          onCancel={() => void cancel()}
        />
      )}
      {/* A live region like the screen's status line, but of this section: the screen keeps one status for its own news. */}
      <div className="status-line" aria-live="polite">
        {messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
      </div>
      {error && <ErrorNotice title={error.title} error={error.error} />}
      {pollError && <ErrorNotice error={pollError} />}
      {conflicts && (
        <ConflictDialog
          mode="workspace"
          conflicts={conflicts.conflicts}
          onCancel={() => setConflicts(null)}
          onResolve={(resolution) => {
            setConflicts(null);
            importChecked(conflicts.fileToken, resolution);
          }}
        />
      )}
    </section>
  );
}
