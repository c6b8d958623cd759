import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { SavedView } from '../../../../shared/portfolio/query';
import { usePortfolio } from '../../stores/portfolio';
import { sameView } from '../../../../shared/portfolio/view-state';
import { ErrorNotice } from '../common/ErrorNotice';

interface SavedViewsProps {
  onStatus: (message: string) => void;
}

/** Filters and an order kept under a name: one click brings them back. */
export function SavedViews({ onStatus }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = usePortfolio((state) => state.views);
  const query = usePortfolio((state) => state.query);
  const loadViews = usePortfolio((state) => state.loadViews);
  const saveView = usePortfolio((state) => state.saveView);
  const deleteView = usePortfolio((state) => state.deleteView);
  const applyView = usePortfolio((state) => state.applyView);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [showEmpty, setShowEmpty] = useState(false);
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  useEffect(() => {
    void loadViews().then((result) => {
      if (!result.ok) setError({ title: t('portfolio.views.loadFailed'), error: result.error });
    });
  }, [loadViews, t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setShowEmpty(true);
      return;
    }
    const result = await saveView(name);
    if (!result.ok) {
      setError({ title: t('portfolio.views.saveFailed'), error: result.error });
      return;
    }
    setError(null);
    setNaming(false);
    setName('');
    setShowEmpty(false);
    onStatus(t('portfolio.views.saved', { name: result.value.name }));
  };

  const remove = async (view: SavedView) => {
    const result = await deleteView(view.id);
    if (result.ok) onStatus(t('portfolio.views.deleted', { name: view.name }));
    else setError({ title: t('portfolio.views.deleteFailed'), error: result.error });
  };

  return (
    <section className="saved-views" aria-labelledby="saved-views-heading">
      <h2 id="saved-views-heading" className="small-heading">
        {t('portfolio.views.label')}
      </h2>
      <div className="saved-views-row">
        {views.length === 0 && !naming && <p className="muted saved-views-none">{t('portfolio.views.none')}</p>}
        {views.length > 0 && (
          <ul className="saved-views-list">
            {views.map((view) => (
              <li key={view.id} className="saved-view">
                <button type="button" className="saved-view-apply" aria-pressed={sameView(view.query, query)} onClick={() => applyView(view)}>
                  {view.name}
                </button>
                <button
                  type="button"
                  className="saved-view-delete"
                  aria-label={t('portfolio.views.delete', { name: view.name })}
                  onClick={() => void remove(view)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {naming ? (
          <form className="saved-view-form" onSubmit={(event) => void submit(event)} noValidate>
            <label htmlFor="saved-view-name">{t('portfolio.views.name')}</label>
            <input
              id="saved-view-name"
              type="text"
              autoFocus
              value={name}
              maxLength={100}
              aria-invalid={showEmpty && name.trim() === ''}
              aria-describedby={showEmpty && name.trim() === '' ? 'saved-view-name-error' : undefined}
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setNaming(false);
              }}
            />
            <button type="submit" className="button button-small button-primary">
              {t('portfolio.views.confirmSave')}
            </button>
            <button type="button" className="button button-small button-secondary" onClick={() => setNaming(false)}>
              {t('common.cancel')}
            </button>
            {showEmpty && name.trim() === '' && (
              <p id="saved-view-name-error" className="field-error" role="alert">
                {t('portfolio.views.empty')}
              </p>
            )}
          </form>
        ) : (
          <button type="button" className="button button-small button-secondary" onClick={() => setNaming(true)}>
            {t('portfolio.views.save')}
          </button>
        )}
      </div>
      {error && <ErrorNotice title={error.title} error={error.error} />}
    </section>
  );
}
