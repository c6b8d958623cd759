import { useTranslation } from 'react-i18next';
import type { LawEntry } from '../../../../shared/domain/law-library';
import { formatDate } from '../../lib/format';
import { useLanguage } from '../../i18n';

/** Longer source lists start folded so the questions stay in view. */
const SOURCES_SHOWN_OPEN = 4;

/** What the law library says about a law: citation, what it allows, scope, safeguards, re-check note and dated sources. */
export function LibraryLawDetails({ law }: { law: LawEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="library-law">
      <dl className="law-facts">
        <dt>{t('analysis.library.citation')}</dt>
        <dd className="library-law-citation">{law.citation}</dd>
        <dt>{t('analysis.library.summary')}</dt>
        <dd>{law.summary}</dd>
        {law.scope && (
          <>
            <dt>{t('analysis.library.scope')}</dt>
            <dd>{law.scope}</dd>
          </>
        )}
        {law.safeguards && (
          <>
            <dt>{t('analysis.library.safeguards')}</dt>
            <dd>{law.safeguards}</dd>
          </>
        )}
      </dl>
      {law.recheck && (
        <div className="notice notice-warning recheck-note" role="note">
          <p className="notice-title">{t('analysis.library.recheck')}</p>
          <p>{law.recheck}</p>
        </div>
      )}
      <details className="library-sources" open={law.sources.length <= SOURCES_SHOWN_OPEN}>
        <summary className="small-heading">
          {t('analysis.library.sources', { count: law.sources.length })}
          <span className="muted"> · {t('analysis.library.entryAsOf', { date: formatDate(law.asOf, language) })}</span>
        </summary>
        <ul className="plain-list sources-list">
          {law.sources.map((source) => (
            <li key={source.url + source.title}>
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                {source.title}
              </a>{' '}
              <span className="muted">({source.date === 'n.d.' ? t('analysis.library.undated') : source.date})</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
