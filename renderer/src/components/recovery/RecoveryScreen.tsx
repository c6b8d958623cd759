import { useTranslation } from 'react-i18next';
import type { DataHealth } from '../../../../shared/ipc/contract';
import { useDataHealth } from '../../stores/dataHealth';
import { BackupList } from '../backups/BackupList';
import { ScreenHeading } from '../common/ScreenHeading';

type Problem = Exclude<DataHealth, { state: 'ok' }>;

/**
 * Shown at start instead of the other screens when the data cannot be used: what happened, what DTIA Studio found,
 * and, for a damaged database or one from a newer version, the backups to restore from. A folder open in another
 * instance, or one that cannot be read, gets the explanation only.
 */
export function RecoveryScreen({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const canRestore = useDataHealth((state) => state.canRestore);
  // An unreadable folder or file is a matter of permissions, which a restore does not mend.
  const offersRestore = canRestore && (problem.state === 'damaged' || problem.state === 'newer');
  return (
    <main id="main" tabIndex={-1} className="screen narrow-screen">
      <ScreenHeading>{t(`recovery.${problem.state}.title`)}</ScreenHeading>
      <p className="screen-lead">{t(`recovery.${problem.state}.text`)}</p>
      <section className="panel" aria-labelledby="recovery-found">
        <h2 id="recovery-found" className="panel-title">
          {t('recovery.found')}
        </h2>
        <p>{problem.message}</p>
        {problem.details.length > 0 && (
          <ul className="error-details">
            {problem.details.map((detail) => (
              <li key={detail}>{detail}</li>
            ))}
          </ul>
        )}
      </section>
      {offersRestore && (
        <section className="panel" aria-labelledby="recovery-backups">
          <h2 id="recovery-backups" className="panel-title">
            {t('recovery.backupsTitle')}
          </h2>
          {/* After a restore that worked, the health turns 'ok' and the app shows the assessments in place of this screen. */}
          <BackupList replacesDamaged={problem.state === 'damaged'} emptyText={t('recovery.noBackups')} />
        </section>
      )}
    </main>
  );
}
