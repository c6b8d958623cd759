import { useTranslation } from 'react-i18next';
import type { AssessmentEvaluation, Reason, UseCaseHit } from '../../../../shared/engine/types';
import { ReasonList } from '../common/ReasonList';

/** Reasons the plain statement above already says in full; repeating them per transfer only adds noise. */
const SAID_PLAINLY = new Set([
  'engine.useCases.noEffectiveTechnicalMeasure',
  'engine.measures.clearTextUseCase',
  'engine.measures.noEffectiveTechnicalMeasure',
  'engine.measures.complementaryInsufficient',
]);
const notSaidYet = (reasons: readonly Reason[]) => reasons.filter((reason) => !SAID_PLAINLY.has(reason.key));

/** The EDPB Annex 2 use cases found on the map; use cases 6 and 7 are said plainly and first. */
export function UseCaseFindings({ evaluation }: { evaluation: AssessmentEvaluation }) {
  const { t } = useTranslation();
  const transferName = (transferId: string) => {
    const transfer = evaluation.transfers.find((tr) => tr.transferId === transferId);
    return transfer ? t('analysis.measures.transfer', { from: transfer.fromName || '—', to: transfer.toName || '—' }) : transferId;
  };
  const clearText = evaluation.measures.clearTextUseCases;
  const others: UseCaseHit[] = evaluation.transfers.flatMap((tr) => tr.useCases).filter((hit) => hit.technicalMeasureEffective);
  const cases = [...new Set(clearText.map((hit) => hit.useCase))].sort().join(' / ');
  const measureNotes = notSaidYet(evaluation.measures.reasons);

  return (
    <>
      {clearText.length > 0 && (
        <div className="notice notice-error clear-text-notice" role="note">
          <p className="notice-title">{t('analysis.measures.clearTextTitle')}</p>
          <p>{t('analysis.measures.clearText', { cases })}</p>
          <ul className="use-case-list">
            {clearText.map((hit) => (
              <li key={`${hit.transferId}-${hit.useCase}`}>
                <strong>{transferName(hit.transferId)}</strong>{' '}
                <span className="badge badge-neutral">{t('analysis.measures.useCase', { number: hit.useCase })}</span>
                <ReasonList reasons={notSaidYet(hit.reasons)} />
              </li>
            ))}
          </ul>
          <ReasonList reasons={measureNotes} />
        </div>
      )}
      {clearText.length === 0 && measureNotes.length > 0 && (
        <div className="notice notice-info" role="note">
          <ReasonList reasons={measureNotes} />
        </div>
      )}
      {others.length > 0 && (
        <div className="use-cases">
          <h4 className="small-heading">{t('analysis.measures.useCasesTitle')}</h4>
          <ul className="use-case-list">
            {others.map((hit) => (
              <li key={`${hit.transferId}-${hit.useCase}`}>
                <strong>{transferName(hit.transferId)}</strong>{' '}
                <span className="badge badge-info">{t('analysis.measures.useCase', { number: hit.useCase })}</span>
                <ReasonList reasons={hit.reasons} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
