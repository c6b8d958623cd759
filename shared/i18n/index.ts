import i18next, { type i18n as I18n } from 'i18next';
import { analysis } from './en/analysis';
import { engine } from './en/engine';
import { exchange } from './en/exchange';
import { history } from './en/history';
import { map } from './en/map';
import { records } from './en/records';
import { report } from './en/report';
import { scc } from './en/scc';
import { ui } from './en/ui';
import { wizard } from './en/wizard';
import { analysis as analysisDe } from './de/analysis';
import { engine as engineDe } from './de/engine';
import { exchange as exchangeDe } from './de/exchange';
import { history as historyDe } from './de/history';
import { map as mapDe } from './de/map';
import { records as recordsDe } from './de/records';
import { report as reportDe } from './de/report';
import { scc as sccDe } from './de/scc';
import { ui as uiDe } from './de/ui';
import { wizard as wizardDe } from './de/wizard';

/**
 * Text resources by language. English is complete; other languages add a folder with the same modules and
 * fall back to English for any key they lack.
 */
export const SUPPORTED_LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const resources = {
  en: { translation: { ...ui, ...wizard, ...report, ...engine, ...scc, ...map, ...analysis, ...history, ...records, ...exchange } },
  de: { translation: { ...uiDe, ...wizardDe, ...reportDe, ...engineDe, ...sccDe, ...mapDe, ...analysisDe, ...historyDe, ...recordsDe, ...exchangeDe } },
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
