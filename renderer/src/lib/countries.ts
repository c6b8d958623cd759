import { COUNTRY_CODES } from '../../../shared/domain/countries';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Every selectable country, ordered by its display name. */
export const COUNTRY_OPTIONS: ReadonlyArray<{ code: string; name: string }> = COUNTRY_CODES.map((code) => ({
  code,
  name: countryName(code),
})).sort((a, b) => a.name.localeCompare(b.name, 'en'));
