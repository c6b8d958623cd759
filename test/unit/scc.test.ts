import { describe, expect, it } from 'vitest';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { proposeSccModule, sccModuleChoice } from '../../shared/domain/scc';

const base = (): Assessment => createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 't', now: '2026-01-01T00:00:00.000Z' });

describe('SCC module proposal (Decision (EU) 2021/914)', () => {
  it.each([
    ['controller', 'controller', 1],
    ['controller', 'processor', 2],
    ['processor', 'processor', 3],
    ['processor', 'controller', 4],
  ] as const)('%s to %s is module %i', (exporter, importer, module) => {
    expect(proposeSccModule(exporter, importer)).toBe(module);
  });

  it('proposes nothing while a role is missing', () => {
    expect(proposeSccModule('', 'processor')).toBeNull();
    expect(proposeSccModule('controller', '')).toBeNull();
  });

  it('uses the proposal unless overridden, and flags an override without a reason', () => {
    const a = base();
    a.step1.exporter.role = 'controller';
    a.step1.importer.role = 'processor';
    expect(sccModuleChoice(a)).toEqual({ proposed: 2, effective: 2, source: 'proposed', overrideLacksReason: false });

    a.step2.sccModuleOverride = 3;
    expect(sccModuleChoice(a)).toMatchObject({ proposed: 2, effective: 3, source: 'override', overrideLacksReason: true });

    a.step2.sccModuleOverrideReason = 'The importer acts as sub-processor of our EU processor.';
    expect(sccModuleChoice(a).overrideLacksReason).toBe(false);
  });
});
