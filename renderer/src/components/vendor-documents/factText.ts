import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  LABELLED_DATA_CATEGORIES,
  LABELLED_GOVERNMENT_ACCESS,
  LABELLED_ROLES,
  LABELLED_SECURITY_MEASURES,
} from '../../../../shared/extraction/labels';
import { MECHANISMS, REGIONS, type FactType } from '../../../../shared/extraction/types';
import type { Language } from '../../../../shared/i18n';
import type { VendorFact } from '../../../../shared/vendors/profile';
import { useLanguage } from '../../i18n';
import { countryName, countryOptions } from '../../lib/countries';

type FactWords = Pick<VendorFact, 'type' | 'value' | 'normalized' | 'qualifier' | 'countries' | 'purpose'>;

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?/;
const DURATION_UNITS = ['years', 'months', 'weeks', 'days', 'hours'] as const;

function durationText(normalized: string, t: TFunction): string {
  const match = DURATION.exec(normalized);
  if (!match) return normalized;
  const parts = DURATION_UNITS.flatMap((unit, index) => {
    const count = match[index + 1];
    return count === undefined ? [] : [t(`vendorFacts.retention.${unit}`, { count: Number(count) })];
  });
  return parts.length === 0 ? normalized : parts.join(', ');
}

const isRegion = (normalized: string) => (REGIONS as readonly string[]).includes(normalized);

/** The comparable form of a fact in words: a country's name, a region's or a measure's label, a period. */
export function normalizedText(type: FactType, normalized: string, t: TFunction, language: Language): string {
  const label = (group: string) => t(`vendorFacts.${group}.${normalized}`, { defaultValue: normalized });
  switch (type) {
    case 'role':
      return label('role');
    case 'country':
      return isRegion(normalized) ? label('region') : countryName(normalized, language);
    case 'mechanism':
      return label('mechanism');
    case 'data_category':
      return label('dataCategory');
    case 'security':
      return label('security');
    case 'government_access':
      return label('governmentAccess');
    case 'retention':
      return normalized === 'stated' ? t('vendorFacts.retention.stated') : durationText(normalized, t);
    case 'requests_reported':
      if (normalized === 'none-received') return t('vendorFacts.requests.none');
      return /^\d+$/.test(normalized) ? t('vendorFacts.requests.count', { count: Number(normalized) }) : normalized;
    case 'contact':
      return normalized === 'dpo' ? t('vendorFacts.contact.dpo') : normalized;
    case 'subprocessor':
      return normalized;
  }
}

/** What a fact adds beside its normalized form: a role's data, a recipient's countries and purpose. */
export function factDetails(fact: FactWords, t: TFunction, language: Language): string[] {
  const details: string[] = [];
  if (fact.qualifier) details.push(t('vendorFacts.qualifier', { qualifier: fact.qualifier }));
  if (fact.countries.length > 0) {
    const names = fact.countries.map((code) => normalizedText('country', code, t, language));
    details.push(t('vendorFacts.countriesOf', { countries: names.join(', ') }));
  }
  if (fact.purpose) details.push(t('vendorFacts.purposeOf', { purpose: fact.purpose }));
  return details;
}

export interface NormalizedChoice {
  value: string;
  label: string;
}

const FIXED_CHOICES: Partial<Record<FactType, readonly string[]>> = {
  role: LABELLED_ROLES,
  mechanism: MECHANISMS,
  data_category: LABELLED_DATA_CATEGORIES,
  security: LABELLED_SECURITY_MEASURES,
  government_access: LABELLED_GOVERNMENT_ACCESS,
};

/** The normalized forms a type allows, for a select; null where the form is free (names, periods, addresses). */
export function normalizedChoices(type: FactType, t: TFunction, language: Language): NormalizedChoice[] | null {
  if (type === 'country') {
    const regions = REGIONS.map((region) => ({ value: region, label: normalizedText('country', region, t, language) }));
    return [...regions, ...countryOptions(language).map((option) => ({ value: option.code, label: option.name }))];
  }
  const fixed = FIXED_CHOICES[type];
  return fixed ? fixed.map((value) => ({ value, label: normalizedText(type, value, t, language) })) : null;
}

/** The fact texts in the screens' language. */
export function useFactText() {
  const { t } = useTranslation();
  const language = useLanguage();
  return useMemo(
    () => ({
      typeLabel: (type: FactType) => t(`vendorFacts.types.${type}`),
      normalized: (fact: Pick<VendorFact, 'type' | 'normalized'>) => normalizedText(fact.type, fact.normalized, t, language),
      details: (fact: FactWords) => factDetails(fact, t, language),
      choices: (type: FactType) => normalizedChoices(type, t, language),
    }),
    [t, language],
  );
}
