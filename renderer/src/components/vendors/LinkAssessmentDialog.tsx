import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/domain/result';
import { defaultPortfolioQuery, type PortfolioRow } from '../../../../shared/portfolio/query';
import { client } from '../../client';
import { todayIso } from '../../lib/format';
import { Dialog } from '../common/Dialog';
import { ErrorNotice } from '../common/ErrorNotice';

const RESULTS = 20;
const DEBOUNCE_MS = 150;

interface LinkAssessmentDialogProps {
  vendorId: string;
  vendorName: string;
  /** Assessments already linked, left out of the results. */
  linkedIds: ReadonlySet<string>;
  onClose: () => void;
  onLinked: (title: string) => void;
}

/** Finds an assessment by the portfolio's search and links it to the vendor by hand. */
export function LinkAssessmentDialog({ vendorId, vendorName, linkedIds, onClose, onLinked }: LinkAssessmentDialogProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [rows, setRows] = useState<PortfolioRow[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      const query = { ...defaultPortfolioQuery(), text, limit: RESULTS + linkedIds.size, sort: { column: 'title' as const, direction: 'asc' as const } };
      void client.queryPortfolio(query, todayIso()).then((result) => {
        if (!current) return;
        if (result.ok) setRows(result.value.rows.filter((row) => !linkedIds.has(row.id)).slice(0, RESULTS));
        else setError(result.error);
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, linkedIds]);

  const link = async (row: PortfolioRow) => {
    const result = await client.linkAssessmentVendor(row.id, vendorId);
    if (result.ok) onLinked(row.title);
    else setError(result.error);
  };

  return (
    <Dialog title={t('vendors.link.title', { name: vendorName })} onClose={onClose} wide>
      <p>{t('vendors.link.lead')}</p>
      <div className="records-search" role="search">
        <label htmlFor="link-assessment-search">{t('vendors.link.search')}</label>
        <input id="link-assessment-search" type="search" autoFocus value={text} maxLength={300} autoComplete="off" onChange={(event) => setText(event.target.value)} />
      </div>
      {error && <ErrorNotice title={t('vendors.link.failed')} error={error} />}
      {rows !== null && rows.length === 0 && <p className="muted">{t('vendors.link.noResults')}</p>}
      {rows !== null && rows.length > 0 && (
        <ul className="plain-list link-results" aria-label={t('vendors.link.results')}>
          {rows.map((row) => (
            <li key={row.id}>
              <span className="link-result-title">{row.title}</span>
              <span className="muted">{row.importer}</span>
              <button type="button" className="button button-small button-secondary" onClick={() => void link(row)}>
                {t('vendors.link.action')}
                <span className="visually-hidden"> {row.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
