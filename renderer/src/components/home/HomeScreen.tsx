import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { PortfolioRow } from '../../../../shared/portfolio/query';
import { todayIso } from '../../lib/format';
import { useAssessments } from '../../stores/assessments';
import { useNavigation } from '../../stores/navigation';
import { usePortfolio } from '../../stores/portfolio';
import { hasFilters, nextSort, withoutFilters } from '../../../../shared/portfolio/view-state';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { ExportCsvButton } from '../portfolio-csv/ExportCsvButton';
import { ScreenHeading } from '../common/ScreenHeading';
import { ActiveFilters } from './ActiveFilters';
import { AssessmentTable } from './AssessmentTable';
import { ImportAssessment } from './ImportAssessment';
import { NewAssessmentDialog } from './NewAssessmentDialog';
import { Pagination } from './Pagination';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioSearch } from './PortfolioSearch';
import { PortfolioSummary } from './PortfolioSummary';
import { SavedViews } from './SavedViews';

export function HomeScreen() {
  const { t } = useTranslation();
  const page = usePortfolio((state) => state.page);
  const query = usePortfolio((state) => state.query);
  const loadError = usePortfolio((state) => state.loadError);
  const refresh = usePortfolio((state) => state.refresh);
  const setQuery = usePortfolio((state) => state.setQuery);
  const duplicate = useAssessments((state) => state.duplicate);
  const remove = useAssessments((state) => state.remove);
  const navigate = useNavigation((state) => state.navigate);
  const searchRef = useRef<HTMLInputElement>(null);

  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PortfolioRow | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const open = (id: string) => navigate({ name: 'wizard', assessmentId: id });

  const handleDuplicate = async (row: PortfolioRow) => {
    setError(null);
    const result = await duplicate(row.id);
    if (result.ok) setStatus(t('home.duplicated', { title: result.value.title }));
    else setError({ title: t('home.duplicateFailed'), error: result.error });
  };

  // Without filters the page's total is the workspace's: nothing to search or filter yet.
  const emptyWorkspace = page !== null && page.total === 0 && !hasFilters(query);

  return (
    <main id="main" tabIndex={-1} className="screen home-screen portfolio-screen">
      <div className="screen-title-row">
        <ScreenHeading>{t('home.title')}</ScreenHeading>
        <div className="toolbar">
          <ImportAssessment
            onImported={({ assessment, migratedFromVersion, replaced }) => {
              setError(null);
              setStatus(
                migratedFromVersion !== null
                  ? t('home.importedMigrated', { title: assessment.title, version: migratedFromVersion })
                  : replaced
                    ? t('home.importedReplaced', { title: assessment.title })
                    : t('home.imported', { title: assessment.title }),
              );
            }}
            onError={(failure) => {
              setStatus('');
              setError({ title: t('home.importFailed'), error: failure });
            }}
          />
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            {t('home.new')}
          </button>
        </div>
      </div>
      <p className="screen-lead">{t('home.lead')}</p>

      <p role="status" className="status-line">
        {status}
      </p>
      {error && <ErrorNotice title={error.title} error={error.error} />}
      {loadError && <ErrorNotice title={t('home.loadFailed')} error={loadError} />}

      {page === null && !loadError && <p className="muted">{t('common.loading')}</p>}
      {emptyWorkspace && (
        <div className="empty-state">
          <p className="empty-state-title">{t('home.emptyTitle')}</p>
          <p>{t('home.emptyText')}</p>
        </div>
      )}
      {page !== null && !emptyWorkspace && (
        <>
          <div className="portfolio-controls" role="search">
            <PortfolioSearch inputRef={searchRef} />
            <PortfolioFilters />
          </div>
          <ActiveFilters />
          <div className="portfolio-list-bar">
            <SavedViews onStatus={setStatus} />
            <ExportCsvButton query={query} />
          </div>
          <PortfolioSummary page={page} />
          {page.total === 0 ? (
            <div className="empty-state">
              <p className="empty-state-title">{t('portfolio.noMatchTitle')}</p>
              <p>{t('portfolio.noMatchText')}</p>
              <button type="button" className="button button-secondary" onClick={() => setQuery(withoutFilters(query))}>
                {t('portfolio.filters.clear')}
              </button>
            </div>
          ) : (
            <>
              <AssessmentTable
                rows={page.rows}
                today={todayIso()}
                sort={query.sort}
                onSort={(column) => setQuery({ sort: nextSort(query.sort, column) })}
                onOpen={open}
                onDuplicate={(row) => void handleDuplicate(row)}
                onDelete={setDeleting}
                onLeaveTop={() => searchRef.current?.focus()}
              />
              <Pagination total={page.total} />
            </>
          )}
        </>
      )}

      {creating && (
        <NewAssessmentDialog
          onClose={() => setCreating(false)}
          onCreated={(assessment) => {
            setCreating(false);
            open(assessment.id);
          }}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          title={t('home.deleteDialog.title', { title: deleting.title })}
          text={t('home.deleteDialog.text', { title: deleting.title })}
          confirmLabel={t('home.deleteDialog.confirm')}
          remove={() => remove(deleting.id)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setStatus(t('home.deleted', { title: deleting.title }));
            setDeleting(null);
          }}
        />
      )}
    </main>
  );
}
