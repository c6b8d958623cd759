import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLawLibrary } from '../../electron/services/law-library';
import { isCountryCode, isEea } from '../../shared/domain/countries';
import { findLaw, lawLibrarySchema, type LawEntry } from '../../shared/domain/law-library';
import { AppFailure } from '../../shared/domain/result';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = path.join(repoRoot, 'resources');
const libraryFile = path.join(resourcesDir, 'law-library.json');
/** The sourced research the library is compiled from; it lives beside the repository, in CI too. */
const researchFile = path.resolve(repoRoot, '../shared/LAW-LIBRARY.md');

const library = loadLawLibrary(resourcesDir);
const laws: LawEntry[] = library.countries.flatMap((c) => c.laws);

/** Every string of the library except URLs, where citations, dates and numbers live. */
function texts(value: unknown, key?: string): string[] {
  if (typeof value === 'string') return key === 'url' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => texts(v, k));
  }
  return [];
}

function readResearch(): string {
  if (!existsSync(researchFile)) {
    throw new Error(
      `The law research file is missing at ${researchFile}. The library is checked against it: check out shared/ beside the repository.`,
    );
  }
  // The research uses non-breaking hyphens and en dashes; the library uses plain hyphens.
  return readFileSync(researchFile, 'utf8').replace(/[\u2010-\u2013]/g, '-').replace(/\u00a0/g, ' ');
}

describe('the shipped law library', () => {
  it('validates against the schema', () => {
    const raw: unknown = JSON.parse(readFileSync(libraryFile, 'utf8'));
    const parsed = lawLibrarySchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(library.countries.length).toBeGreaterThan(0);
  });

  it('has unique law ids and unique, valid country codes', () => {
    const ids = laws.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const codes = library.countries.map((c) => c.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    expect(codes.filter((code) => !isCountryCode(code))).toEqual([]);
  });

  it('marks exactly the EEA countries as EEA, with no laws', () => {
    for (const country of library.countries) {
      expect(country.adequacy === 'eea', country.code).toBe(isEea(country.code));
      if (country.adequacy === 'eea') expect(country.laws, country.code).toEqual([]);
    }
  });

  it('gives every law at least one source with an http(s) URL and a date', () => {
    for (const law of laws) {
      expect(law.sources.length, law.id).toBeGreaterThan(0);
      for (const source of law.sources) {
        expect(source.url, law.id).toMatch(/^https?:\/\//);
        expect(source.date.trim(), `${law.id} ${source.url}`).not.toBe('');
        expect(source.title.trim(), `${law.id} ${source.url}`).not.toBe('');
      }
    }
  });

  it('gives every entry that is not confirmed a caveat', () => {
    const lacking = laws.filter((l) => l.confidence !== 'confirmed' && !(l.caveat ?? '').trim()).map((l) => l.id);
    expect(lacking).toEqual([]);
  });

  it('holds the US laws the wizard presets', () => {
    const us = library.countries.find((c) => c.code === 'US');
    expect(us?.adequacy).toBe('partial');
    const usIds = us?.laws.map((l) => l.id) ?? [];
    expect(usIds).toEqual(expect.arrayContaining(['us-fisa-702', 'us-eo-12333', 'us-cloud-act']));
  });

  it('does not present FISA 702 as confirmed, and tells the user about the lapse', () => {
    const fisa = findLaw(library, 'us-fisa-702');
    expect(fisa).toBeDefined();
    expect(fisa?.confidence).not.toBe('confirmed');
    expect(fisa?.caveat).toMatch(/lapsed/i);
    expect(fisa?.caveat).toContain('12 June 2026');
    expect(fisa?.caveat).toMatch(/unconfirmed/i);
  });

  it('takes every source URL verbatim from the research', () => {
    const research = readResearch();
    const urls = [...new Set(laws.flatMap((l) => l.sources.map((s) => s.url)))];
    expect(urls.filter((url) => !research.includes(url))).toEqual([]);
  });

  it('takes every decision reference, section, public law, full date and large number from the research', () => {
    const research = readResearch();
    const patterns = [
      /\d{1,4}\/\d{2,4}/g, // decision and case numbers: 2023/1795, T-553/23, Act 70/2002
      /§\d+[a-z]?/g, // US Code sections
      /Pub\. L\. \d+-\d+/g,
      /\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|June|July|Aug|Sep|Oct|Nov|Dec) \d{4}\b/g,
      /\b\d{1,3}(?:,\d{3})+\b/g, // statistics such as 268,590
    ];
    const strings = texts(library);
    const found = strings.flatMap((s) => patterns.flatMap((p) => [...s.matchAll(p)].map((m) => m[0])));
    expect(found.length).toBeGreaterThan(50);
    expect([...new Set(found.filter((ref) => !research.includes(ref)))]).toEqual([]);
    expect(found).toContain('2023/1795');
  });
});

describe('loadLawLibrary', () => {
  const tempDirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dtia-law-library-'));
    tempDirs.push(dir);
    return dir;
  };
  afterAll(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const failureOf = (fn: () => unknown): AppFailure => {
    try {
      fn();
    } catch (error) {
      if (error instanceof AppFailure) return error;
      throw error;
    }
    throw new Error('expected an AppFailure');
  };

  it('returns the same validated object for the same path', () => {
    expect(loadLawLibrary(resourcesDir)).toBe(library);
    expect(loadLawLibrary(`${resourcesDir}${path.sep}`)).toBe(library);
  });

  it('refuses a file that breaks the schema, listing the issues', () => {
    const dir = tempDir();
    const broken = JSON.parse(readFileSync(libraryFile, 'utf8')) as { countries: Array<Record<string, unknown>> };
    broken.countries[0] = { ...broken.countries[0], code: 'usa' };
    writeFileSync(path.join(dir, 'law-library.json'), JSON.stringify(broken));
    const failure = failureOf(() => loadLawLibrary(dir));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.details?.some((d) => d.startsWith('countries.0.code'))).toBe(true);
  });

  it('refuses a file that is not JSON', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'law-library.json'), '{ "format": "dtia-law-library",');
    const failure = failureOf(() => loadLawLibrary(dir));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).toMatch(/not valid JSON/);
  });

  it('refuses a missing file', () => {
    const failure = failureOf(() => loadLawLibrary(tempDir()));
    expect(failure.code).toBe('INTERNAL');
    expect(failure.message).toMatch(/could not be read/);
  });
});
