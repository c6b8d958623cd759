/** Letters that Unicode decomposition leaves whole but that have a plain ASCII spelling. */
const ASCII_SPELLINGS: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th' };

/** "DTIA-<slug of the title>-<yyyy-mm-dd>.pdf", safe on every file system. */
export function reportFileName(title: string, date: Date): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßłøæœđðþ]/g, (letter) => ASCII_SPELLINGS[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return `DTIA-${slug === '' ? 'assessment' : slug}-${date.toISOString().slice(0, 10)}.pdf`;
}
