import { describe, expect, it } from 'vitest';
import { createEmptyAssessment } from '../../shared/domain/assessment';
import { canonicalJson, parseInterchange, serializeInterchange } from '../../shared/domain/interchange';

const assessment = createEmptyAssessment({
  id: '00000000-0000-4000-8000-000000000003',
  title: 'Zürich, Łódź, São Paulo, „quotes“, ß',
  now: '2026-03-01T10:00:00.000Z',
});

describe('the .dtia.json interchange format', () => {
  it('round-trips an assessment', () => {
    const text = serializeInterchange(assessment, '2026-03-02T10:00:00.000Z');
    const parsed = parseInterchange(text);
    expect(parsed.ok && parsed.value.assessment).toEqual(assessment);
  });

  it.each([
    ['not JSON', '{', 'INVALID_JSON'],
    ['an array', '[]', 'NOT_DTIA_FILE'],
    ['another format', '{"format":"other","version":1}', 'NOT_DTIA_FILE'],
    ['a future version', '{"format":"dtia-assessment","version":2}', 'UNSUPPORTED_VERSION'],
    ['a missing assessment', '{"format":"dtia-assessment","version":1,"exportedAt":"2026-01-01T00:00:00.000Z"}', 'INVALID_ASSESSMENT'],
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

  it('names the field that is wrong', () => {
    const text = serializeInterchange(assessment, '2026-03-02T10:00:00.000Z').replace('"country": ""', '"country": "Germany"');
    const result = parseInterchange(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.[0]).toMatch(/^assessment\.step1\.exporter\.country: /);
  });

  it('writes canonical JSON with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
});
