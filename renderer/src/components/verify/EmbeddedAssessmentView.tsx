import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../../../shared/ipc/contract';
import { DefinitionRow } from '../common/DefinitionRow';

/** The assessment file inside the report, and whether it is the one the cover's content hash describes. */
export function EmbeddedAssessmentView({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  const { embedded } = result;
  return (
    <section className="signature-check" aria-labelledby="embedded-title">
      <h3 id="embedded-title" className="signature-check-title">
        {t('verify.embedded.title')}
      </h3>
      <dl className="definition-list">
        <DefinitionRow term={t('verify.fields.contentHash')}>
          {result.contentHash ? <code className="hash">{result.contentHash}</code> : none}
        </DefinitionRow>
        {embedded ? (
          <>
            <DefinitionRow term={t('verify.embedded.file')}>{embedded.fileName}</DefinitionRow>
            <DefinitionRow term={t('verify.embedded.hash')}>
              <code className="hash">{embedded.contentHash}</code>
            </DefinitionRow>
            <DefinitionRow term={t('verify.embedded.matches')}>
              <span className={embedded.matchesCover ? 'fact-good' : 'fact-bad'}>
                {embedded.matchesCover ? t('verify.embedded.matchYes') : t('verify.embedded.matchNo')}
              </span>
            </DefinitionRow>
          </>
        ) : (
          <DefinitionRow term={t('verify.embedded.file')}>{t('verify.embedded.none')}</DefinitionRow>
        )}
      </dl>
    </section>
  );
}
