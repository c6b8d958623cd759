import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lawLibraryTranslationStatus, loadLawLibrary } from '../../electron/services/law-library';
import { lawLibrarySchema, type LawLibrary } from '../../shared/domain/law-library';
import {
  applyLawLibraryTranslation,
  lawLibraryTranslationSchema,
  mapLawLibraryTexts,
  sourceHash,
  translatableTexts,
  translateLawLibrary,
  type LawLibraryTranslation,
} from '../../shared/domain/law-library-translation';
import { failureOf } from '../integration/support/failures';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = path.join(repoRoot, 'resources');
const translationFile = path.join(resourcesDir, 'law-library.de.json');

const english = loadLawLibrary(resourcesDir);
const german = loadLawLibrary(resourcesDir, 'de');
const rawTranslation: unknown = JSON.parse(readFileSync(translationFile, 'utf8'));
const translation = lawLibraryTranslationSchema.parse(rawTranslation);
const englishTexts = translatableTexts(english);
const germanTexts = translatableTexts(german);

const URL_PATTERN = /https?:\/\/[^\s"')]+/g;

/**
 * What a translation must carry over unchanged: URLs, US and EU citations, and every run of digits (numbers, dates,
 * decision and case numbers, sections). Digit runs rather than whole numbers, so that "2,800" may become "2.800"
 * and "10 July 2023" "10. Juli 2023" while no figure, year or reference can change.
 */
function factTokens(text: string): string[] {
  const urls = [...text.matchAll(URL_PATTERN)].map((m) => m[0]);
  const rest = text.replace(URL_PATTERN, ' ');
  const citations = [
    /§+\s?\d+[a-z]*(?:\([0-9A-Za-z]+\))*/g, // §1881a, §1881(b)(4), §2703(d)
    /Pub\. L\. \d+-\d+/g,
    /\bEO \d+/g,
    /\d+ U\.S\.C\./g,
    /\d+ CFR/g,
    /ECLI:[A-Z0-9:]+/g,
    /\b[CT]-\d+\/\d+(?: P)?/g, // T-553/23, C-703/25 P
    /\b\d+-FZ\b/g,
  ].flatMap((pattern) => [...rest.matchAll(pattern)].map((m) => m[0]));
  const digits = [...rest.matchAll(/\d+/g)].map((m) => m[0]);
  return [...urls, ...citations, ...digits].sort();
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('the German law library translation', () => {
  it('validates and names the library version and date it was made for', () => {
    const parsed = lawLibraryTranslationSchema.safeParse(rawTranslation);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(translation.language).toBe('de');
    expect(translation.baseVersion).toBe(english.version);
    expect(translation.baseAsOf).toBe(english.asOf);
  });

  it('translates every prose field of the English library from its current text', () => {
    const { missing, stale, unused } = translateLawLibrary(english, translation);
    // On failure this lists what to (re)translate, with the English text and the source hash to store beside it.
    const toDo = (keys: string[]) =>
      keys.map((key) => ({ key, source: sourceHash(englishTexts.get(key) ?? ''), english: englishTexts.get(key) }));
    expect({ missing: toDo(missing), stale: toDo(stale), unused }).toEqual({ missing: [], stale: [], unused: [] });
    expect(lawLibraryTranslationStatus(resourcesDir, 'de')).toEqual({ missing: [], stale: [], unused: [] });
    expect(englishTexts.size).toBeGreaterThan(500);
    expect(Object.keys(translation.texts).length).toBe(englishTexts.size);
  });

  it('keeps every number, date, section, public law, executive order, case number and URL of each text', () => {
    const changed: string[] = [];
    for (const [key, text] of englishTexts) {
      const before = factTokens(text);
      const after = factTokens(germanTexts.get(key) ?? '');
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        changed.push(`${key}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it('puts German into every sentence rather than copying the English', () => {
    // Names of laws may stay as they are: most are proper names ("Telecommunications (Interception and Access) Act 1979").
    const isLawName = (key: string) => /^laws\.[^.]+\.name$/.test(key);
    const copied = [...englishTexts].filter(
      ([key, text]) => !isLawName(key) && wordCount(text) >= 6 && germanTexts.get(key) === text,
    );
    expect(copied.map(([key]) => key)).toEqual([]);
    expect(germanTexts.get('countries.US.name')).toBe('Vereinigte Staaten');
    expect(german.countries.find((c) => c.code === 'US')?.laws.find((l) => l.id === 'us-fisa-702')?.citation).toBe(
      english.countries.find((c) => c.code === 'US')?.laws.find((l) => l.id === 'us-fisa-702')?.citation,
    );
  });

  it('gives a German library that validates and differs from the English one only in prose', () => {
    const parsed = lawLibrarySchema.safeParse(german);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const withoutProse = (library: LawLibrary) => mapLawLibraryTexts(library, () => '');
    expect(withoutProse(german)).toEqual(withoutProse(english));
    expect(german).not.toEqual(english);
  });
});

describe('applyLawLibraryTranslation', () => {
  const withTexts = (texts: LawLibraryTranslation['texts']): LawLibraryTranslation => ({ ...translation, texts });

  it('falls back to English, field by field, where a translation is missing', () => {
    const { 'laws.us-cloud-act.summary': _dropped, ...rest } = translation.texts;
    const result = translateLawLibrary(english, withTexts(rest));
    expect(result.missing).toEqual(['laws.us-cloud-act.summary']);
    const cloudAct = result.library.countries.flatMap((c) => c.laws).find((l) => l.id === 'us-cloud-act');
    const englishCloudAct = english.countries.flatMap((c) => c.laws).find((l) => l.id === 'us-cloud-act');
    expect(cloudAct?.summary).toBe(englishCloudAct?.summary);
    expect(cloudAct?.scope).toBe(translation.texts['laws.us-cloud-act.scope']?.text);
  });

  it('uses the English text and reports the key as stale when the English text has changed', () => {
    const edited = mapLawLibraryTexts(english, (key, text) =>
      key === 'countries.IN.adequacyNote' ? `${text} Updated.` : text,
    );
    const result = translateLawLibrary(edited, translation);
    expect(result.stale).toEqual(['countries.IN.adequacyNote']);
    const india = result.library.countries.find((c) => c.code === 'IN');
    expect(india?.adequacyNote).toMatch(/ Updated\.$/);
    expect(india?.name).toBe(translation.texts['countries.IN.name']?.text);
    expect(applyLawLibraryTranslation(edited, translation)).toEqual(result.library);
  });

  it('reports translations that match no entry of the library', () => {
    const gone = { source: '000000000000', text: 'Entfällt.' };
    const result = translateLawLibrary(english, withTexts({ ...translation.texts, 'laws.gone.summary': gone }));
    expect(result.unused).toEqual(['laws.gone.summary']);
  });
});

describe('loadLawLibrary in German', () => {
  const tempDirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dtia-law-library-de-'));
    tempDirs.push(dir);
    copyFileSync(path.join(resourcesDir, 'law-library.json'), path.join(dir, 'law-library.json'));
    return dir;
  };
  afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));


  it('caches per language', () => {
    expect(loadLawLibrary(resourcesDir, 'de')).toBe(german);
    expect(loadLawLibrary(resourcesDir, 'en')).toBe(english);
    expect(german).not.toBe(english);
  });

  it('refuses a translation that breaks its schema, listing the issues', () => {
    const dir = tempDir();
    const broken = { ...translation, texts: { 'countries.US.name': { source: 'xyz', text: 'USA' } } };
    writeFileSync(path.join(dir, 'law-library.de.json'), JSON.stringify(broken));
    const failure = failureOf(() => loadLawLibrary(dir, 'de'));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.details?.some((d) => d.startsWith('texts.countries.US.name.source'))).toBe(true);
  });

  it('refuses a missing translation file', () => {
    const failure = failureOf(() => loadLawLibrary(tempDir(), 'de'));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).toMatch(/could not be read/);
  });

  it('loads a translation with an out-of-date text, shows that text in English and says so', () => {
    const dir = tempDir();
    const texts = { ...translation.texts, 'countries.US.name': { source: '0123456789ab', text: 'Vereinigte Staaten' } };
    writeFileSync(path.join(dir, 'law-library.de.json'), JSON.stringify({ ...translation, texts }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const loaded = loadLawLibrary(dir, 'de');
      expect(loaded.countries.find((c) => c.code === 'US')?.name).toBe('United States');
      expect(lawLibraryTranslationStatus(dir, 'de').stale).toEqual(['countries.US.name']);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toContain('countries.US.name');
    } finally {
      warn.mockRestore();
    }
  });
});
