import { vendorMatchKey } from './vendor';

/**
 * Whether two names mean the same organisation, as a transfer map writes them: without case, punctuation and legal
 * form ("Amazon Web Services, Inc." and "amazon web services" are one), and a name that continues another one word
 * for word ("Twilio" and "Twilio Ireland Limited") is taken for the same group.
 */

const LEGAL_FORMS = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'kg',
  'se', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'as', 'asa', 'aps', 'kk', 'pte', 'pty', 'lp', 'llp',
]);

function words(name: string): string[] {
  const key = vendorMatchKey(name.replace(/&/g, ' and '));
  if (key === null) return [];
  const all = key
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  // Legal forms are dropped only at the end, where they stand: "AS Software" keeps its first word.
  while (all.length > 1 && LEGAL_FORMS.has(all[all.length - 1] ?? '')) all.pop();
  return all;
}

export function sameOrganisation(a: string, b: string): boolean {
  const left = words(a);
  const right = words(b);
  if (left.length === 0 || right.length === 0) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((word, index) => longer[index] === word);
}

/** An id for a party or transfer the profile adds, read from its name, unique on the map and within the schema's pattern. */
export function readableId(prefix: string, name: string, taken: ReadonlySet<string>): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const base = slug === '' ? prefix : `${prefix}-${slug}`;
  let candidate = base;
  for (let suffix = 2; taken.has(candidate); suffix++) candidate = `${base}-${suffix}`;
  return candidate;
}
