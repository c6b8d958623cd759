import { COUNTRY_CODES } from '../../../shared/domain/countries';
import type { Language } from '../../../shared/i18n';

const regionNames = new Map<Language, Intl.DisplayNames>();

function namesIn(language: Language): Intl.DisplayNames {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    regionNames.set(language, names);
  }
  return names;
}

export function countryName(code: string, language: Language): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return namesIn(language).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

const optionsByLanguage = new Map<Language, readonly CountryOption[]>();

/** Every selectable country, ordered by its name in `language` (Ä among the A in German). */
export function countryOptions(language: Language): readonly CountryOption[] {
  let options = optionsByLanguage.get(language);
  if (!options) {
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, language) })).sort((a, b) =>
      a.name.localeCompare(b.name, language),
    );
    optionsByLanguage.set(language, options);
  }
  return options;
}
