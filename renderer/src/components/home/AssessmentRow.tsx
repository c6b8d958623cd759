import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../shared/chart/format-probability';
import type { PortfolioRow } from '../../../../shared/portfolio/query';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';
import { usePortfolioLabels } from './labels';
import { ReviewDate } from './ReviewDate';

const STATUS_BADGE: Record<string, string> = {
  draft: 'badge-draft',
  'in-review': 'badge-info',
  approved: 'badge-complete',
  superseded: 'badge-neutral',
  archived: 'badge-neutral',
};

interface AssessmentRowProps {
  row: PortfolioRow;
  today: string;
  onOpen: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export function AssessmentRow({ row, today, onOpen, onDuplicate, onDelete }: AssessmentRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePortfolioLabels();
  const none = <span className="muted">{t('common.none')}</span>;
  const orNone = (text: string) => (text === '' ? none : text);
  return (
    <tr>
      <th scope="row">
        {/* Its name is the title alone: tests, screen readers and the keyboard path find an assessment by it. */}
        <button type="button" className="link-button row-title" data-row-focus onClick={onOpen}>
          {row.title}
        </button>
      </th>
      <td>
        <span className={`badge ${STATUS_BADGE[row.status] ?? 'badge-neutral'}`}>{labels.status(row.status)}</span>
      </td>
      <td>{row.outcome === '' ? none : labels.outcome(row.outcome)}</td>
      <td>{orNone(row.importer)}</td>
      <td>{row.countries.length === 0 ? none : row.countries.map((code) => countryName(code, language)).join(', ')}</td>
      <td>{row.tools.length === 0 ? none : row.tools.map(labels.tool).join(', ')}</td>
      <td className="numeric">{row.residualRisk === null ? none : formatPercent(row.residualRisk, language)}</td>
      <td>{orNone(row.assessor)}</td>
      <td>{orNone(row.approver)}</td>
      <td>
        <ReviewDate date={row.nextReviewDate} today={today} archived={row.status === 'archived'} />
      </td>
      <td className="row-actions">
        <div className="row-actions-stack">
          <button type="button" className="button button-small button-secondary" onClick={onDuplicate}>
            {t('home.duplicate')}
            <span className="visually-hidden"> {row.title}</span>
          </button>
          <button type="button" className="button button-small button-danger-quiet" onClick={onDelete}>
            {t('home.delete')}
            <span className="visually-hidden"> {row.title}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
