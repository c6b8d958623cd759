import { describe, expect, it } from 'vitest';
import { LIMITS, assessmentSchema, createEmptyAssessment } from '../../shared/domain/assessment';
import { INTERCHANGE_VERSION, canonicalAssessmentJson, canonicalJson, parseInterchange, serializeInterchange } from '../../shared/domain/interchange';
import { migrateAssessmentV1 } from '../../shared/domain/legacy/migrate-v1';
import { fullAssessment } from '../fixtures/full-assessment';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';

const assessment = createEmptyAssessment({
  id: '00000000-0000-4000-8000-000000000003',
  title: 'Zürich, Łódź, São Paulo, „quotes“, ß',
  now: '2026-03-01T10:00:00.000Z',
});

const v1File = (body: unknown = fullAssessmentV1()) =>
  JSON.stringify({ format: 'dtia-assessment', version: 1, exportedAt: '2026-01-05T08:00:00.000Z', assessment: body });

describe('the .dtia.json interchange format', () => {
  it('is at version 2', () => {
    expect(INTERCHANGE_VERSION).toBe(2);
    expect(JSON.parse(serializeInterchange(assessment, '2026-03-02T10:00:00.000Z')).version).toBe(2);
  });

  it.each([
    ['an empty assessment', assessment],
    ['a complete assessment', fullAssessment()],
  ])('round-trips %s', (_label, document) => {
    const text = serializeInterchange(document, '2026-03-02T10:00:00.000Z');
    const parsed = parseInterchange(text);
    expect(parsed.ok && parsed.value.assessment).toEqual(document);
    expect(parsed.ok && parsed.value.migratedFromVersion).toBeNull();
  });

  it('reads a version 2 file written before the evidence list existed, with an empty list, and hashes it as before', () => {
    const { evidence: _evidence, ...before } = fullAssessment();
    const text = JSON.stringify({ format: 'dtia-assessment', version: 2, exportedAt: '2026-03-02T10:00:00.000Z', assessment: before });
    const parsed = parseInterchange(text);
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.assessment.evidence).toEqual([]);
    expect(parsed.value.migratedFromVersion).toBeNull();
    expect(canonicalAssessmentJson(parsed.value.assessment)).toBe(canonicalJson(before));
  });

  it('keeps a non-empty evidence list in the canonical form, so that citing a fact changes the content hash', () => {
    const document = fullAssessment();
    expect(document.evidence.length).toBeGreaterThan(0);
    expect(canonicalAssessmentJson(document)).toBe(canonicalJson(document));
    expect(canonicalAssessmentJson({ ...document, evidence: [] })).not.toBe(canonicalAssessmentJson(document));
  });

  it('reads a version 1 file by migrating it, and says so', () => {
    const parsed = parseInterchange(v1File());
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.migratedFromVersion).toBe(1);
    expect(parsed.value.version).toBe(2);
    expect(parsed.value.exportedAt).toBe('2026-01-05T08:00:00.000Z');
    expect(parsed.value.assessment).toEqual(migrateAssessmentV1(fullAssessmentV1()));
    expect(assessmentSchema.safeParse(parsed.value.assessment).success).toBe(true);
  });

  it('validates a version 1 file against the version 1 format and names the field', () => {
    const broken = fullAssessmentV1();
    broken.step1.importer.country = 'United States';
    const parsed = parseInterchange(v1File(broken));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('INVALID_ASSESSMENT');
    expect(parsed.error.message).toMatch(/version 1/);
    expect(parsed.error.details?.[0]).toMatch(/^assessment\.step1\.importer\.country: /);
  });

  it('refuses a version 2 document labelled as version 1', () => {
    const parsed = parseInterchange(v1File(fullAssessment()));
    expect(parsed.ok || parsed.error.code).toBe('INVALID_ASSESSMENT');
  });

  it('refuses a file from a newer version and says to update', () => {
    const parsed = parseInterchange(JSON.stringify({ format: 'dtia-assessment', version: 3, exportedAt: '2026-01-01T00:00:00.000Z', assessment: {} }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('UNSUPPORTED_VERSION');
    expect(parsed.error.message).toMatch(/newer version of DTIA Studio/);
    expect(parsed.error.message).toMatch(/update/);
  });

  it.each([
    ['not JSON', '{', 'INVALID_JSON'],
    ['an array', '[]', 'NOT_DTIA_FILE'],
    ['another format', '{"format":"other","version":2}', 'NOT_DTIA_FILE'],
    ['version 0', '{"format":"dtia-assessment","version":0}', 'UNSUPPORTED_VERSION'],
    ['a version given as text', '{"format":"dtia-assessment","version":"2"}', 'UNSUPPORTED_VERSION'],
    ['a missing assessment', '{"format":"dtia-assessment","version":2,"exportedAt":"2026-01-01T00:00:00.000Z"}', 'INVALID_ASSESSMENT'],
    ['a missing version 1 assessment', '{"format":"dtia-assessment","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"}', 'INVALID_ASSESSMENT'],
  ])('refuses %s', (_label, text, code) => {
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('refuses a __proto__ key instead of passing it on', () => {
    const text = serializeInterchange(assessment, '2026-03-02T10:00:00.000Z').replace(
      '"title"',
      '"__proto__": {"polluted": true}, "title"',
    );
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.join(' ')).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file over the size limit before parsing it', () => {
    const result = parseInterchange(`"${'x'.repeat(6 * 1024 * 1024)}"`);
    expect(result.ok || result.error.code).toBe('TOO_LARGE');
  });

  it('measures the size limit in bytes, not characters', () => {
    // Under the limit in characters, over it in UTF-8 bytes ("ł" takes two).
    const characters = Math.floor(LIMITS.importBytes / 2) + 10;
    const text = `"${'ł'.repeat(characters)}"`;
    expect(text.length).toBeLessThan(LIMITS.importBytes);
    const result = parseInterchange(text);
    expect(result.ok || result.error.code).toBe('TOO_LARGE');
  });

  it('accepts multi-byte text below the byte limit', () => {
    const document = { ...assessment, step3: { ...assessment.step3, overallReasoning: 'ł'.repeat(LIMITS.longText) } };
    const parsed = parseInterchange(serializeInterchange(document, '2026-03-02T10:00:00.000Z'));
    expect(parsed.ok).toBe(true);
  });

  it('names the field that is wrong', () => {
    const text = serializeInterchange(assessment, '2026-03-02T10:00:00.000Z').replace('"country": ""', '"country": "Germany"');
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.[0]).toMatch(/^assessment\.map\.parties\.0\.country: /);
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});
