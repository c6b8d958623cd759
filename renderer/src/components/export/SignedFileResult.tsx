import { useTranslation } from 'react-i18next';
import { DefinitionRow } from '../common/DefinitionRow';
import type { SaveState } from './useSaveFile';

export interface SignedFile {
  fileName: string;
  fileSha256: string;
  /** The report's content hash, printed on its cover; absent where signing leaves the content as it was. */
  contentHash?: string;
}

/** The result notice's title while the save dialog is open, once the file is saved, and when it is not. */
export interface ResultTitles {
  saving: string;
  done: string;
  notSaved: string;
}

interface SignedFileResultProps {
  file: SignedFile;
  titles: ResultTitles;
  save: SaveState;
  /** The save dialog is open. */
  saving: boolean;
}

export function SignedFileResult({ file, titles, save, saving }: SignedFileResultProps) {
  const { t } = useTranslation();
  const title = saving ? titles.saving : save.saved ? titles.done : titles.notSaved;
  return (
    <div className="export-result">
      <div className={save.saved ? 'notice notice-success' : 'notice notice-info'} role="status">
        <p className="notice-title">{title}</p>
        {save.saved && !saving && <p>{t('exportPdf.savedTo', { path: save.path ?? file.fileName })}</p>}
      </div>
      <dl className="definition-list">
        <DefinitionRow term={t('exportPdf.fileName')}>{file.fileName}</DefinitionRow>
        <DefinitionRow term={t('exportPdf.fileSha256')}>
          <code className="hash">{file.fileSha256}</code>
        </DefinitionRow>
        {file.contentHash !== undefined && (
          <DefinitionRow term={t('exportPdf.contentHash')}>
            <code className="hash">{file.contentHash}</code>
          </DefinitionRow>
        )}
      </dl>
      {file.contentHash !== undefined && <p className="field-help">{t('exportPdf.hashHelp')}</p>}
    </div>
  );
}
