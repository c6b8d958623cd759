import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, OUTCOMES, type Assessment, type Conclusion, type Outcome } from '../../../../shared/domain/assessment';
import { useEvaluation } from '../../hooks/useEvaluation';
import { useReasonText } from '../../hooks/useReasonText';
import { useEditor } from '../../stores/editor';
import { FieldShell } from '../fields/FieldShell';
import { ReasonList } from '../common/ReasonList';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/** The conclusion: the engine's proposal with its reasons; the user accepts it or overrides it in writing. */
export function OutcomeWidget({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const change = useEditor((state) => state.change);
  const evaluation = useEvaluation();
  const [overriding, setOverriding] = useState(false);
  const [choice, setChoice] = useState<Outcome | ''>('');
  const [justification, setJustification] = useState('');
  const [tried, setTried] = useState(false);
  const conclusion = assessment.conclusion;

  if (!evaluation) return <p className="muted">{t('analysis.outcome.pending')}</p>;
  const proposal = evaluation.outcome;
  const proposedReasons = (proposal.outcome ? proposal.reasons : proposal.blockers).map(reasonText);
  const outcomeLabel = (outcome: Outcome | '') => (outcome ? t(`options.outcome.${outcome}`) : '—');

  const setConclusion = (patch: Partial<Conclusion>) =>
    change((current) => ({ ...current, conclusion: { ...current.conclusion, ...patch } }));

  const accept = () => {
    if (!proposal.outcome) return;
    setConclusion({
      decision: 'accepted',
      outcome: proposal.outcome,
      proposedOutcome: proposal.outcome,
      proposedReasons: proposedReasons.slice(0, LIMITS.listItems),
      overrideJustification: '',
    });
    setOverriding(false);
  };

  const startOverride = () => {
    setChoice(conclusion.decision === 'overridden' ? conclusion.outcome : '');
    setJustification(conclusion.overrideJustification);
    setTried(false);
    setOverriding(true);
    requestAnimationFrame(() => document.getElementById('outcome-override-choice')?.focus());
  };

  const sameAsProposal = choice !== '' && choice === proposal.outcome;
  const recordOverride = () => {
    setTried(true);
    if (choice === '' || sameAsProposal || justification.trim() === '') return;
    setConclusion({
      decision: 'overridden',
      outcome: choice,
      proposedOutcome: proposal.outcome ?? '',
      proposedReasons: proposedReasons.slice(0, LIMITS.listItems),
      overrideJustification: justification,
    });
    setOverriding(false);
  };

  const undo = () => {
    setConclusion({ decision: '', outcome: '', proposedOutcome: '', proposedReasons: [], overrideJustification: '' });
    setOverriding(false);
  };

  const decided = conclusion.decision !== '';
  const outcomeChanged = decided && conclusion.proposedOutcome !== (proposal.outcome ?? '');
  const reasonsChanged = decided && !outcomeChanged && !sameList(conclusion.proposedReasons, proposedReasons);

  return (
    <div className="outcome analysis">
      <section className={`proposal-box outcome-proposal${proposal.outcome ? '' : ' is-blocked'}`} aria-labelledby="outcome-proposal-title">
        <p id="outcome-proposal-title" className="proposal-kicker">
          {proposal.outcome ? t('analysis.outcome.proposed') : t('analysis.outcome.blocked')}
        </p>
        {proposal.outcome ? (
          <>
            <p className={`outcome-label outcome-${proposal.outcome}`}>{outcomeLabel(proposal.outcome)}</p>
            <ReasonList reasons={proposal.reasons} />
          </>
        ) : (
          <>
            <p className="label-small">{t('analysis.outcome.blockers')}</p>
            <ReasonList reasons={proposal.blockers} />
          </>
        )}
      </section>

      {decided && (outcomeChanged || reasonsChanged) && (
        <div className={outcomeChanged ? 'notice notice-warning' : 'notice notice-info'} role={outcomeChanged ? 'alert' : 'note'}>
          <p className="notice-title">
            {outcomeChanged ? t('analysis.outcome.changedTitle') : t('analysis.outcome.changedReasonsTitle')}
          </p>
          <p>
            {outcomeChanged
              ? t('analysis.outcome.changed', { outcome: outcomeLabel(proposal.outcome ?? '') })
              : t('analysis.outcome.changedReasons')}
          </p>
          <div className="button-row">
            {proposal.outcome && (
              <button type="button" className="button button-primary" onClick={accept}>
                {t('analysis.outcome.reaccept')}
              </button>
            )}
            {conclusion.decision === 'overridden' && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConclusion({ proposedOutcome: proposal.outcome ?? '', proposedReasons: proposedReasons.slice(0, LIMITS.listItems) })}
              >
                {t('analysis.outcome.keepOverride')}
              </button>
            )}
          </div>
        </div>
      )}

      {decided ? (
        <section className="decision-record" aria-labelledby="outcome-record-title">
          <h4 id="outcome-record-title" className="small-heading">
            {t('analysis.outcome.recordedTitle')}
          </h4>
          <p className="decision-outcome">
            {conclusion.decision === 'accepted'
              ? t('analysis.outcome.recordedAccepted', { outcome: outcomeLabel(conclusion.outcome) })
              : t('analysis.outcome.recordedOverridden', { outcome: outcomeLabel(conclusion.outcome) })}
          </p>
          {conclusion.decision === 'overridden' && (
            <>
              <p>
                {conclusion.proposedOutcome
                  ? t('analysis.outcome.recordedProposal', { outcome: outcomeLabel(conclusion.proposedOutcome) })
                  : t('analysis.outcome.recordedNoProposal')}
              </p>
              <p className="label-small">{t('analysis.outcome.recordedJustification')}</p>
              <blockquote className="decision-justification">{conclusion.overrideJustification}</blockquote>
            </>
          )}
          {conclusion.proposedReasons.length > 0 && (
            <details>
              <summary>{t('analysis.outcome.recordedReasons')}</summary>
              <ul className="reason-list">
                {conclusion.proposedReasons.map((reason, index) => (
                  <li key={index}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={startOverride}>
              {t('analysis.outcome.override')}
            </button>
            <button type="button" className="button button-danger-quiet" onClick={undo}>
              {t('analysis.outcome.undo')}
            </button>
          </div>
        </section>
      ) : (
        !overriding && (
          <div className="button-row">
            {proposal.outcome && (
              <button type="button" className="button button-primary" onClick={accept}>
                {t('analysis.outcome.accept')}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={startOverride}>
              {t('analysis.outcome.override')}
            </button>
          </div>
        )
      )}

      {overriding && (
        <fieldset className="override-form">
          <legend>{t('analysis.outcome.overrideTitle')}</legend>
          <FieldShell id="outcome-override-choice" label={t('analysis.outcome.overrideOutcome')} required>
            <select
              id="outcome-override-choice"
              value={choice}
              aria-required="true"
              aria-invalid={tried && (choice === '' || sameAsProposal)}
              aria-describedby={sameAsProposal ? 'outcome-override-same' : undefined}
              onChange={(event) => setChoice(event.target.value as Outcome | '')}
            >
              <option value="">{t('options.unset')}</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`options.outcome.${outcome}`)}
                </option>
              ))}
            </select>
            {sameAsProposal && (
              <p id="outcome-override-same" className="field-error">
                {t('analysis.outcome.overrideSame')}
              </p>
            )}
          </FieldShell>
          <FieldShell
            id="outcome-override-justification"
            label={t('analysis.outcome.overrideJustification')}
            help={t('analysis.outcome.overrideJustificationHelp')}
            required
          >
            <textarea
              id="outcome-override-justification"
              rows={4}
              value={justification}
              maxLength={LIMITS.longText}
              aria-required="true"
              aria-invalid={tried && justification.trim() === ''}
              aria-describedby={
                tried && justification.trim() === ''
                  ? 'outcome-override-justification-help outcome-override-justification-error'
                  : 'outcome-override-justification-help'
              }
              onChange={(event) => setJustification(event.target.value)}
            />
            {tried && justification.trim() === '' && (
              <p id="outcome-override-justification-error" className="field-error">
                {t('analysis.outcome.overrideJustificationMissing')}
              </p>
            )}
          </FieldShell>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={recordOverride}>
              {t('analysis.outcome.recordOverride')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOverriding(false)}>
              {t('analysis.outcome.cancel')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
