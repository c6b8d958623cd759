import { useTranslation } from 'react-i18next';
import type { SignatureCheck } from '../../../../shared/ipc/contract';
import { formatDateTime } from '../../lib/format';
import { DefinitionRow } from '../common/DefinitionRow';
import { Fingerprint } from '../identity/Fingerprint';
import { useLanguage } from '../../i18n';

interface SignatureCheckViewProps {
  check: SignatureCheck;
  count: number;
  revisions: number;
  documentBytes: number;
}

function trustKey(check: SignatureCheck): string {
  if (check.trusted) return 'verify.trust.trusted';
  return check.selfSigned ? 'verify.trust.selfSigned' : 'verify.trust.issued';
}

/** One signature: whether it holds, who made it, what it covers and what came after it. */
export function SignatureCheckView({ check, count, revisions, documentBytes }: SignatureCheckViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = <span className="muted">{t('common.none')}</span>;
  const titleId = `signature-${check.index}-title`;
  const whole = check.coversBytes === documentBytes;
  const role = check.role ? t(`verify.roles.${check.role}`) : t('verify.roles.unknown');

  return (
    <section className="signature-check" aria-labelledby={titleId}>
      <h3 id={titleId} className="signature-check-title">
        {t('verify.signatureTitle', { index: check.index, count, role })}{' '}
        <span className={`badge ${check.valid ? 'badge-confirmed' : 'badge-conflicting'}`}>
          {check.valid ? t('verify.status.valid') : t('verify.status.invalid')}
        </span>
      </h3>
      <dl className="definition-list">
        <DefinitionRow term={t('verify.fields.signer')}>{check.signer ?? none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.organisation')}>{check.signerOrganisation || none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.email')}>{check.signerEmail || none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.role')}>{role}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.signedAt')}>
          {check.signedAt ? t('verify.signedAtValue', { time: formatDateTime(check.signedAt, language) }) : none}
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.timestamp')}>
          {check.timestamp ? (
            <span className={check.timestamp.valid ? undefined : 'fact-bad'}>
              {t(check.timestamp.valid ? 'verify.timestampValid' : 'verify.timestampInvalid', {
                time: formatDateTime(check.timestamp.time, language),
                authority: check.timestamp.authority ?? t('verify.unknownAuthority'),
              })}
            </span>
          ) : (
            t('verify.noTimestamp')
          )}
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.reason')}>{check.reason ?? none}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.revision')}>{t('verify.revision', { revision: check.revision, total: revisions })}</DefinitionRow>
        <DefinitionRow term={t('verify.fields.coverage')}>
          <span className={whole ? 'fact-good' : undefined}>
            {whole ? t('verify.coverage.whole') : t('verify.coverage.part', { bytes: check.coversBytes, total: documentBytes })}
          </span>
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.fingerprint')}>
          {check.certificateSha256 ? <Fingerprint sha256={check.certificateSha256} /> : none}
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.trust')}>
          <span className={check.trusted ? 'fact-good' : undefined}>{t(trustKey(check))}</span>
        </DefinitionRow>
        <DefinitionRow term={t('verify.fields.laterChanges')}>
          <span className={check.laterChanges === 'other' ? 'fact-bad' : undefined}>{t(`verify.laterChanges.${check.laterChanges}`)}</span>
        </DefinitionRow>
      </dl>
      {check.problems.length > 0 && (
        <div className="notice notice-error">
          <p className="notice-title">{t('verify.signatureProblems')}</p>
          <ul>
            {check.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
