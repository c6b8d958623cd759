import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StepKey } from '../../../../shared/domain/assessment';
import type { Language } from '../../../../shared/i18n';
import type { AppliedChange } from '../../../../shared/vendors/apply-to-assessment';
import { findStep } from '../../../../shared/wizard/steps';
import { useLanguage } from '../../i18n';
import { countryName } from '../../lib/countries';
import { formatDate } from '../../lib/format';
import { useFactText } from '../vendor-documents/factText';

const COUNTRY_VALUES: Record<string, readonly string[]> = {
  importerCountrySet: ['country'],
  importerCountryDiffers: ['current', 'stated'],
  subprocessorAdded: ['country'],
  subprocessorCountrySet: ['country'],
};
const TOOL_VALUES: Record<string, readonly string[]> = { toolSet: ['tool'], toolDiffers: ['current', 'stated'] };

function stepTitle(step: string, t: TFunction): string {
  try {
    return t(findStep(step as StepKey).titleKey);
  } catch {
    return step;
  }
}

/** The change's values in words: countries by name, transfer tools and steps by their labels, dates as dates. */
function valuesInWords(change: AppliedChange, t: TFunction, language: Language): Record<string, string> {
  const values = { ...change.values };
  for (const key of COUNTRY_VALUES[change.kind] ?? []) if (values[key]) values[key] = countryName(values[key], language);
  for (const key of TOOL_VALUES[change.kind] ?? []) if (values[key]) values[key] = t(`options.tool.${values[key]}`, { defaultValue: values[key] });
  if (values.checkedOn) values.checkedOn = formatDate(values.checkedOn, language);
  if (change.kind === 'evidenceLinked' && values.step) values.step = stepTitle(values.step, t);
  return values;
}

/** What applying a vendor profile changed in the map, one line per change. */
export function AppliedChangesList({ changes }: { changes: readonly AppliedChange[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useFactText();
  if (changes.length === 0) return <p>{t('vendorDocs.fill.nothingApplied')}</p>;
  return (
    <>
      <p className="notice-title">{t('vendorDocs.fill.applied')}</p>
      <ul className="plain-list applied-changes">
        {changes.map((change, index) => {
          const values = valuesInWords(change, t, language);
          const kind = change.kind === 'subprocessorAdded' && !change.values.country ? 'subprocessorAddedNoCountry' : change.kind;
          const generic = t('vendorFacts.applied.generic', { type: words.typeLabel(change.factType), values: Object.values(values).join(', ') });
          return <li key={`${change.factId}-${index}`}>{t(`vendorFacts.applied.${kind}`, { ...values, defaultValue: generic })}</li>;
        })}
      </ul>
    </>
  );
}
