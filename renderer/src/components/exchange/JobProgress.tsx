import { useTranslation } from 'react-i18next';
import type { JobPhase } from '../../../../shared/exchange/jobs';

interface JobProgressProps {
  /** What the job is about, as the progress bar's name: "Export workspace…". */
  label: string;
  phase: JobPhase;
  /** 0 to 1. */
  progress: number;
  cancellable: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

/** A running job: a progress bar that says what is being done, and Cancel while the job can still be stopped. */
export function JobProgress({ label, phase, progress, cancellable, cancelling, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const percent = Math.round(progress * 100);
  const phaseText = t(`exchange.phase.${phase}`);
  return (
    <div className="job-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent} % – ${phaseText}`}
      >
        <div className="progress-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="job-progress-phase">
        {phaseText} {percent} %
      </p>
      {cancellable ? (
        <button type="button" className="button button-secondary" disabled={cancelling} onClick={onCancel}>
          {t('exchange.workspace.cancel')}
        </button>
      ) : (
        <p className="muted">{t('exchange.workspace.finishing')}</p>
      )}
    </div>
  );
}
