import { useTranslation } from 'react-i18next';
import type { SigningIdentityInfo } from '../../../../shared/ipc/contract';
import { IdentityDetails } from './IdentityDetails';

interface IdentityCardProps {
  info: SigningIdentityInfo;
  busy: boolean;
  onExport: (format: 'pem' | 'der') => void;
  onDelete: () => void;
}

/** One stored identity; an article named after the person, so each one's buttons can be told apart. */
export function IdentityCard({ info, busy, onExport, onDelete }: IdentityCardProps) {
  const { t } = useTranslation();
  const titleId = `identity-card-${info.id}`;
  const who = <span className="visually-hidden"> {info.name}</span>;
  return (
    <article className="identity-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="identity-card-title">
        {info.name}
      </h3>
      <IdentityDetails info={info} />
      <div className="form-actions">
        <button type="button" className="button button-small button-secondary" disabled={busy} onClick={() => onExport('pem')}>
          {t('identity.export.pem')}
          {who}
        </button>
        <button type="button" className="button button-small button-secondary" disabled={busy} onClick={() => onExport('der')}>
          {t('identity.export.der')}
          {who}
        </button>
        <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
          {t('identity.delete.open')}
          {who}
        </button>
      </div>
    </article>
  );
}
