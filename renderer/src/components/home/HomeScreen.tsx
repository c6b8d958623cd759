import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/domain/assessment';
import type { AppError } from '../../../../shared/domain/result';
import { useAssessments } from '../../stores/assessments';
import { useNavigation } from '../../stores/navigation';
import { ConfirmDeleteDialog } from '../common/ConfirmDeleteDialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { ScreenHeading } from '../common/ScreenHeading';
import { AssessmentTable } from './AssessmentTable';
import { ImportAssessment } from './ImportAssessment';
import { NewAssessmentDialog } from './NewAssessmentDialog';

export function HomeScreen() {
  const { t } = useTranslation();
  const items = useAssessments((state) => state.items);
  const loadError = useAssessments((state) => state.loadError);
  const load = useAssessments((state) => state.load);
  const duplicate = useAssessments((state) => state.duplicate);
  const remove = useAssessments((state) => state.remove);
  const navigate = useNavigation((state) => state.navigate);

  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AssessmentSummary | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ title: string; error: AppError } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: string) => navigate({ name: 'wizard', assessmentId: id });

  const handleDuplicate = async (summary: AssessmentSummary) => {
    setError(null);
    const result = await duplicate(summary.id);
    if (result.ok) setStatus(t('home.duplicated', { title: result.value.title }));
    else setError({ title: t('home.duplicateFailed'), error: result.error });
  };

  return (
    <main id="main" tabIndex={-1} className="screen home-screen">
      <div className="screen-title-row">
        <ScreenHeading>{t('home.title')}</ScreenHeading>
        <div className="toolbar">
          <ImportAssessment
            onImported={(assessment, migratedFromVersion) => {
              setError(null);
              setStatus(
                migratedFromVersion === null
                  ? t('home.imported', { title: assessment.title })
                  : t('home.importedMigrated', { title: assessment.title, version: migratedFromVersion }),
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

      {items === null && !loadError && <p className="muted">{t('common.loading')}</p>}
      {items !== null && items.length === 0 && (
        <div className="empty-state">
          <p className="empty-state-title">{t('home.emptyTitle')}</p>
          <p>{t('home.emptyText')}</p>
        </div>
      )}
      {items !== null && items.length > 0 && (
        <AssessmentTable
          items={items}
          onOpen={open}
          onDuplicate={(summary) => void handleDuplicate(summary)}
          onDelete={setDeleting}
        />
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
