import { z } from 'zod';
import type { AdequacyDecision, CountryEntry, InternationalOrganisation, LawEntry, LawLibrary, ScenarioTemplate } from './law-library';
import { sha256Hex } from './sha256';

/**
 * A translation of the law library's prose, shipped beside it as `law-library.<language>.json`.
 *
 * Each text is keyed by the stable ids of the entry it belongs to (country code, law id, questionnaire item id,
 * scenario id; preconditions, which have no id, by position), so a missing key simply leaves that one field in
 * English. Each translation carries a short SHA-256 of the English text it was made from: when the English text
 * changes, the hash no longer matches, the English text is used and the key is reported as stale.
 *
 * Translated: names of countries and organisations, the descriptive names of laws and scenarios, every sentence
 * (summaries, scope, safeguards, questionnaire, scenario factors and their bases, caveats, re-check notes, adequacy
 * notes and decision references). Left as they are: ids, codes, numbers, URLs, the citation line, the "as of"
 * dates and the sources, which name documents in their own language.
 */

export const TRANSLATION_FORMAT = 'dtia-law-library-translation';
export const TRANSLATION_LANGUAGES = ['de'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** Hex digits of SHA-256 kept per text: enough to notice any edit, short enough to leave the file readable. */
export const SOURCE_HASH_LENGTH = 12;

export const translatedTextSchema = z
  .object({
    /** The first SOURCE_HASH_LENGTH hex digits of the SHA-256 of the English text this translates. */
    source: z.string().regex(new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`)),
    text: z.string().min(1),
  })
  .strict();

export const lawLibraryTranslationSchema = z
  .object({
    format: z.literal(TRANSLATION_FORMAT),
    language: z.enum(TRANSLATION_LANGUAGES),
    /** The library format version the keys were made for. */
    baseVersion: z.number().int().positive(),
    /** The library's "as of" date when the translation was last brought up to date. */
    baseAsOf: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
    /** By key (see mapLawLibraryTexts); keys the library no longer has are reported as unused, not refused. */
    texts: z.record(z.string().min(1), translatedTextSchema),
  })
  .strict();

export type TranslatedText = z.infer<typeof translatedTextSchema>;
export type LawLibraryTranslation = z.infer<typeof lawLibraryTranslationSchema>;

export function sourceHash(englishText: string): string {
  return sha256Hex(englishText).slice(0, SOURCE_HASH_LENGTH);
}

/** Given a field's key and its English text, the text to put in its place. */
type TextMapper = (key: string, english: string) => string;

function mapDecision(prefix: string, decision: AdequacyDecision, map: TextMapper): AdequacyDecision {
  return { reference: map(`${prefix}.reference`, decision.reference), date: map(`${prefix}.date`, decision.date) };
}

function mapScenario(prefix: string, scenario: ScenarioTemplate, map: TextMapper): ScenarioTemplate {
  const key = `${prefix}.scenarios.${scenario.id}`;
  return {
    ...scenario,
    name: map(`${key}.name`, scenario.name),
    annualTrigger: {
      ...scenario.annualTrigger,
      label: map(`${key}.annualTrigger.label`, scenario.annualTrigger.label),
      basis: map(`${key}.annualTrigger.basis`, scenario.annualTrigger.basis),
    },
    preconditions: scenario.preconditions.map((factor, index) => ({
      ...factor,
      label: map(`${key}.preconditions.${index}.label`, factor.label),
      basis: map(`${key}.preconditions.${index}.basis`, factor.basis),
    })),
  };
}

function mapLaw(law: LawEntry, map: TextMapper): LawEntry {
  const key = `laws.${law.id}`;
  const mapped: LawEntry = {
    ...law,
    name: map(`${key}.name`, law.name),
    summary: map(`${key}.summary`, law.summary),
    scope: map(`${key}.scope`, law.scope),
    // Adequacy entries have no safeguards of their own; an empty field has nothing to translate.
    safeguards: law.safeguards === '' ? '' : map(`${key}.safeguards`, law.safeguards),
    questionnaire: law.questionnaire.map((item) => {
      const itemKey = `${key}.questionnaire.${item.id}`;
      const text = map(`${itemKey}.text`, item.text);
      return item.help === undefined ? { ...item, text } : { ...item, text, help: map(`${itemKey}.help`, item.help) };
    }),
    scenarios: law.scenarios.map((scenario) => mapScenario(key, scenario, map)),
  };
  if (law.recheck !== undefined) mapped.recheck = map(`${key}.recheck`, law.recheck);
  if (law.caveat !== undefined) mapped.caveat = map(`${key}.caveat`, law.caveat);
  return mapped;
}

function mapCountry(country: CountryEntry, map: TextMapper): CountryEntry {
  const key = `countries.${country.code}`;
  const mapped: CountryEntry = {
    ...country,
    name: map(`${key}.name`, country.name),
    adequacyNote: map(`${key}.adequacyNote`, country.adequacyNote),
    laws: country.laws.map((law) => mapLaw(law, map)),
  };
  if (country.adequacyDecision) mapped.adequacyDecision = mapDecision(`${key}.adequacyDecision`, country.adequacyDecision, map);
  return mapped;
}

function mapOrganisation(organisation: InternationalOrganisation, map: TextMapper): InternationalOrganisation {
  const key = `organisations.${organisation.id}`;
  const mapped: InternationalOrganisation = {
    ...organisation,
    name: map(`${key}.name`, organisation.name),
    adequacyNote: map(`${key}.adequacyNote`, organisation.adequacyNote),
  };
  if (organisation.adequacyDecision) {
    mapped.adequacyDecision = mapDecision(`${key}.adequacyDecision`, organisation.adequacyDecision, map);
  }
  if (organisation.caveat !== undefined) mapped.caveat = map(`${key}.caveat`, organisation.caveat);
  return mapped;
}

/** The library with every translatable text replaced by what `map` returns for it; everything else is kept. */
export function mapLawLibraryTexts(library: LawLibrary, map: TextMapper): LawLibrary {
  const mapped: LawLibrary = { ...library, countries: library.countries.map((country) => mapCountry(country, map)) };
  if (library.internationalOrganisations) {
    mapped.internationalOrganisations = library.internationalOrganisations.map((o) => mapOrganisation(o, map));
  }
  return mapped;
}

/** Every translatable text of the library, by key, in the library's order. */
export function translatableTexts(library: LawLibrary): Map<string, string> {
  const texts = new Map<string, string>();
  mapLawLibraryTexts(library, (key, english) => {
    texts.set(key, english);
    return english;
  });
  return texts;
}

export interface TranslationResult {
  library: LawLibrary;
  /** Keys with no translation: shown in English. */
  missing: string[];
  /** Keys whose translation was made from an English text that has since changed: shown in English. */
  stale: string[];
  /** Keys of the translation that match no text of the library (a removed entry or a renamed id). */
  unused: string[];
}

export function translateLawLibrary(library: LawLibrary, translation: LawLibraryTranslation): TranslationResult {
  const missing: string[] = [];
  const stale: string[] = [];
  const used = new Set<string>();
  const translated = mapLawLibraryTexts(library, (key, english) => {
    const entry = translation.texts[key];
    if (!entry) {
      missing.push(key);
      return english;
    }
    used.add(key);
    if (entry.source !== sourceHash(english)) {
      stale.push(key);
      return english;
    }
    return entry.text;
  });
  const unused = Object.keys(translation.texts).filter((key) => !used.has(key));
  return { library: translated, missing, stale, unused };
}

/** The library in the translation's language, field by field; any text without a current translation stays English. */
export function applyLawLibraryTranslation(library: LawLibrary, translation: LawLibraryTranslation): LawLibrary {
  return translateLawLibrary(library, translation).library;
}
