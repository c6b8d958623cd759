import { useTranslation } from 'react-i18next';
import { useEditor } from '../../stores/editor';

/** Where the autosave stands; failures are announced and keep their cause visible while retries go on. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = useEditor((state) => state.save);
  const text =
    save.status === 'pending' || save.status === 'saving'
      ? t('save.saving')
      : save.status === 'error'
        ? t('save.failed')
        : save.status === 'saved'
          ? t('save.saved')
          : t('save.idle');

  return (
    <div className={`save-status save-${save.status}`}>
      <p role="status" className="save-status-text" data-save-state={save.status}>
        <span className="save-dot" aria-hidden="true" />
        {text}
      </p>
      {save.error && (
        <p role="alert" className="save-status-error">
          {save.error.message}
        </p>
      )}
    </div>
  );
}
