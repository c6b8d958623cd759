import { useTranslation } from 'react-i18next';
import { DefinitionRow } from '../common/DefinitionRow';

export interface ExportOutcome {
  saved: boolean;
  path: string | null;
  fileName: string;
  contentHash: string;
  fileSha256: string;
}

export function ExportResult({ outcome }: { outcome: ExportOutcome }) {
  const { t } = useTranslation();
  return (
    <div className="export-result">
      <div className={outcome.saved ? 'notice notice-success' : 'notice notice-info'} role="status">
        <p className="notice-title">{outcome.saved ? t('exportPdf.done') : t('exportPdf.notSaved')}</p>
        {outcome.saved && <p>{t('exportPdf.savedTo', { path: outcome.path ?? outcome.fileName })}</p>}
      </div>
      <dl className="definition-list">
        <DefinitionRow term={t('exportPdf.fileName')}>{outcome.fileName}</DefinitionRow>
        <DefinitionRow term={t('exportPdf.contentHash')}>
          <code className="hash">{outcome.contentHash}</code>
        </DefinitionRow>
        <DefinitionRow term={t('exportPdf.fileSha256')}>
          <code className="hash">{outcome.fileSha256}</code>
        </DefinitionRow>
      </dl>
      <p className="field-help">{t('exportPdf.hashHelp')}</p>
    </div>
  );
}
