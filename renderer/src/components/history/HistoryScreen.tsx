import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../stores/navigation';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { AuditLogTable } from './AuditLogTable';
import { HistoryPagination } from './HistoryPagination';
import { HISTORY_PAGE_SIZE, useAuditLogPage } from './useAuditLogPage';
import { useHistoryVerification } from './useHistoryVerification';
import { VerificationOutcome } from './VerificationOutcome';

/** The audit log of every change, page by page, and the check that its hash chain is unbroken. */
export function HistoryScreen() {
  const { t } = useTranslation();
  const navigate = useNavigation((state) => state.navigate);
  const [offset, setOffset] = useState(0);
  const { page, error, reload } = useAuditLogPage(offset);
  const verification = useHistoryVerification();

  // The entries shown are read again with each check, so that they are the ones the verdict is about.
  const verify = async () => {
    if (verification.state.kind === 'working') return;
    await verification.verify();
    reload();
  };

  return (
    <main id="main" tabIndex={-1} className="screen">
      <div className="screen-title-row">
        <ScreenHeading>{t('history.title')}</ScreenHeading>
        <div className="toolbar">
          {/* Not disabled while a check runs: the button keeps the keyboard focus, and a press while one runs is ignored. */}
          <button type="button" className="button button-primary" aria-busy={verification.state.kind === 'working'} onClick={() => void verify()}>
            {t('history.verify.action')}
          </button>
        </div>
      </div>
      <p className="screen-lead">{t('history.log.lead')}</p>
      <VerificationOutcome state={verification.state} />
      {error && <ErrorNotice title={t('history.log.loadFailed')} error={error} />}
      {page === null && !error && <p className="muted">{t('common.loading')}</p>}
      {page?.total === 0 && <p className="muted">{t('history.log.empty')}</p>}
      {page !== null && page.total > 0 && (
        <>
          <AuditLogTable
            entries={page.entries}
            titles={page.titles}
            onOpen={(assessmentId) => navigate({ name: 'wizard', assessmentId })}
          />
          <HistoryPagination offset={page.offset} limit={HISTORY_PAGE_SIZE} total={page.total} onOffset={setOffset} />
        </>
      )}
    </main>
  );
}
