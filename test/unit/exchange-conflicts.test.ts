import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/assessment';
import { choiceFor, conflictResolutionSchema, keptBothTitle } from '../../shared/exchange/conflicts';
import { RECORD_ORDER, workspaceFileName, workspaceRecordSchema } from '../../shared/exchange/workspace-format';

const ID_A = '6f1d2c9a-3b4e-4f5a-9c8d-7e6f5a4b3c2d';
const ID_B = '00000000-0000-4000-8000-000000000001';

describe('the title of a copy kept beside a stored assessment', () => {
  it('is the title with "(2)", or the next number no stored assessment has', () => {
    const taken = new Set(['Payroll', 'Payroll (2)', 'Payroll (3)']);
    expect(keptBothTitle('Hosting', (title) => taken.has(title))).toBe('Hosting (2)');
    expect(keptBothTitle('Payroll', (title) => taken.has(title))).toBe('Payroll (4)');
  });

  it('counts on from a number the title already has, rather than adding a second one', () => {
    expect(keptBothTitle('Payroll (2)', () => false)).toBe('Payroll (3)');
    expect(keptBothTitle('Payroll (copy)', () => false)).toBe('Payroll (copy) (2)');
  });

  it('stays within the longest title an assessment may have', () => {
    const long = 'x'.repeat(LIMITS.shortText);
    const title = keptBothTitle(long, () => false);
    expect(title).toHaveLength(LIMITS.shortText);
    expect(title.endsWith(' (2)')).toBe(true);
  });
});

describe('the choice for a conflict', () => {
  it('is the one made for the assessment, else the one for all, else none', () => {
    expect(choiceFor({ all: 'keep-both', byId: { [ID_A]: 'replace' } }, ID_A)).toBe('replace');
    expect(choiceFor({ all: 'keep-both', byId: { [ID_A]: 'replace' } }, ID_B)).toBe('keep-both');
    expect(choiceFor({ byId: { [ID_A]: 'replace' } }, ID_B)).toBeNull();
    expect(choiceFor(undefined, ID_A)).toBeNull();
  });

  it('accepts only the two choices, for assessment ids', () => {
    expect(conflictResolutionSchema.safeParse({ all: 'skip' }).success).toBe(false);
    expect(conflictResolutionSchema.safeParse({ byId: { 'not-an-id': 'replace' } }).success).toBe(false);
    expect(conflictResolutionSchema.safeParse({ all: 'replace', byId: { [ID_A]: 'keep-both' } }).success).toBe(true);
  });
});

describe('the workspace file format', () => {
  it('names its records by type and refuses anything else in them', () => {
    const end = { type: 'end', records: 3, sha256: 'a'.repeat(64) };
    expect(workspaceRecordSchema.parse(end)).toEqual(end);
    expect(workspaceRecordSchema.safeParse({ ...end, extra: true }).success).toBe(false);
    expect(workspaceRecordSchema.safeParse({ type: 'settings', value: {} }).success).toBe(false);
    const entry = { seq: 1, at: '2026-06-01T08:00:00.000Z', actor: 'jana', action: 'create', assessmentId: ID_A, details: '{}', prevHash: '0'.repeat(64), hash: 'b'.repeat(64) };
    expect(workspaceRecordSchema.safeParse({ type: 'audit', entry }).success).toBe(true);
    expect(workspaceRecordSchema.safeParse({ type: 'audit', entry: { ...entry, details: {} } }).success).toBe(false);
    expect(RECORD_ORDER.at(-1)).toBe('end');
  });

  it('suggests file names that sort by the day of the export', () => {
    expect(workspaceFileName('2026-03-15T10:20:30.000Z')).toBe('DTIA workspace 2026-03-15.dtia-workspace');
  });
});
