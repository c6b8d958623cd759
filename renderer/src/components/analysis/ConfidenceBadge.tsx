import { useTranslation } from 'react-i18next';
import type { Confidence } from '../../../../shared/domain/law-library';

export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-confidence badge-${confidence}`}>{t(`options.confidence.${confidence}`)}</span>
  );
}
