import { describe, expect, it } from 'vitest';
import type { TransferMap } from '../../../shared/domain/assessment';
import { evaluateSccModule, isOnwardTransfer, proposeSccModule, SCC_MODULE_TABLE } from '../../../shared/scc/module';
import { createI18n } from '../../../shared/i18n';
import { party, transfer } from './fixtures';

const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

describe('SCC module table (Decision (EU) 2021/914)', () => {
  it.each([
    ['controller', 'controller', 1],
    ['controller', 'processor', 2],
    ['processor', 'processor', 3],
    ['processor', 'controller', 4],
  ] as const)('%s to %s is module %i', (exporter, importer, module) => {
    expect(proposeSccModule(exporter, importer)).toBe(module);
  });

  it.each([
    ['', 'processor'],
    ['controller', ''],
    ['', ''],
  ] as const)('proposes nothing for roles "%s" → "%s"', (exporter, importer) => {
    expect(proposeSccModule(exporter, importer)).toBeNull();
  });

  it('has exactly one row per role pair', () => {
    expect(new Set(SCC_MODULE_TABLE.map((r) => `${r.exporter}-${r.importer}`)).size).toBe(4);
  });
});

describe('evaluateSccModule on a transfer map', () => {
  const chain: TransferMap = {
    parties: [
      party('exp', 'exporter', 'controller', 'FR', 'Exporter SA'),
      party('imp', 'importer', 'processor', 'US', 'SaaS Inc.'),
      party('sub', 'sub-processor', 'processor', 'US', 'Cloud LLC'),
      party('subsub', 'sub-processor', 'processor', 'IN', 'Support Pvt Ltd'),
    ],
    transfers: [transfer('t1', 'exp', 'imp'), transfer('t2', 'imp', 'sub'), transfer('t3', 'sub', 'subsub')],
  };

  it('gives module 2 to the first edge and module 3 to each sub-processing edge of the chain', () => {
    const [first, second, third] = chain.transfers.map((t) => evaluateSccModule(chain, t));
    expect(first).toMatchObject({ proposed: 2, effective: 2, overridden: false, overrideLacksReason: false });
    expect(second).toMatchObject({ proposed: 3, effective: 3 });
    expect(third).toMatchObject({ proposed: 3, effective: 3 });
  });

  it('explains onward transfers only where the sender is itself outside the EEA', () => {
    const [first, second, third] = chain.transfers.map((t) => evaluateSccModule(chain, t));
    expect(keys(first!.reasons)).not.toContain('scc.module.onwardTransfer');
    for (const evaluation of [second!, third!]) {
      expect(keys(evaluation.reasons)).toEqual(
        expect.arrayContaining(['scc.module.onwardTransfer', 'scc.module.onwardSubProcessing', 'scc.module.onwardSameLogic']),
      );
    }
    expect(second!.reasons.find((r) => r.key === 'scc.module.onwardTransfer')?.params).toEqual({ from: 'SaaS Inc.', to: 'Cloud LLC' });
  });

  it('points a controller-to-controller onward edge at the Module 1 onward-transfer clause', () => {
    const map: TransferMap = {
      parties: [party('exp', 'exporter', 'controller', 'IT'), party('imp', 'importer', 'controller', 'BR'), party('rec', 'recipient', 'controller', 'AR')],
      transfers: [transfer('t1', 'exp', 'imp'), transfer('t2', 'imp', 'rec')],
    };
    const onward = evaluateSccModule(map, map.transfers[1]!);
    expect(onward.proposed).toBe(1);
    expect(keys(onward.reasons)).toContain('scc.module.onwardModule1');
    expect(keys(onward.reasons)).not.toContain('scc.module.onwardSubProcessing');
  });

  it('does not call an EU processor’s own transfer onward (module 3 or 4 from the EEA)', () => {
    const map: TransferMap = {
      parties: [party('euproc', 'exporter', 'processor', 'NL'), party('ctrl', 'importer', 'controller', 'US')],
      transfers: [transfer('t1', 'euproc', 'ctrl')],
    };
    const evaluation = evaluateSccModule(map, map.transfers[0]!);
    expect(evaluation.effective).toBe(4);
    expect(keys(evaluation.reasons)).toContain('scc.module.module4Clauses14And15');
    expect(keys(evaluation.reasons)).not.toContain('scc.module.onwardTransfer');
    expect(isOnwardTransfer(map.parties[0]!)).toBe(false);
  });

  it('names each party whose role is missing and proposes nothing', () => {
    const map: TransferMap = {
      parties: [party('exp', 'exporter', '', 'DE', 'Exporter'), party('imp', 'importer', '', 'US', 'Importer')],
      transfers: [transfer('t1', 'exp', 'imp')],
    };
    const evaluation = evaluateSccModule(map, map.transfers[0]!);
    expect(evaluation).toMatchObject({ proposed: null, effective: null, overridden: false });
    expect(evaluation.reasons.filter((r) => r.key === 'scc.module.roleMissing').map((r) => r.params?.party)).toEqual(['Exporter', 'Importer']);
  });

  it('says so when an edge points to a party that is not on the map', () => {
    const map: TransferMap = { parties: [party('exp', 'exporter', 'controller', 'DE')], transfers: [transfer('t1', 'exp', 'gone')] };
    expect(keys(evaluateSccModule(map, map.transfers[0]!).reasons)).toEqual(['scc.module.partyMissing']);
  });

  it('uses an override, flags it while it has no reason, and records the reason once given', () => {
    const edge = transfer('t1', 'exp', 'imp');
    const map: TransferMap = { parties: chain.parties, transfers: [edge] };
    edge.tool.sccModuleOverride = 3;
    const withoutReason = evaluateSccModule(map, edge);
    expect(withoutReason).toMatchObject({ proposed: 2, effective: 3, overridden: true, overrideLacksReason: true });
    expect(keys(withoutReason.reasons)).toContain('scc.module.overrideWithoutReason');

    edge.tool.sccModuleOverrideReason = 'The exporter acts as processor for its parent company.';
    const withReason = evaluateSccModule(map, edge);
    expect(withReason).toMatchObject({ effective: 3, overridden: true, overrideLacksReason: false });
    expect(withReason.reasons.find((r) => r.key === 'scc.module.override')?.params?.reason).toBe(edge.tool.sccModuleOverrideReason);
  });

  it('treats an override equal to the proposal as no override', () => {
    const edge = transfer('t1', 'exp', 'imp');
    edge.tool.sccModuleOverride = 2;
    expect(evaluateSccModule({ parties: chain.parties, transfers: [edge] }, edge)).toMatchObject({ effective: 2, overridden: false, overrideLacksReason: false });
  });

  it('has an English text for every reason it gives', () => {
    const i18n = createI18n('en');
    const map: TransferMap = { ...chain, parties: [...chain.parties, party('ctl', 'recipient', 'controller', 'US')] };
    const edges = [...chain.transfers, transfer('t4', 'sub', 'ctl'), transfer('t5', 'exp', 'ctl'), transfer('t6', 'exp', 'nobody')];
    edges[0]!.tool.sccModuleOverride = 1;
    for (const edge of edges) {
      for (const reason of evaluateSccModule(map, edge).reasons) expect(i18n.exists(reason.key), reason.key).toBe(true);
    }
  });
});
