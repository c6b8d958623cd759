/**
 * Plain text of an HTML page without a DOM: the text `segment` expects, with one block per line, list items as
 * "• " lines and headings on lines of their own. Not a full HTML parser; it is enough for policy pages.
 */

const DROPPED_ELEMENTS = ['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object', 'select'];
/** Elements that start and end a paragraph: a blank line around them. */
const PARAGRAPHS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'main', 'aside', 'nav', 'figure', 'form', 'fieldset', 'details', 'address', 'hr', 'body', 'html',
]);
/** Elements that start a new line. */
const LINES = new Set(['div', 'br', 'dt', 'dd', 'figcaption', 'summary', 'caption', 'legend', 'option', 'label']);
/** Elements that start a new line; their end needs none, so that rows and items stay on adjacent lines. */
const OPENING_LINES = new Set(['tr', 'li']);
const CELLS = new Set(['td', 'th']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', shy: '',
  zwnj: '', zwj: '', ndash: '–', mdash: '—', hyphen: '‐', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', hellip: '…', bull: '•', middot: '·', copy: '©',
  reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°', plusmn: '±',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', micro: 'µ', dagger: '†',
  Dagger: '‡', prime: '′', larr: '←', rarr: '→', check: '✓', iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', auml: 'ä', Auml: 'Ä', atilde: 'ã',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç', eacute: 'é', Eacute: 'É', egrave: 'è',
  Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', iacute: 'í', Iacute: 'Í', igrave: 'ì', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', Oacute: 'Ó', ograve: 'ò', ocirc: 'ô', Ocirc: 'Ô', ouml: 'ö', Ouml: 'Ö',
  otilde: 'õ', oslash: 'ø', Oslash: 'Ø', uacute: 'ú', Uacute: 'Ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', Uuml: 'Ü',
  yacute: 'ý', yuml: 'ÿ', szlig: 'ß', eth: 'ð', thorn: 'þ',
};

function codePointText(codePoint: number): string {
  if (!Number.isFinite(codePoint) || codePoint <= 0 || codePoint > 0x10ffff) return '\ufffd';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return '\ufffd';
  if (codePoint === 0xa0) return ' ';
  return String.fromCodePoint(codePoint);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));?/g, (whole, decimal, hex, name) => {
    if (decimal !== undefined) return codePointText(Number.parseInt(decimal as string, 10));
    if (hex !== undefined) return codePointText(Number.parseInt(hex as string, 16));
    return NAMED_ENTITIES[name as string] ?? whole;
  });
}

function withoutDroppedElements(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  for (const name of DROPPED_ELEMENTS) {
    text = text.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?(?:</${name}\\s*>|$)`, 'gi'), '\n');
  }
  return text.replace(/<!DOCTYPE[^>]*>|<\?[\s\S]*?\?>/gi, '');
}

/** The address of a mailto link, shown after its text when the text does not already say it. */
function mailtoAddress(attributes: string): string | null {
  const href = /\bhref\s*=\s*(?:"mailto:([^"?]*)|'mailto:([^'?]*)|mailto:([^\s>?]*))/i.exec(attributes);
  const address = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
  return address ? decodeEntities(address).trim() : null;
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z\d-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  const body = withoutDroppedElements(html);
  let position = 0;
  let pendingAddress: string | null = null;
  let linkText = '';
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body)) !== null) {
    const text = decodeEntities(body.slice(position, match.index).replace(/\s+/g, ' '));
    parts.push(text);
    if (pendingAddress !== null) linkText += text;
    position = match.index + match[0].length;
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (name === 'a' && !closing) {
      pendingAddress = mailtoAddress(match[3] ?? '');
      linkText = '';
    } else if (name === 'a' && pendingAddress !== null) {
      if (!linkText.toLowerCase().includes(pendingAddress.toLowerCase())) parts.push(` (${pendingAddress})`);
      pendingAddress = null;
    } else if (OPENING_LINES.has(name)) {
      if (!closing) parts.push(name === 'li' ? '\n• ' : '\n');
    } else if (PARAGRAPHS.has(name)) parts.push('\n\n');
    else if (LINES.has(name)) parts.push('\n');
    else if (CELLS.has(name) && closing) parts.push('\t');
  }
  parts.push(decodeEntities(body.slice(position).replace(/\s+/g, ' ')));
  return tidy(parts.join(''));
}

/** One space between words, no space at line ends, at most one blank line in a row, list items together. */
function tidy(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/[ \t]*\t[ \t]*/g, '\t').replace(/ {2,}/g, ' ').trim());
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line !== '•') {
      kept.push(line);
      continue;
    }
    // A list item whose text sits in a nested block: the bullet joins the first line of that text.
    let next = index + 1;
    while (next < lines.length && lines[next] === '') next++;
    const following = lines[next];
    if (following !== undefined && !following.startsWith('•')) {
      lines[next] = `• ${following}`;
      index = next - 1;
    }
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^(• .*)\n\n(?=• )/gm, '$1\n')
    .trim();
}
