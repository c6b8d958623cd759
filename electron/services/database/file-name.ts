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

const MAX_SLUG_LENGTH = 80;

/** A file-system-safe, lower-case ASCII name for a title; never empty. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[ßłøæœđðþı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'assessment' : slug;
}

export function exportFileName(title: string): string {
  return `${slugify(title)}.dtia.json`;
}
