import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../../../shared/domain/law-library';

/** Said wherever a law appears whose facts are not confirmed (e.g. the 2026 status of FISA 702). */
export function LibraryCaveat({ confidence, caveat }: { confidence: Confidence; caveat: string | null | undefined }) {
  const { t } = useTranslation();
  if (confidence === 'confirmed' && !caveat) return null;
  const text = caveat || t(`analysis.library.defaultCaveat.${confidence}`);
  return (
    <div className="caveat" role="note">
      <p>
        <strong>{t(`options.confidence.${confidence}`)}: </strong>
        {text}
      </p>
    </div>
  );
}
