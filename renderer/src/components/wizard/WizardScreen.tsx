import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findStep } from '../../../../shared/wizard/steps';
import { useEditor } from '../../stores/editor';
import { useLawLibrary } from '../../stores/lawLibrary';
import { useNavigation } from '../../stores/navigation';
import { ErrorNotice } from '../common/ErrorNotice';
import { ExportSignedDialog } from '../export/ExportSignedDialog';
import { StepNav } from './StepNav';
import { StepPager } from './StepPager';
import { StepView } from './StepView';
import { useSaveTriggers } from './useSaveTriggers';
import { WizardHeader } from './WizardHeader';
import { useLanguage } from '../../i18n';

export function WizardScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const assessment = useEditor((state) => state.assessment);
  const loadError = useEditor((state) => state.loadError);
  const step = useEditor((state) => state.step);
  const readOnly = useEditor((state) => state.readOnly);
  const open = useEditor((state) => state.open);
  const navigate = useNavigation((state) => state.navigate);
  const ensureLibrary = useLawLibrary((state) => state.ensureLoaded);
  const language = useLanguage();
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    void open(assessmentId);
  }, [assessmentId, open]);
  useEffect(() => ensureLibrary(language), [ensureLibrary, language]);
  useSaveTriggers();

  if (loadError) {
    return (
      <main id="main" tabIndex={-1} className="screen">
        <ErrorNotice title={t('editor.loadFailed')} error={loadError} />
        <button type="button" className="button button-secondary" onClick={() => navigate({ name: 'home' })}>
          {t('editor.backHome')}
        </button>
      </main>
    );
  }
  if (!assessment || assessment.id !== assessmentId) {
    return (
      <main id="main" tabIndex={-1} className="screen">
        <p className="muted">{t('common.loading')}</p>
      </main>
    );
  }

  return (
    <div className="wizard">
      <WizardHeader assessment={assessment} onExportSigned={() => setExporting(true)} />
      <div className="wizard-body">
        <StepNav assessment={assessment} current={step} />
        <main id="main" tabIndex={-1} className="wizard-main">
          {readOnly && (
            <p className="read-only-notice" role="note">
              {t('lifecycle.archivedHint')}
            </p>
          )}
          {/* A disabled fieldset makes every control of the step read-only at once. */}
          <fieldset className="wizard-fieldset" disabled={readOnly}>
            <StepView step={findStep(step)} assessment={assessment} />
          </fieldset>
          <StepPager current={step} />
        </main>
      </div>
      {exporting && <ExportSignedDialog assessment={assessment} onClose={() => setExporting(false)} />}
    </div>
  );
}
