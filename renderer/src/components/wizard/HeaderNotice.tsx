import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { ErrorNotice } from '../common/ErrorNotice';

export type HeaderNotice = { kind: 'info'; text: string } | { kind: 'error'; title: string; error: AppError };

/** The outcome of an action started from the wizard header, shown under it until dismissed. */
export function HeaderNoticeView({ notice, onDismiss }: { notice: HeaderNotice | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="header-notice-region">
      <div role="status">{notice?.kind === 'info' && <p className="header-notice-text">{notice.text}</p>}</div>
      {notice?.kind === 'error' && <ErrorNotice title={notice.title} error={notice.error} />}
      {notice && (
        <button type="button" className="button button-small button-quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
