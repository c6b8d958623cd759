import { useTranslation } from 'react-i18next';
import type { LifecycleState } from '../../../../shared/history/lifecycle';

const BADGE_CLASS: Record<LifecycleState, string> = {
  draft: 'badge-draft',
  'in-review': 'badge-info',
  approved: 'badge-complete',
  superseded: 'badge-neutral',
  archived: 'badge-neutral',
};

export function LifecycleBadge({ lifecycle, revision }: { lifecycle: LifecycleState; revision: number }) {
  const { t } = useTranslation();
  return (
    <span className="lifecycle-badge">
      <span className={`badge ${BADGE_CLASS[lifecycle]}`}>{t(`lifecycle.state.${lifecycle}`)}</span>{' '}
      <span className="muted">{t('lifecycle.revision', { revision })}</span>
    </span>
  );
}
