/**
 * Recipients that are not in the gazetteer, read from the shapes sub-processor lists take: a row that starts with a
 * name ("Acme Hosting — Hosting — Germany", "Acme Hosting | Storage | US"), or a company name with its legal form
 * ("Acme Hosting Inc. (hosting, United States)"). Also what a list says next to a name: its purpose and countries.
 */

/** A country lookup: "United States" → 'US'; null when the phrase is not a country. */
export type CountryOf = (phrase: string) => string | null;

export interface NameFound {
  /** The name as written, legal form included. */
  value: string;
  /** The trading name: the name without its legal form ("Acme Hosting"). */
  name: string;
  index: number;
  end: number;
}

export interface Annotations {
  purpose?: string;
  countries?: string[];
}

/** A company's legal form after its name, with the comma some write before it (", Inc.", " GmbH"). */
export const LEGAL_FORM = new RegExp(
  String.raw`,?\s+(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|Private Limited|Pvt\.? Ltd\.?|GmbH(?: & Co\. KG)?|AG|KG|SE|B\.V\.|BV|N\.V\.|NV|` +
    String.raw`S\.A\.S?\.?|SAS|SARL|S\.à r\.l\.|S\.r\.l\.|S\.p\.A\.|SpA|S\.L\.|S\.A\. de C\.V\.|Ltda\.?|Corp\.?|Corporation|Co\., Ltd\.|Co\.|` +
    String.raw`PLC|plc|Pty\.? Ltd\.?|Pte\.? Ltd\.?|AB|Oy|Oyj|ApS|A\/S|AS|ASA|K\.K\.|LLP|LP|Kft\.|Zrt\.|Sp\. z o\.o\.|s\.r\.o\.|a\.s\.|d\.o\.o\.|OÜ|UAB|SIA|Lda\.)(?![\w])`,
);
const LEADING_LEGAL_FORM = new RegExp(`^${LEGAL_FORM.source}`);
const NAME_WORD = String.raw`(?:[A-Z0-9][\w&'’.+-]*|of|and|&|de|du|la|für)`;
const LEGAL_NAME = new RegExp(String.raw`(?<![\w-])[A-Z][\w&'’.+-]*(?:\s+${NAME_WORD}){0,5}${LEGAL_FORM.source}`, 'g');
const ROW_NAME = new RegExp(String.raw`^[A-Z][\w&'’.+-]*(?:\s+${NAME_WORD}){0,4}?(?:${LEGAL_FORM.source})?(?=\s*(?:\t|\s\|\s|\s[—–-]\s|:\s|\(|,\s|$))`);

/** Words that start sentences and table headers, never a company's name. */
const NOT_A_NAME = new Set(
  (
    'a an all any as at by each for from if in it its name names entity entities our purpose purposes location locations ' +
    'country countries sub-processor sub-processors subprocessor subprocessors processor vendor vendors service services ' +
    'provider providers category categories data customer processing description type address the these this those to ' +
    'we when where which who with you your they their such including e.g. note please see list last updated effective ' +
    'hosting storage support infrastructure affiliate affiliates region regions function'
  ).split(' '),
);

/** Words of kinds of recipients ("Payment Processors", "Cloud Hosting Providers"): a name of only these is a role. */
const GENERIC_WORDS = new Set(
  (
    'payment payments processor processors provider providers gateway gateways partner partners vendor vendors ' +
    'supplier suppliers service services cloud hosting host analytics advertising advertisers marketing email e-mail ' +
    'sms messaging communications support customer customers social media network networks tools tool platform ' +
    'platforms third third-party party parties affiliates affiliated companies company group entities authorities ' +
    'law enforcement legal professional advisors advisers auditors business partners sub-processors subprocessors ' +
    'infrastructure data centers centres center centre storage security fraud prevention technology technical it ' +
    'other others external trusted selected our ai carriers carrier telecommunications operators banks processing ' +
    'delivery communication notifications sharing backup backups logging monitoring authentication sales compliance ' +
    'transactions integrations integration research surveys transfers transfer business requirements purposes'
  ).split(' '),
);

const LEADING_FILLER = /^(?:(?:The|Through|With|By|Our|And|Including|Such|As|Use|Uses|Using|Via|From|To|For|In|On|At|Like|Namely|Both|Also)\s+)+/;
const BULLET = /^\s*(?:[-–—•*·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+/;

export function withoutLegalForm(value: string): string {
  return value.replace(new RegExp(`${LEGAL_FORM.source}\\s*$`), '').trim();
}

function found(value: string, index: number): NameFound | null {
  const trimmed = value.replace(LEADING_FILLER, '');
  const start = index + (value.length - trimmed.length);
  const name = withoutLegalForm(trimmed);
  const firstWord = name.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (name.length < 2 || NOT_A_NAME.has(firstWord) || NOT_A_NAME.has(name.toLowerCase())) return null;
  if (name.toLowerCase().split(/[\s/&-]+/).every((word) => GENERIC_WORDS.has(word) || word === 'and')) return null;
  return { value: trimmed, name, index: start, end: start + trimmed.length };
}

/** Company names with a legal form anywhere in the sentence, not followed by a street address. */
export function legalEntityNames(text: string): NameFound[] {
  const names: NameFound[] = [];
  for (const match of text.matchAll(LEGAL_NAME)) {
    const rest = text.slice(match.index + match[0].length);
    if (/^,?\s*\d/.test(rest)) continue;
    const name = found(match[0], match.index);
    if (name) names.push(name);
  }
  return names;
}

/** The name a list item or table row starts with, when a separator or the end of the row follows it. */
export function rowName(text: string): NameFound | null {
  const bullet = BULLET.exec(text)?.[0] ?? '';
  const row = text.slice(bullet.length);
  const match = ROW_NAME.exec(row);
  if (!match) return null;
  const rest = row.slice(match[0].length);
  const bare = rest.trim() === '';
  if (bare && !LEGAL_FORM.test(match[0])) return null;
  if (!bare && /^:\s/.test(rest) && match[0].split(/\s+/).length > 3) return null;
  return found(match[0], bullet.length);
}

const SEPARATOR = /\t|\s\|\s|\s[—–-]\s/;

function clean(part: string): string {
  return part.replace(/^[\s,;:|—–-]+|[\s,;:|—–.-]+$/g, '');
}

/** A purpose is a short label ("hosting", "AI processing"), not a sentence about the recipient. */
function isPurposeLabel(text: string): boolean {
  if (text.length < 3 || text.length > 80) return false;
  if (/\b(?:e\.g\.|i\.e\.|we|our|us|they|their|it|is|are|was|were|will|may)\b/i.test(text)) return false;
  if (/^(?:as|to|for|see|the)(?!\w)/i.test(text)) return false;
  return !/[.!?]\s/.test(text);
}

function splitCountries(cells: string[], countryOf: CountryOf | undefined): Annotations {
  const countries: string[] = [];
  const purposes: string[] = [];
  for (const cell of cells.map(clean).filter(Boolean)) {
    const parts = countryOf ? cell.split(/\s*(?:,|;|\/|\band(?!\w))\s*/).map(clean).filter(Boolean) : [];
    const codes = parts.map((part) => countryOf?.(part) ?? null);
    if (parts.length > 0 && codes.every((code) => code !== null)) {
      for (const code of codes) if (code && !countries.includes(code)) countries.push(code);
    } else if (isPurposeLabel(cell)) {
      purposes.push(cell);
    }
  }
  const annotations: Annotations = {};
  if (purposes.length > 0) annotations.purpose = purposes.join('; ');
  if (countries.length > 0) annotations.countries = countries;
  return annotations;
}

/**
 * What follows a name on the same line: "(AI processing)", "(hosting, United States)", "— Hosting — Germany",
 * "| Email delivery | US". Without a country lookup every cell is read as purpose when it looks like one.
 */
export function annotationsAfter(text: string, countryOf: CountryOf | undefined): Annotations {
  const after = text.replace(LEADING_LEGAL_FORM, '');
  const parenthesis = /^\s*,?\s*\(([^()]{2,120})\)/.exec(after);
  if (parenthesis) {
    const inside = parenthesis[1]!;
    if (/^\s*(?:e\.g\.|i\.e\.|["“”'‘]|the\s)/i.test(inside) || LEGAL_FORM.test(` ${inside}`)) return {};
    const cells = countryOf ? inside.split(/\s*[,;]\s*/) : [inside];
    return splitCountries(cells, countryOf);
  }
  const row = /^\s*(?:\t|\s?\|\s|\s?[—–-]\s|:\s)(.*)$/.exec(after);
  if (!row) return {};
  return splitCountries(row[1]!.split(SEPARATOR), countryOf);
}
