/**
 * File names made from an assessment's title. The JSON export and the copy embedded in the report share one name,
 * and the report model needs it to name the file it points the reader to, so the rule lives here, free of Node.
 */

/** Letters that Unicode normalisation does not split into a base letter and a mark. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** A file-system-safe, lower-case ASCII name for a title, at most `maxLength` characters; never empty. */
export function slugify(title: string, maxLength = 80): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßłøæœđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug === '' ? 'assessment' : slug;
}

export function attachmentFileName(title: string): string {
  return `${slugify(title)}.dtia.json`;
}
