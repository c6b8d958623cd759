import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';

interface ErrorNoticeProps {
  error: AppError;
  /** What was being attempted, e.g. "The file could not be imported." */
  title?: string;
}

/** A failure as the backend reported it: its message and any field-level details. */
export function ErrorNotice({ error, title }: ErrorNoticeProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? t(`errors.${error.code}`, { defaultValue: t('errors.generic') })}</p>
      <p>{error.message}</p>
      {error.details && error.details.length > 0 && (
        <ul className="error-details">
          {error.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="error-code">{t('errors.code', { code: error.code })}</p>
    </div>
  );
}
