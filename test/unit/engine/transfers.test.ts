import { describe, expect, it } from 'vitest';
import { minimisationPrompts, retentionInDays } from '../../../shared/engine/minimisation';
import { evaluateTransfers } from '../../../shared/engine/transfers';
import { singleTransferAssessment, testLibrary, transfer, usSaasAssessment } from './factories';

const library = testLibrary();
const today = '2026-07-01';
const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

describe('evaluateTransfers', () => {
  it('cites the adequacy decision from the library and suggests adequacy', () => {
    const [t] = evaluateTransfers(singleTransferAssessment('JP'), library, today);
    expect(t).toMatchObject({ destinationStatus: 'adequate', isRestrictedTransfer: true, coveredByAdequacy: true, suggestedTool: 'adequacy' });
    expect(t?.toolReasons).toContainEqual({
      key: 'engine.transfers.adequacyDecision',
      params: { country: 'Japan', reference: 'Decision (EU) 2019/419', date: '2019-01-23' },
    });
  });

  it('suggests the DPF for a US importer only once the certification is confirmed, SCCs otherwise', () => {
    const a = singleTransferAssessment('US');
    expect(evaluateTransfers(a, library, today)[0]).toMatchObject({ destinationStatus: 'partial', suggestedTool: 'scc', coveredByAdequacy: false });
    a.map.transfers[0]!.tool = { ...a.map.transfers[0]!.tool, tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '2026-05-01' };
    const [t] = evaluateTransfers(a, library, today);
    expect(t).toMatchObject({ suggestedTool: 'dpf', coveredByAdequacy: true, warnings: [] });
    expect(t?.toolReasons).toContainEqual({ key: 'engine.transfers.dpfConfirmed', params: { date: '2026-05-01' } });
  });

  it('treats adequacy of limited scope outside the US as covering the transfer once the user chooses adequacy', () => {
    const a = singleTransferAssessment('CA');
    const [open] = evaluateTransfers(a, library, today);
    expect(open).toMatchObject({ destinationStatus: 'partial', suggestedTool: 'adequacy', coveredByAdequacy: false });
    expect(keys(open!.toolReasons)).toEqual(['engine.transfers.partialAdequacyDecision', 'engine.transfers.adequacyScope', 'engine.transfers.partialScopeToConfirm']);
    a.map.transfers[0]!.tool.tool = 'adequacy';
    const [chosen] = evaluateTransfers(a, library, today);
    expect(chosen).toMatchObject({ coveredByAdequacy: true, warnings: [] });
    expect(keys(chosen!.toolReasons)).toContain('engine.transfers.partialScopeAsserted');
    a.map.transfers[0]!.tool.tool = 'dpf';
    expect(keys(evaluateTransfers(a, library, today)[0]!.warnings)).toContain('engine.transfers.warning.dpfNotAvailable');
  });

  it('does not accept adequacy as the tool for a US importer: that is the DPF', () => {
    const a = singleTransferAssessment('US');
    a.map.transfers[0]!.tool.tool = 'adequacy';
    const [t] = evaluateTransfers(a, library, today);
    expect(t?.coveredByAdequacy).toBe(false);
    expect(keys(t!.warnings)).toEqual(['engine.transfers.warning.adequacyNotAvailable']);
  });

  it('warns about an unconfirmed, undated or stale DPF check', () => {
    const a = singleTransferAssessment('US');
    a.map.transfers[0]!.tool.tool = 'dpf';
    expect(keys(evaluateTransfers(a, library, today)[0]!.warnings)).toEqual(['engine.transfers.warning.dpfNotConfirmed', 'engine.transfers.warning.dpfNoDate']);
    a.map.transfers[0]!.tool = { ...a.map.transfers[0]!.tool, dpfCertificationConfirmed: true, dpfCheckedOn: '2025-06-30' };
    expect(evaluateTransfers(a, library, today)[0]!.warnings).toEqual([
      { key: 'engine.transfers.warning.dpfCheckOutdated', params: { date: '2025-06-30', months: 12 } },
    ]);
    a.map.transfers[0]!.tool.dpfCheckedOn = '2025-07-02';
    expect(evaluateTransfers(a, library, today)[0]!.warnings).toEqual([]);
  });

  it('warns that Art. 49 does not fit systematic transfers, and about a missing tool', () => {
    const a = singleTransferAssessment('IN', { frequency: 'continuous' });
    expect(keys(evaluateTransfers(a, library, today)[0]!.warnings)).toEqual(['engine.transfers.warning.noTool']);
    a.map.transfers[0]!.tool = { ...a.map.transfers[0]!.tool, tool: 'art49', art49Derogation: 'explicit-consent' };
    expect(evaluateTransfers(a, library, today)[0]!.warnings).toEqual([
      { key: 'engine.transfers.warning.art49Systematic', params: { frequency: 'continuous' } },
    ]);
  });

  it('evaluates the SCC module of each edge, including the onward transfer to the sub-processor', () => {
    const a = usSaasAssessment();
    const [first, onward] = evaluateTransfers(a, library, today);
    expect(first?.sccModule).toMatchObject({ proposed: 2, effective: 2 });
    expect(onward?.sccModule).toMatchObject({ proposed: 3, effective: 3 });
    expect(onward).toMatchObject({ fromName: 'CloudCRM Inc.', toName: 'AWS', destinationCountry: 'US', isRestrictedTransfer: true, regime: 'eu' });
  });

  it('warns when the SCC module is overridden without a reason', () => {
    const a = usSaasAssessment();
    a.map.transfers[0]!.tool.sccModuleOverride = 1;
    expect(keys(evaluateTransfers(a, library, today)[0]!.warnings)).toContain('engine.transfers.warning.sccOverrideWithoutReason');
  });

  it('does not treat a transfer within the EEA as restricted', () => {
    const [t] = evaluateTransfers(singleTransferAssessment('FR'), library, today);
    expect(t).toMatchObject({ isRestrictedTransfer: false, suggestedTool: null, coveredByAdequacy: true });
  });

  it('follows an onward chain back to a UK exporter', () => {
    const a = singleTransferAssessment('US', {}, 'GB');
    a.map.parties.push({ ...a.map.parties[1]!, id: 'sub', name: 'Sub', kind: 'sub-processor', country: 'IN' });
    a.map.transfers.push(transfer('t2', 'importer', 'sub'));
    const [, onward] = evaluateTransfers(a, library, today);
    expect(onward?.regime).toBe('uk');
    expect(keys(onward?.toolReasons ?? [])).toContain('engine.transfers.ukRegime');
  });
});

describe('minimisation prompts', () => {
  it('asks about sensitive, criminal and clear-text data, remote access, retention and many categories', () => {
    const t = transfer('t', 'a', 'b', {
      specialCategories: true,
      criminalData: true,
      format: 'clear',
      needsClearText: false,
      accessType: 'remote-access',
      retention: '10 years',
      dataCategories: Array.from({ length: 9 }, (_, i) => `category ${i}`),
    });
    expect(keys(minimisationPrompts(t))).toEqual([
      'engine.minimisation.specialCategories',
      'engine.minimisation.criminalData',
      'engine.minimisation.clearText',
      'engine.minimisation.remoteAccess',
      'engine.minimisation.retentionLong',
      'engine.minimisation.manyCategories',
    ]);
  });

  it('is silent for a lean transfer, and asks for a missing retention', () => {
    const lean = transfer('t', 'a', 'b', { specialCategories: false, criminalData: false, format: 'encrypted', accessType: 'storage', retention: '30 days', dataCategories: ['email'] });
    expect(minimisationPrompts(lean)).toEqual([]);
    expect(keys(minimisationPrompts({ ...lean, retention: '' }))).toEqual(['engine.minimisation.retentionMissing']);
    expect(keys(minimisationPrompts({ ...lean, retention: 'kept indefinitely' }))).toEqual(['engine.minimisation.retentionLong']);
  });

  it('reads retention periods from free text', () => {
    expect(retentionInDays('30 days')).toBe(30);
    expect(retentionInDays('6 months after the end of the contract')).toBe(180);
    expect(retentionInDays('2 yrs')).toBe(730);
    expect(retentionInDays('for the term of the contract')).toBeNull();
  });
});
