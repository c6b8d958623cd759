import { slugify } from '../file-name';

/** "DTIA-<slug of the title>-<yyyy-mm-dd>.pdf", safe on every file system. */
export function reportFileName(title: string, date: Date): string {
  return `DTIA-${slugify(title, 60)}-${date.toISOString().slice(0, 10)}.pdf`;
}
