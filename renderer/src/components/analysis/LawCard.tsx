import { useTranslation } from 'react-i18next';
import { LIMITS, type LawAssessment } from '../../../../shared/domain/assessment';
import type { LawEntry } from '../../../../shared/domain/law-library';
import type { LawEvaluation } from '../../../../shared/engine/types';
import { ConfidenceBadge } from './ConfidenceBadge';
import { LawQuestionnaire } from './LawQuestionnaire';
import { LawVerdictPanel, VerdictBadge } from './LawVerdictPanel';
import { LibraryCaveat } from './LibraryCaveat';
import { LibraryLawDetails } from './LibraryLawDetails';
import { UserSourcesEditor } from './UserSourcesEditor';

interface LawCardProps {
  row: LawAssessment;
  number: number;
  /** The library entry the row assesses, when it came from the library and is still there. */
  libraryLaw: LawEntry | null;
  evaluation: LawEvaluation | undefined;
  onChange: (patch: Partial<LawAssessment>) => void;
  onRemove: () => void;
}

export function LawCard({ row, number, libraryLaw, evaluation, onChange, onRemove }: LawCardProps) {
  const { t } = useTranslation();
  const base = `law-${row.id}`;
  const fromLibrary = row.lawId !== null;
  const title = (libraryLaw?.name ?? row.name).trim() || t('analysis.laws.untitled', { number });

  return (
    <article className="law-card" aria-labelledby={`${base}-title`}>
      <header className="law-card-header">
        <h4 id={`${base}-title`} className="law-card-title">
          {title}
        </h4>
        <div className="law-card-badges">
          <span className="badge badge-neutral">
            {fromLibrary ? t('analysis.library.fromLibrary') : t('analysis.library.ownLaw')}
          </span>
          {libraryLaw && <ConfidenceBadge confidence={libraryLaw.confidence} />}
          {evaluation && <VerdictBadge verdict={evaluation.effective} />}
          {evaluation?.overridden && <span className="badge badge-info">{t('analysis.laws.verdict.overridden')}</span>}
        </div>
      </header>

      {libraryLaw && <LibraryCaveat confidence={libraryLaw.confidence} caveat={libraryLaw.caveat} />}

      {fromLibrary ? (
        libraryLaw ? (
          <LibraryLawDetails law={libraryLaw} />
        ) : (
          <p className="notice notice-warning">{t('analysis.library.goneFromLibrary')}</p>
        )
      ) : (
        <div className="row-grid">
          <div className="field">
            <label htmlFor={`${base}-name`}>{t('analysis.laws.name')}</label>
            <input
              id={`${base}-name`}
              type="text"
              value={row.name}
              maxLength={LIMITS.shortText}
              onChange={(event) => onChange({ name: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${base}-citation`}>{t('analysis.laws.citation')}</label>
            <input
              id={`${base}-citation`}
              type="text"
              value={row.citation}
              maxLength={LIMITS.shortText}
              onChange={(event) => onChange({ citation: event.target.value })}
            />
          </div>
        </div>
      )}

      {libraryLaw && (
        <section className="law-section" aria-labelledby={`${base}-questions-title`}>
          <h4 id={`${base}-questions-title`} className="small-heading">
            {t('analysis.laws.questionnaire.title')}
          </h4>
          <LawQuestionnaire
            baseId={base}
            items={libraryLaw.questionnaire}
            answers={row.answers}
            onChange={(answers) => onChange({ answers })}
          />
        </section>
      )}

      <LawVerdictPanel baseId={base} row={row} evaluation={evaluation} onChange={onChange} />

      <div className="field">
        <label htmlFor={`${base}-reasoning`}>{t('analysis.laws.reasoning')}</label>
        <p id={`${base}-reasoning-help`} className="field-help">
          {t('analysis.laws.reasoningHelp')}
        </p>
        <textarea
          id={`${base}-reasoning`}
          rows={3}
          value={row.reasoning}
          maxLength={LIMITS.longText}
          aria-describedby={`${base}-reasoning-help`}
          onChange={(event) => onChange({ reasoning: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${base}-notes`}>{t('analysis.laws.notes')}</label>
        <p id={`${base}-notes-help`} className="field-help">
          {t('analysis.laws.notesHelp')}
        </p>
        <textarea
          id={`${base}-notes`}
          rows={2}
          value={row.notes}
          maxLength={LIMITS.longText}
          aria-describedby={`${base}-notes-help`}
          onChange={(event) => onChange({ notes: event.target.value })}
        />
      </div>
      <UserSourcesEditor baseId={base} sources={row.userSources} onChange={(userSources) => onChange({ userSources })} />

      <div className="row-actions-end">
        <button type="button" className="button button-small button-danger-quiet" onClick={onRemove}>
          {t('analysis.laws.remove', { name: title })}
        </button>
      </div>
    </article>
  );
}
