import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/domain/assessment';
import { evaluateMeasures } from '../../../shared/engine/measures';
import { evaluateTransfers } from '../../../shared/engine/transfers';
import { detectUseCases } from '../../../shared/engine/use-cases';
import { party, singleTransferAssessment, testLibrary, transfer } from './factories';

const processor = party('importer', 'importer', 'processor', 'US', 'CloudCRM');
const controller = party('importer', 'importer', 'controller', 'US', 'Group HQ');
const useCases = (patch: Partial<Transfer>, measures: string[] = [], recipient = processor) =>
  detectUseCases(transfer('t1', 'exporter', 'importer', patch), recipient, measures).map((h) => [h.useCase, h.technicalMeasureEffective]);

describe('EDPB Annex 2 use cases', () => {
  it('1: storage that needs no clear text, encrypted with keys held by the exporter', () => {
    expect(useCases({ accessType: 'storage', needsClearText: false, format: 'encrypted', keyHolder: 'exporter' })).toEqual([[1, true]]);
    expect(useCases({ accessType: 'storage', needsClearText: false, format: 'clear' }, ['encrypted-storage-exporter-keys'])).toEqual([[1, true]]);
    expect(useCases({ accessType: 'storage', needsClearText: false, format: 'encrypted', keyHolder: 'importer' })).toEqual([]);
  });

  it('2: pseudonymised data', () => {
    expect(useCases({ accessType: 'storage', needsClearText: false, format: 'pseudonymised' })).toEqual([[2, true]]);
    expect(useCases({ needsClearText: false }, ['pseudonymisation'])).toEqual([[2, true]]);
  });

  it('3: encrypted data merely in transit', () => {
    expect(useCases({ accessType: 'transit', needsClearText: false, format: 'encrypted' })).toEqual([[3, true]]);
    expect(useCases({ accessType: 'transit', needsClearText: false, format: 'clear' }, ['transit-encryption'])).toEqual([[3, true]]);
  });

  it('4 and 5: a protected recipient, split processing', () => {
    expect(useCases({ needsClearText: false }, ['protected-recipient'])).toEqual([[4, true]]);
    expect(useCases({ needsClearText: false }, ['split-processing'])).toEqual([[5, true]]);
  });

  it('6: a processor that needs the data in clear — no effective technical measure', () => {
    const hits = detectUseCases(transfer('t1', 'exporter', 'importer', { accessType: 'storage', needsClearText: true }), processor, ['encrypted-storage-exporter-keys']);
    expect(hits.map((h) => [h.useCase, h.technicalMeasureEffective])).toEqual([[6, false]]);
    expect(hits[0]?.reasons.map((r) => r.key)).toEqual(['engine.useCases.uc6Processor', 'engine.useCases.noEffectiveTechnicalMeasure']);
  });

  it('7: remote access in clear for business purposes — no effective technical measure', () => {
    expect(useCases({ accessType: 'remote-access', needsClearText: true }, [], controller)).toEqual([[7, false]]);
  });

  it('recognises nothing while it is unknown whether clear text is needed', () => {
    expect(useCases({ accessType: 'storage', needsClearText: null, format: 'clear' })).toEqual([]);
  });

  it('looks only at transfers that need the assessment', () => {
    const adequate = singleTransferAssessment('JP', { needsClearText: true });
    expect(evaluateTransfers(adequate, testLibrary(), '2026-07-01')[0]?.useCases).toEqual([]);
    const us = singleTransferAssessment('US', { needsClearText: true });
    expect(evaluateTransfers(us, testLibrary(), '2026-07-01')[0]?.useCases.map((u) => u.useCase)).toEqual([6]);
  });
});

describe('evaluateMeasures', () => {
  const library = testLibrary();

  it('says plainly that no technical measure works and contractual measures do not suffice where clear text is needed', () => {
    const a = singleTransferAssessment('US', { needsClearText: true, accessType: 'remote-access' });
    const chosen = [{ measureId: 'notify-requests', note: '' }, { measureId: 'challenge-orders', note: '' }];
    const result = evaluateMeasures(chosen, evaluateTransfers(a, library, '2026-07-01'));
    expect(result.clearTextUseCases.map((u) => u.useCase)).toEqual([7]);
    expect(result.onlyComplementary).toBe(true);
    expect(result.reasons.map((r) => r.key)).toEqual([
      'engine.measures.clearTextUseCase',
      'engine.measures.noEffectiveTechnicalMeasure',
      'engine.measures.complementaryInsufficient',
      'engine.measures.onlyComplementaryChosen',
    ]);
  });

  it('says that importer-held keys do not help against a compelled importer', () => {
    const a = singleTransferAssessment('US', { needsClearText: false, accessType: 'storage' });
    const result = evaluateMeasures([{ measureId: 'encryption-at-rest-importer-keys', note: '' }], evaluateTransfers(a, library, '2026-07-01'));
    expect(result.clearTextUseCases).toEqual([]);
    expect(result.onlyComplementary).toBe(false);
    expect(result.reasons.map((r) => r.key)).toContain('engine.measures.importerKeysNoEffect');
  });
});
