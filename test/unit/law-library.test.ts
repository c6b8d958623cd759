import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLawLibrary } from '../../electron/services/law-library';
import { isCountryCode, isEea } from '../../shared/domain/countries';
import { findLaw, lawLibrarySchema, type LawEntry, type ScenarioTemplate } from '../../shared/domain/law-library';
import { failureOf } from '../integration/support/failures';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = path.join(repoRoot, 'resources');
const libraryFile = path.join(resourcesDir, 'law-library.json');
/** The sourced research the library is compiled from; it lives beside the repository, in CI too. */
const researchFile = path.resolve(repoRoot, '../shared/LAW-LIBRARY.md');

const library = loadLawLibrary(resourcesDir);
const laws: LawEntry[] = library.countries.flatMap((c) => c.laws);
const accessLaws = laws.filter((l) => l.kind === 'access-law');
const scenarios: ScenarioTemplate[] = laws.flatMap((l) => l.scenarios);
const organisations = library.internationalOrganisations ?? [];
const allSources = [...laws.flatMap((l) => l.sources), ...organisations.flatMap((o) => o.sources)];

/** p_s = trigger × Π preconditions (DOMAIN.md §5). */
function annualProbability(scenario: ScenarioTemplate): number {
  return scenario.preconditions.reduce((p, f) => p * f.probability, scenario.annualTrigger.probability);
}

/** 1 − Π(1 − p_s) per year, then 1 − (1 − p)^years. */
function probabilityOver(years: number, parts: readonly ScenarioTemplate[]): number {
  const annual = 1 - parts.reduce((q, s) => q * (1 - annualProbability(s)), 1);
  return 1 - (1 - annual) ** years;
}

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

  it('is version 2', () => {
    expect(library.version).toBe(2);
  });

  it('gives every law and organisation at least one source with an http(s) URL and a date', () => {
    for (const entry of [...laws, ...organisations]) {
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(source.url, entry.id).toMatch(/^https?:\/\//);
        expect(source.date.trim(), `${entry.id} ${source.url}`).not.toBe('');
        expect(source.title.trim(), `${entry.id} ${source.url}`).not.toBe('');
      }
    }
  });

  it('uses every id once across laws, questions and scenarios', () => {
    const ids = [
      ...laws.map((l) => l.id),
      ...laws.flatMap((l) => l.questionnaire.map((q) => q.id)),
      ...scenarios.map((s) => s.id),
      ...organisations.map((o) => o.id),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every access law a questionnaire that asks about scope and readability, and a scenario', () => {
    expect(accessLaws.length).toBeGreaterThanOrEqual(19);
    for (const law of accessLaws) {
      const roles = law.questionnaire.map((q) => q.role);
      expect(roles, law.id).toContain('scope');
      expect(roles, law.id).toContain('readable');
      expect(law.scenarios.length, law.id).toBeGreaterThan(0);
      expect(law.safeguards.trim(), law.id).not.toBe('');
    }
  });

  it('gives every non-adequacy law its safeguards and a questionnaire', () => {
    for (const law of laws.filter((l) => l.kind !== 'adequacy')) {
      expect(law.safeguards.trim(), law.id).not.toBe('');
      expect(law.questionnaire.length, law.id).toBeGreaterThan(0);
    }
  });

  it('gives every default factor a probability in (0, 1] and a basis that says it is the app\'s own estimate', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(accessLaws.length);
    for (const scenario of scenarios) {
      for (const factor of [scenario.annualTrigger, ...scenario.preconditions]) {
        expect(factor.probability, `${scenario.id}: ${factor.label}`).toBeGreaterThan(0);
        expect(factor.probability, `${scenario.id}: ${factor.label}`).toBeLessThanOrEqual(1);
        expect(factor.basis, `${scenario.id}: ${factor.label}`).toMatch(
          /^DTIA Studio starting estimate, not a published figure: /,
        );
      }
      expect(scenario.annualTrigger.basis, scenario.id).toMatch(/assumes/);
      expect(scenario.annualTrigger.basis, scenario.id).toMatch(/Raise it/);
    }
  });

  it('models the US provider and transit routes the wizard offers', () => {
    const scenario = (lawId: string) => findLaw(library, lawId)?.scenarios ?? [];
    const fisa = scenario('us-fisa-702')[0];
    expect(fisa?.vector).toBe('provider');
    expect(fisa?.preconditions.map((f) => f.kind)).toEqual(['targeting', 'provider-route', 'in-scope', 'readable']);
    expect(scenario('us-eo-12333').map((s) => s.vector)).toEqual(['transit']);
    expect(scenario('us-eo-12333')[0]?.preconditions.map((f) => f.kind)).toEqual(['targeting', 'readable']);
    expect(scenario('us-cloud-act')[0]?.preconditions.map((f) => f.kind)).toEqual([
      'targeting',
      'provider-route',
      'in-scope',
      'readable',
    ]);
    expect(scenario('us-nsl')[0]?.name).toMatch(/no content/);
  });

  it('asks the FISA 702 questions the issue names', () => {
    const questions = findLaw(library, 'us-fisa-702')?.questionnaire ?? [];
    const byRole = (role: string) => questions.filter((q) => q.role === role).map((q) => q.text);
    expect(byRole('scope').join(' ')).toMatch(/§1881\(b\)\(4\) as amended by RISAA in 2024/);
    expect(byRole('readable').join(' ')).toMatch(/in clear/);
    expect(questions.find((q) => q.id === 'us-fisa-702-exporter-keys')).toMatchObject({
      role: 'readable',
      riskAnswer: 'no',
    });
    expect(byRole('practice').join(' ')).toMatch(/transparency reports/);
    expect(byRole('safeguard').join(' ')).toMatch(/challenge/);
  });

  it('lands an ordinary US SaaS dataset held in clear between 0.5 % and 3 % over five years', () => {
    const us = library.countries.find((c) => c.code === 'US');
    const usScenarios = us?.laws.flatMap((l) => l.scenarios) ?? [];
    const providerScenarios = usScenarios.filter((s) => s.vector === 'provider');
    expect(providerScenarios.length).toBe(4);
    const providerOnly = probabilityOver(5, providerScenarios);
    expect(providerOnly).toBeGreaterThan(0.005);
    expect(providerOnly).toBeLessThan(0.03);
    const withTransit = probabilityOver(5, usScenarios);
    expect(withTransit).toBeGreaterThan(0.005);
    expect(withTransit).toBeLessThan(0.03);
  });

  it('gives every adequate or partly adequate destination its decision by reference and date', () => {
    const adequate = library.countries.filter((c) => c.adequacy === 'adequate' || c.adequacy === 'partial');
    expect(adequate.length).toBeGreaterThanOrEqual(16);
    for (const country of adequate) {
      expect(country.adequacyDecision?.reference.trim(), country.code).toBeTruthy();
      expect(country.adequacyDecision?.date.trim(), country.code).toBeTruthy();
    }
    expect(library.countries.find((c) => c.code === 'US')?.adequacyDecision?.reference).toContain('2023/1795');
    expect(organisations.find((o) => o.id === 'european-patent-organisation')?.adequacyDecision?.reference).toContain(
      '2025/1382',
    );
  });

  it('does not present the pairing of the pre-GDPR decision numbers with countries as confirmed', () => {
    for (const code of ['AR', 'CA', 'FO', 'GG', 'IM', 'JE', 'NZ', 'CH', 'UY']) {
      const country = library.countries.find((c) => c.code === code);
      expect(country?.adequacyDecision?.reference, code).toMatch(/not confirmed/);
      expect(country?.laws[0]?.confidence, code).not.toBe('confirmed');
    }
  });

  it('covers the EEA, the adequate destinations and the non-adequate destinations of the research', () => {
    expect(library.countries.filter((c) => c.adequacy === 'eea')).toHaveLength(30);
    const codes = library.countries.map((c) => c.code);
    expect(codes).toEqual(
      expect.arrayContaining(['AD', 'AR', 'CA', 'FO', 'GG', 'IM', 'JE', 'NZ', 'CH', 'UY', 'IL', 'JP', 'KR', 'GB', 'US', 'BR']),
    );
    expect(codes).toEqual(
      expect.arrayContaining(['IN', 'CN', 'RU', 'AU', 'SG', 'PH', 'UA', 'TR', 'ZA', 'MX', 'AE']),
    );
  });

  it('marks the legal statuses that must be re-checked', () => {
    const fisa = findLaw(library, 'us-fisa-702');
    expect(fisa?.recheck).toMatch(/12 June 2026/);
    expect(fisa?.recheck).toMatch(/unconfirmed/);
    expect(findLaw(library, 'us-dpf')?.recheck).toContain('C-703/25 P');
    expect(findLaw(library, 'za-rica')?.recheck).toBeTruthy();
  });

  it('gives every entry that is not confirmed a caveat', () => {
    const lacking = [...laws, ...organisations]
      .filter((entry) => entry.confidence !== 'confirmed' && !(entry.caveat ?? '').trim())
      .map((entry) => entry.id);
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
    const urls = [...new Set(allSources.map((s) => s.url))];
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
