import { useTranslation } from 'react-i18next';
import type { Reference } from '../../../../shared/wizard/steps';

export function StepReferences({ references }: { references: readonly Reference[] }) {
  const { t } = useTranslation();
  if (references.length === 0) return null;
  return (
    <aside className="references" aria-label={t('editor.references')}>
      <h2 className="references-title">{t('editor.references')}</h2>
      <ul>
        {references.map((reference) => (
          <li key={reference.url}>
            <a href={reference.url} target="_blank" rel="noreferrer noopener">
              {t(reference.labelKey)}
            </a>
            <span className="citation">{reference.citation}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
