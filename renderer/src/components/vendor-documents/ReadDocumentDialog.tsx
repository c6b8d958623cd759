import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { MAX_DOCUMENT_CHARS, type DocumentSource, type VendorDocumentDetail } from '../../../../shared/vendors/profile';
import { client } from '../../client';
import { fileToBase64 } from '../../lib/base64';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';
import { FilePicker } from '../common/FilePicker';

interface ReadDocumentDialogProps {
  /** The vendor the document is about; null lets the name the document gives decide (or create) it. */
  vendorId: string | null;
  onClose: () => void;
  onImported: (document: VendorDocumentDetail) => void;
}

const ACCEPT = '.txt,.html,.htm,.pdf,text/plain,text/html,application/pdf';

/** Pasted text or a chosen file, read on this computer into a document with suggested facts. */
export function ReadDocumentDialog({ vendorId, onClose, onImported }: ReadDocumentDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const read = async (source: DocumentSource) => {
    setBusy(true);
    setError(null);
    const result = await client.importVendorDocument(vendorId, source);
    setBusy(false);
    if (result.ok) onImported(result.value);
    else setError(result.error);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (text.trim() !== '') void read({ kind: 'paste', text });
  };

  const readFile = async (file: File) => {
    setBusy(true);
    try {
      await read({ kind: 'file', fileName: file.name, contentBase64: await fileToBase64(file) });
    } catch (failure) {
      setBusy(false);
      setError({ code: 'INTERNAL', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };

  const empty = tried && text.trim() === '';
  return (
    <Dialog title={t('vendorDocs.read.title')} onClose={onClose} wide>
      <p className="dialog-lead">{t('vendorDocs.read.lead')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('vendorDocs.read.paste')}</label>
          <p id={`${id}-help`} className="field-help">
            {t('vendorDocs.read.pasteHelp')}
          </p>
          <textarea
            id={`${id}-text`}
            className="document-paste"
            rows={10}
            value={text}
            maxLength={MAX_DOCUMENT_CHARS}
            aria-describedby={empty ? `${id}-help ${id}-error` : `${id}-help`}
            aria-invalid={empty}
            disabled={busy}
            onChange={(event) => setText(event.target.value)}
          />
          {empty && (
            <p id={`${id}-error`} className="field-error">
              {t('vendorDocs.read.pasteEmpty')}
            </p>
          )}
        </div>
        <p role="status" className="status-line">
          {busy ? t('vendorDocs.read.reading') : ''}
        </p>
        {error && <ErrorNotice title={t('vendorDocs.read.failed')} error={error} />}
        <div className="dialog-actions read-document-actions">
          <FilePicker label={t('vendorDocs.read.file')} accept={ACCEPT} disabled={busy} onFile={(file) => void readFile(file)} />
          <span className="dialog-actions-gap" />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('vendorDocs.read.readPasted')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
