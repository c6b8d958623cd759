import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../../shared/ipc/contract';
import { formatDateTime } from '../../lib/format';
import { DefinitionRow } from '../common/DefinitionRow';

interface VerificationReportProps {
  fileName: string;
  result: VerificationResult;
}

type Verdict = 'valid' | 'changed' | 'invalid';

/** A signature can be valid for its signed range while the file has grown since; that is not a clean result. */
function verdictOf(result: VerificationResult): Verdict {
  if (!result.valid) return 'invalid';
  return result.changedAfterSigning || !result.coversWholeDocument ? 'changed' : 'valid';
}

const VERDICT_ICON: Record<Verdict, string> = { valid: '✓', changed: '!', invalid: '✕' };

/** The verdict first, in words and colour, then every fact it rests on. */
export function VerificationReport({ fileName, result }: VerificationReportProps) {
  const { t } = useTranslation();
  const verdict = verdictOf(result);
  const none = <span className="muted">{t('common.none')}</span>;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

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
          {verdict === 'changed' && <p className="verdict-text">{t('verify.changedExplanation')}</p>}
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

      <dl className="definition-list">
        <DefinitionRow term={t('verify.fields.signer')}>{result.signer ?? none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.email')}>{result.signerEmail ?? none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.organisation')}>{result.signerOrganisation || none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.signedAt')}>
          {result.signedAt ? formatDateTime(result.signedAt) : none}
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.fingerprint')}>
          {result.certificateSha256 ? <code className="hash">{result.certificateSha256}</code> : none}
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.coversWhole')}>
          <span className={result.coversWholeDocument ? 'fact-good' : 'fact-bad'}>{yesNo(result.coversWholeDocument)}</span>
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.changedAfter')}>
          <span className={result.changedAfterSigning ? 'fact-bad' : 'fact-good'}>{yesNo(result.changedAfterSigning)}</span>
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.reason')}>{result.reason ?? none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.contentHash')}>
          {result.contentHash ? <code className="hash">{result.contentHash}</code> : none}
        </DefinitionRow>
      </dl>
      <p className="field-help">{t('verify.selfSignedNote')}</p>
    </section>
  );
}
