import i18next, { type i18n as I18n } from 'i18next';
import { analysis } from './en/analysis';
import { engine } from './en/engine';
import { map } from './en/map';
import { report } from './en/report';
import { scc } from './en/scc';
import { ui } from './en/ui';
import { wizard } from './en/wizard';

/**
 * Text resources by language. English is complete; other languages add a folder with the same modules and
 * fall back to English for any key they lack.
 */
export const SUPPORTED_LANGUAGES = ['en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const resources = {
  en: { translation: { ...ui, ...wizard, ...report, ...engine, ...scc, ...map, ...analysis } },
} as const;

/** A fresh, synchronous i18next instance; the renderer binds it to React, the report renderer uses it directly. */
export function createI18n(language: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
