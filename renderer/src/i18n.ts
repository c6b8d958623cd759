import { useTranslation } from 'react-i18next';
import { createI18n, SUPPORTED_LANGUAGES, type Language } from '../../shared/i18n';

/** The screens' texts. main.tsx switches it to the saved language before the first render. */
export const i18n = createI18n('en');

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Switches the texts and the document's language, which screen readers and hyphenation follow. */
export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  document.title = i18n.t('app.name');
}

/** The language the screens show now; a component that asks re-renders when the user chooses another. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'en';
}

/** A language's name in that language ("English", "Deutsch"), so each reader finds their own in the list. */
export function ownName(language: Language): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    return name ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : language;
  } catch {
    return language;
  }
}
