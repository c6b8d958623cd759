import { describe, expect, it } from 'vitest';
import { createI18n, resources } from '../../shared/i18n';

/** Every leaf of a resource tree under its dotted key, as i18next resolves it. */
function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value as object, path)) out.set(k, v);
    else throw new Error(`${path} is neither text nor a group`);
  }
  return out;
}

const english = flatten(resources.en.translation);
const german = flatten(resources.de.translation);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Interpolation names, whether used on their own or inside a nested `$t(…)` key. */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

function withoutVariables(text: string): string {
  return text.replace(/\$t\([^)]*\)/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ');
}

/** Every run of digits, in order: a translation must not change, add or drop a number. */
function numbers(text: string): string[] {
  return [...withoutVariables(text).matchAll(/\d+/g)].map((m) => m[0]).sort();
}

/** Case numbers and addresses, which a translation carries over character for character. */
function fixedTokens(text: string): string[] {
  return [...text.matchAll(/\b[CT]-\d+\/\d+(?: P)?\b|https?:\/\/\w[\w.-]*\S*|SI \d{4}\/\d+|\b\d{2}\/\d{4}\b|\(EU\) \d{4}\/\d+/g)].map((m) => m[0]).sort();
}

/**
 * Keys whose German citation form spells out a subdivision the English names in words
 * ("Art. 49(1), second subparagraph" is "Art. 49 Abs. 1 UAbs. 2").
 */
const CITATION_FORM_ADDS_NUMBER = new Set(['options.art49.compelling-legitimate-interests']);

/** Texts that are the same in both languages: names, acronyms, and words German shares with English. */
const SAME_IN_BOTH = new Set([
  'DTIA Studio',
  'DTIA Studio {{version}}',
  'Name',
  'Status',
  'Option',
  'Organisation',
  'Passphrase',
  'Version',
  'RSA 3072',
  // A language's own name in the language menu.
  'Deutsch',
  'Details',
  'Data Privacy Framework',
  'International Data Transfer Agreement (IDTA)',
  'UK International Data Transfer Agreement (IDTA)',
]);

/** True when the text holds a word at all (not only variables, numbers, symbols such as "→" or "—"). */
function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(withoutVariables(text));
}

describe('German texts', () => {
  it('have every English key, and no key English lacks', () => {
    const missing = [...english.keys()].filter((key) => !german.has(key));
    const extra = [...german.keys()].filter((key) => !english.has(key));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(german.size).toBeGreaterThan(1000);
  });

  it('use the same interpolation variables as English, key by key', () => {
    const differing = [...english].filter(([key, text]) => german.has(key) && variables(german.get(key) ?? '').join() !== variables(text).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('have the same plural forms as English, and every form German needs', () => {
    const forms = (keys: Iterable<string>): Map<string, string[]> => {
      const byBase = new Map<string, string[]>();
      for (const key of keys) {
        const match = PLURAL_SUFFIX.exec(key);
        if (!match) continue;
        const base = key.slice(0, match.index);
        byBase.set(base, [...(byBase.get(base) ?? []), match[1] ?? ''].sort());
      }
      return byBase;
    };
    const englishForms = forms(english.keys());
    const germanForms = forms(german.keys());
    expect(englishForms.size).toBeGreaterThan(5);
    expect([...germanForms.keys()].sort()).toEqual([...englishForms.keys()].sort());
    const needed = new Intl.PluralRules('de').resolvedOptions().pluralCategories;
    for (const [base, suffixes] of germanForms) {
      expect(suffixes, base).toEqual(englishForms.get(base));
      for (const category of needed) expect(suffixes, `${base} lacks _${category}`).toContain(category);
    }
  });

  it('keep every number, case number, reference and address of the English text', () => {
    const changedNumbers = [...english].filter(
      ([key, text]) => !CITATION_FORM_ADDS_NUMBER.has(key) && numbers(german.get(key) ?? '').join() !== numbers(text).join(),
    );
    expect(changedNumbers.map(([key, text]) => `${key}: ${numbers(text).join()} → ${numbers(german.get(key) ?? '').join()}`)).toEqual([]);
    const changedTokens = [...english].filter(([key, text]) => fixedTokens(german.get(key) ?? '').join() !== fixedTokens(text).join());
    expect(changedTokens.map(([key]) => key)).toEqual([]);
    // The allowed exception really is the German citation form, not some other number.
    expect(german.get('options.art49.compelling-legitimate-interests')).toContain('Art. 49 Abs. 1 UAbs. 2 DSGVO');
  });

  it('are translated: no text is left in English except names and acronyms', () => {
    const untranslated = [...english].filter(([key, text]) => hasWords(text) && german.get(key) === text && !SAME_IN_BOTH.has(text));
    expect(untranslated.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    // The allow-list names only texts that exist, so it cannot silently grow stale.
    const stale = [...SAME_IN_BOTH].filter((text) => ![...english.values()].includes(text));
    expect(stale).toEqual([]);
  });

  it('use German legal terms and citation style throughout', () => {
    const offending = [...german].filter(
      ([, text]) =>
        /\bEDPB\b/.test(text) ||
        /(?<!UK )\bGDPR\b/.test(text) ||
        /Art\. \d+\(/.test(text) ||
        /\bClause\b/.test(text) ||
        /\b(?:data exporter|data importer|sub-processor|controller|processor)\b/i.test(withoutVariables(text)),
    );
    expect(offending.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
    expect(german.get('options.tool.scc')).toContain('Art. 46 Abs. 2 lit. c DSGVO');
    expect(german.get('references.edpbRecommendations')).toContain('Empfehlungen 01/2020 des EDSA (Europäischer Datenschutzausschuss)');
  });

  it('nest only keys that exist in German', () => {
    const isGroup = (path: string): boolean => [...german.keys()].some((key) => key.startsWith(`${path}.`));
    for (const [key, text] of german) {
      for (const match of text.matchAll(/\$t\(([^)]*)\)/g)) {
        const target = match[1] ?? '';
        const variable = /^(.*)\.\{\{\w+\}\}(.*)$/.exec(target);
        if (variable) expect(isGroup(variable[1] ?? ''), `${key} nests ${target}`).toBe(true);
        else expect(german.has(target), `${key} nests ${target}`).toBe(true);
      }
    }
  });
});

describe('createI18n("de")', () => {
  const i18n = createI18n('de');
  const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});

  it('gives German report texts', () => {
    expect(t('report.title')).toBe('Datentransfer-Folgenabschätzung');
    expect(t('report.footer.page', { page: 3, pages: 41 })).toBe('Seite 3 von 41');
    expect(t('report.cover.exporter')).toBe('Datenexporteur');
    expect(t('report.cover.subProcessors')).toBe('Unterauftragsverarbeiter');
    expect(t('options.tool.scc')).toBe('Standardvertragsklauseln (SCC) (Art. 46 Abs. 2 lit. c DSGVO)');
    expect(t('options.role.controller')).toBe('Verantwortlicher');
  });

  it('chooses the German plural form by count', () => {
    expect(t('editor.openQuestions', { count: 1 })).toBe('1 erforderliche Frage noch offen');
    expect(t('editor.openQuestions', { count: 4 })).toBe('4 erforderliche Fragen noch offen');
    expect(t('analysis.library.sources', { count: 1 })).toBe('1 Quelle in der Rechtsbibliothek');
    expect(t('analysis.library.sources', { count: 0 })).toBe('0 Quellen in der Rechtsbibliothek');
  });

  it('turns codes the engine passes into German words through nesting', () => {
    expect(t('engine.transfers.warning.art49Systematic', { frequency: 'periodic' })).toContain('(Häufigkeit: Periodisch)');
    expect(t('engine.laws.outOfScope', { law: 'FISA 702', question: 'Ist der Datenimporteur ein Anbieter?', answer: 'no' })).toBe(
      'FISA 702 erfasst diese Übermittlung nicht: „Ist der Datenimporteur ein Anbieter?“ wurde mit „Nein“ beantwortet.',
    );
    expect(t('engine.checklist.becauseTool', { tool: 'scc', transfers: 'A → B' })).toBe(
      'Weil Standardvertragsklauseln (SCC) (Art. 46 Abs. 2 lit. c DSGVO) das Instrument ist für: A → B.',
    );
    expect(t('engine.laws.unconfirmed', { law: 'CLOUD Act', confidence: 'partly' })).toContain('„teilweise bestätigt“');
  });

  it('leaves English as it was', () => {
    const en = createI18n('en');
    expect(en.t('report.title')).toBe('Data Transfer Impact Assessment');
    expect(en.t('report.footer.page', { page: 3, pages: 41 })).toBe('Page 3 of 41');
  });
});
