import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type Assessment } from '../../../../shared/domain/assessment';
import { useEditor } from '../../stores/editor';
import { useNavigation } from '../../stores/navigation';
import { LifecycleBar } from '../lifecycle/LifecycleBar';
import { ExportJsonButton } from './ExportJsonButton';
import { HeaderNoticeView, type HeaderNotice } from './HeaderNotice';
import { SaveAsTemplateButton } from './SaveAsTemplateButton';
import { SaveStatus } from './SaveStatus';

interface WizardHeaderProps {
  assessment: Assessment;
  onExportSigned: () => void;
}

export function WizardHeader({ assessment, onExportSigned }: WizardHeaderProps) {
  const { t } = useTranslation();
  const update = useEditor((state) => state.update);
  const readOnly = useEditor((state) => state.readOnly);
  const close = useEditor((state) => state.close);
  const flush = useEditor((state) => state.flush);
  const navigate = useNavigation((state) => state.navigate);
  const [notice, setNotice] = useState<HeaderNotice | null>(null);

  const back = async () => {
    if (await close()) navigate({ name: 'home' });
  };

  const blank = assessment.title.trim() === '';

  return (
    <section className="wizard-header" aria-label={t('editor.headerLabel')}>
      <div className="wizard-header-row">
      <button type="button" className="button button-quiet back-button" onClick={() => void back()}>
        <span aria-hidden="true">← </span>
        {t('editor.backHome')}
      </button>
      <div className="title-field">
        <label htmlFor="assessment-title">{t('editor.titleLabel')}</label>
        <input
          id="assessment-title"
          type="text"
          value={assessment.title}
          maxLength={LIMITS.shortText}
          readOnly={readOnly}
          aria-invalid={blank}
          aria-describedby={blank ? 'assessment-title-error' : undefined}
          onChange={(event) => update('title', event.target.value)}
        />
        {blank && (
          <p id="assessment-title-error" className="field-error">
            {t('editor.titleEmpty')}
          </p>
        )}
      </div>
      <SaveStatus />
      <div className="wizard-actions">
        <SaveAsTemplateButton assessmentId={assessment.id} title={assessment.title} beforeSave={flush} onDone={setNotice} />
        <ExportJsonButton assessmentId={assessment.id} beforeExport={flush} onDone={setNotice} />
        <button type="button" className="button button-primary" onClick={onExportSigned}>
          {t('exportPdf.button')}
        </button>
      </div>
      </div>
      <LifecycleBar assessmentId={assessment.id} />
      <HeaderNoticeView notice={notice} onDismiss={() => setNotice(null)} />
    </section>
  );
}
