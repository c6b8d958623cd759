import { useTranslation } from 'react-i18next';
import type { LawEntry } from '../../../../shared/domain/law-library';
import { formatDate } from '../../lib/format';
import { ConfidenceBadge } from './ConfidenceBadge';

/** Longer source lists start folded so the assessment questions stay in view. */
const SOURCES_SHOWN_OPEN = 5;

/** What the law library says about a law: citation, summary, questions, dated sources and how sure it is. */
export function LibraryLawDetails({ law }: { law: LawEntry }) {
  const { t } = useTranslation();
  const uncertain = law.confidence !== 'confirmed';
  return (
    <div className="library-law">
      <p className="library-law-meta">
        <span className="badge badge-neutral">{t('wizard.step3.laws.fromLibrary')}</span>
        <ConfidenceBadge confidence={law.confidence} />
        <span className="muted">{t('widgets.laws.asOf', { date: formatDate(law.asOf) })}</span>
      </p>
      <p className="library-law-citation">{law.citation}</p>
      {uncertain && (
        <div className="caveat" role="note">
          <p>
            <strong>{t(`widgets.laws.confidence.${law.confidence}`)}: </strong>
            {law.caveat ?? t(`widgets.laws.defaultCaveat.${law.confidence}`)}
          </p>
        </div>
      )}
      <p>{law.summary}</p>
      {law.scope && (
        <p>
          <strong>{t('widgets.laws.scope')}: </strong>
          {law.scope}
        </p>
      )}
      {law.questions.length > 0 && (
        <>
          <h4 className="small-heading">{t('wizard.step3.laws.questions')}</h4>
          <ul className="plain-list">
            {law.questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ul>
        </>
      )}
      <details className="library-sources" open={law.sources.length <= SOURCES_SHOWN_OPEN}>
        <summary className="small-heading">{t('widgets.laws.librarySources', { count: law.sources.length })}</summary>
        <ul className="plain-list sources-list">
          {law.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.title}
              </a>{' '}
              <span className="muted">({source.date === 'n.d.' ? t('widgets.laws.undated') : source.date})</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
