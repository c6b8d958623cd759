import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../../shared/ipc/contract';
import { EmbeddedAssessmentView } from './EmbeddedAssessmentView';
import { SignatureCheckView } from './SignatureCheckView';
import { verdictOf, type Verdict } from './verdict';

interface VerificationReportProps {
  fileName: string;
  result: VerificationResult;
}

const VERDICT_ICON: Record<Verdict, string> = { valid: '✓', changed: '!', invalid: '✕' };

/** The overall verdict first, in words and colour, then every signature and the embedded assessment. */
export function VerificationReport({ fileName, result }: VerificationReportProps) {
  const { t } = useTranslation();
  const verdict = verdictOf(result);
  const count = result.signatures.length;
  const allTrusted = count > 0 && result.signatures.every((signature) => signature.trusted);

  return (
    <section className="panel verification" aria-labelledby="verification-verdict">
      <div className={`verdict verdict-${verdict}`} role="alert">
        <span className="verdict-icon" aria-hidden="true">
          {VERDICT_ICON[verdict]}
        </span>
        <div>
          <h2 id="verification-verdict" className="verdict-title">
            {t(`verify.verdict.${verdict}`)}
          </h2>
          <p className="verdict-text">{t(`verify.summary.${verdict}`, { count })}</p>
          {verdict === 'valid' && <p className="verdict-text">{allTrusted ? t('verify.trustSummary.all') : t('verify.trustSummary.notAll')}</p>}
          <p className="verdict-text">{t('verify.file', { name: fileName })}</p>
        </div>
      </div>

      {result.problems.length > 0 && (
        <div className="notice notice-error">
          <h3 className="notice-title">{t('verify.problems')}</h3>
          <ul>
            {result.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      {result.signatures.map((check) => (
        <SignatureCheckView key={check.index} check={check} count={count} revisions={result.revisions} documentBytes={result.documentBytes} />
      ))}
      <EmbeddedAssessmentView result={result} />
      <p className="field-help">{t('verify.selfSignedNote')}</p>
    </section>
  );
}
