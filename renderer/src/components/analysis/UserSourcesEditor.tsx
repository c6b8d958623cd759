import { useTranslation } from 'react-i18next';
import { LIMITS, type UserSource } from '../../../../shared/domain/assessment';

interface UserSourcesEditorProps {
  baseId: string;
  sources: readonly UserSource[];
  onChange: (sources: UserSource[]) => void;
}

/** The user's own sources for a law (title, address, date), kept with the assessment. */
export function UserSourcesEditor({ baseId, sources, onChange }: UserSourcesEditorProps) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<UserSource>) =>
    onChange(sources.map((source, i) => (i === index ? { ...source, ...patch } : source)));

  const add = () => {
    onChange([...sources, { title: '', url: '', date: '' }]);
    const index = sources.length;
    requestAnimationFrame(() => document.getElementById(`${baseId}-source-${index}-title`)?.focus());
  };

  return (
    <div className="user-sources">
      <h4 className="small-heading">{t('analysis.laws.userSources.title')}</h4>
      {sources.length === 0 && <p className="muted">{t('analysis.laws.userSources.empty')}</p>}
      {sources.map((source, index) => {
        const id = `${baseId}-source-${index}`;
        const number = index + 1;
        return (
          <fieldset key={index} className="user-source">
            <legend className="visually-hidden">{t('analysis.laws.userSources.legend', { number })}</legend>
            <div className="field">
              <label htmlFor={`${id}-title`} className="label-small">
                {t('analysis.laws.userSources.sourceTitle')}
              </label>
              <input
                id={`${id}-title`}
                type="text"
                value={source.title}
                maxLength={LIMITS.shortText}
                onChange={(event) => set(index, { title: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-url`} className="label-small">
                {t('analysis.laws.userSources.url')}
              </label>
              <input
                id={`${id}-url`}
                type="text"
                inputMode="url"
                value={source.url}
                maxLength={LIMITS.shortText}
                onChange={(event) => set(index, { url: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`} className="label-small">
                {t('analysis.laws.userSources.date')}
              </label>
              <input
                id={`${id}-date`}
                type="text"
                placeholder="YYYY-MM-DD"
                value={source.date}
                maxLength={LIMITS.shortText}
                onChange={(event) => set(index, { date: event.target.value })}
              />
            </div>
            <button
              type="button"
              className="button button-small button-danger-quiet user-source-remove"
              onClick={() => onChange(sources.filter((_, i) => i !== index))}
            >
              {t('analysis.laws.userSources.remove', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button-small button-secondary" onClick={add} disabled={sources.length >= LIMITS.listItems}>
        <span aria-hidden="true">+ </span>
        {t('analysis.laws.userSources.add')}
      </button>
    </div>
  );
}
