import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import type { PortfolioQuery } from '../../../../shared/portfolio/query';
import { client } from '../../client';
import { useLanguage } from '../../i18n';
import { textToBase64 } from '../../lib/base64';
import { todayIso } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';

type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; error: AppError };

/**
 * Saves every row of the portfolio query as a CSV file for spreadsheets, in the screens' language, and says where it
 * went. The query is the one the screen shows; its page and page size do not matter.
 */
export function ExportCsvButton({ query }: { query: PortfolioQuery }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (): Promise<Outcome> => {
    const exported = await client.exportPortfolioCsv({ query, language, today: todayIso() });
    if (!exported.ok) return { kind: 'failed', error: exported.error };
    const written = await client.saveFile(exported.value.fileName, textToBase64(exported.value.content));
    if (!written.ok) return { kind: 'failed', error: written.error };
    if (!written.value.saved) return { kind: 'done', text: t('csv.cancelled') };
    return { kind: 'done', text: t('csv.saved', { count: exported.value.rows, path: written.value.path ?? exported.value.fileName }) };
  };

  return (
    <div className="export-csv">
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setOutcome(null);
          void run().then((result) => {
            setBusy(false);
            setOutcome(result);
          });
        }}
      >
        {busy ? t('csv.busy') : t('csv.button')}
      </button>
      <p role="status" className="export-csv-status">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'failed' && <ErrorNotice title={t('csv.failed')} error={outcome.error} />}
    </div>
  );
}
