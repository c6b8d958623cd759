import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FACT_TYPES, type FactType } from '../../../../shared/extraction/types';
import type { ProfileFact } from '../../../../shared/vendors/profile';
import { useLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { useFactText } from '../vendor-documents/factText';

/** Accepted facts that say the same thing (the same normalized form, for a role the same data) are one item. */
interface FactItem {
  key: string;
  facts: ProfileFact[];
}

function itemsByType(facts: readonly ProfileFact[]): { type: FactType; items: FactItem[] }[] {
  const byType = new Map<FactType, Map<string, ProfileFact[]>>();
  for (const fact of facts) {
    const items = byType.get(fact.type) ?? new Map<string, ProfileFact[]>();
    const key = `${fact.normalized}\u0000${fact.qualifier ?? ''}`;
    items.set(key, [...(items.get(key) ?? []), fact]);
    byType.set(fact.type, items);
  }
  return FACT_TYPES.flatMap((type) => {
    const items = byType.get(type);
    return items ? [{ type, items: [...items].map(([key, grouped]) => ({ key, facts: grouped })) }] : [];
  });
}

/** One item merges what its facts add: every country stated for a recipient, the first purpose given. */
function merged(item: FactItem): ProfileFact {
  const [first] = item.facts as [ProfileFact, ...ProfileFact[]];
  const countries = [...new Set(item.facts.flatMap((fact) => fact.countries))];
  const purpose = item.facts.find((fact) => fact.purpose)?.purpose ?? null;
  return { ...first, countries, purpose };
}

const SHORT_HASH = 12;

/** The accepted facts by type, each with the sentences that state it and the document each came from. */
export function ProfileFacts({ facts }: { facts: readonly ProfileFact[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useFactText();
  const id = useId();
  const groups = useMemo(() => itemsByType(facts), [facts]);

  if (groups.length === 0) return <p className="muted">{t('vendorProfile.noFacts')}</p>;
  return (
    <div className="profile-facts">
      {groups.map((group) => (
        <section key={group.type} className="profile-fact-group" aria-labelledby={`${id}-${group.type}`}>
          <h4 id={`${id}-${group.type}`} className="profile-fact-type">
            {words.typeLabel(group.type)}
          </h4>
          <ul className="profile-fact-list">
            {group.items.map((item) => {
              const fact = merged(item);
              const name = words.normalized(fact);
              const details = words.details(fact);
              return (
                <li key={item.key}>
                  <span className="profile-fact-value">{name}</span>
                  {details.length > 0 && <span className="profile-fact-details"> {details.join(' · ')}</span>}
                  <details className="profile-fact-evidence">
                    <summary>
                      {t('vendorProfile.sentence', { count: item.facts.length })}
                      <span className="visually-hidden"> — {name}</span>
                    </summary>
                    <ul className="plain-list profile-sentences">
                      {item.facts.map((source) => (
                        <li key={source.id}>
                          <blockquote className="quoted-sentence">{source.evidence.text}</blockquote>
                          <p className="profile-fact-source muted">
                            {t('vendorProfile.source', { document: source.documentName, date: formatDateTime(source.importedAt, language) })}{' '}
                            <span className="hash" title={source.documentSha256}>
                              {source.documentSha256.slice(0, SHORT_HASH)}
                            </span>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
