import { useLanguage } from '../../i18n';

const formats = new Map<string, Intl.NumberFormat>();

/** Counts as the screen's language writes them (10,000 or 10.000). */
export function useCountFormat(): (count: number) => string {
  const language = useLanguage();
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB');
    formats.set(language, format);
  }
  return format.format.bind(format);
}
