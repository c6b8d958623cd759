import { describe, expect, it } from 'vitest';
import { evaluatePrechecks } from '../../../shared/engine/prechecks';
import { party, singleTransferAssessment, testLibrary, transfer, usSaasAssessment } from './factories';

const library = testLibrary();
const keys = (reasons: { key: string }[]) => reasons.map((r) => r.key);

describe('evaluatePrechecks', () => {
  it('needs no TIA for data that is not personal data', () => {
    const a = usSaasAssessment();
    a.prechecks.personalData = 'no';
    expect(evaluatePrechecks(a, library)).toMatchObject({ tiaRequired: 'no', basis: 'not-personal-data' });
  });

  it.each([
    ['exporterSubjectToRegime', 'engine.prechecks.criterionRegimeNotMet'],
    ['disclosedToOtherParty', 'engine.prechecks.criterionDisclosureNotMet'],
    ['recipientInThirdCountry', 'engine.prechecks.criterionThirdCountryNotMet'],
  ] as const)('is not a transfer when criterion %s is answered no', (field, key) => {
    const a = usSaasAssessment();
    a.prechecks[field] = 'no';
    const result = evaluatePrechecks(a, library);
    expect(result).toMatchObject({ tiaRequired: 'no', basis: 'not-a-transfer' });
    expect(keys(result.reasons)).toContain(key);
  });

  it('is not a transfer when every party stays in the EEA', () => {
    const result = evaluatePrechecks(singleTransferAssessment('FR'), library);
    expect(result).toMatchObject({ tiaRequired: 'no', basis: 'not-a-transfer' });
  });

  it('needs no full TIA when every destination is adequate', () => {
    const result = evaluatePrechecks(singleTransferAssessment('JP'), library);
    expect(result).toMatchObject({ tiaRequired: 'no', basis: 'adequacy' });
    expect(keys(result.reasons)).toContain('engine.prechecks.transferCoveredByAdequacy');
  });

  it('needs no full TIA for a US importer only with a confirmed DPF certification and its date', () => {
    const a = singleTransferAssessment('US');
    a.map.transfers[0]!.tool = { ...a.map.transfers[0]!.tool, tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '' };
    expect(evaluatePrechecks(a, library).tiaRequired).toBe('yes');
    a.map.transfers[0]!.tool.dpfCheckedOn = '2026-06-15';
    expect(evaluatePrechecks(a, library)).toMatchObject({ tiaRequired: 'no', basis: 'dpf' });
  });

  it('needs no full TIA under a partial adequacy decision once the user relies on it', () => {
    const a = singleTransferAssessment('CA');
    expect(evaluatePrechecks(a, library).tiaRequired).toBe('yes');
    a.map.transfers[0]!.tool.tool = 'adequacy';
    expect(evaluatePrechecks(a, library)).toMatchObject({ tiaRequired: 'no', basis: 'adequacy' });
  });

  it('needs a TIA as soon as one transfer of the chain is not covered', () => {
    const a = singleTransferAssessment('JP');
    a.map.parties.push(party('sub', 'sub-processor', 'processor', 'IN', 'Indian sub-processor'));
    a.map.transfers.push(transfer('t2', 'importer', 'sub'));
    const result = evaluatePrechecks(a, library);
    expect(result).toMatchObject({ tiaRequired: 'yes', basis: null });
    expect(result.reasons).toContainEqual({ key: 'engine.prechecks.transferNeedsTia', params: { from: 'Importer', to: 'Indian sub-processor', country: 'India' } });
  });

  it('accepts Art. 49 as the basis only with a justification, and warns against systematic use', () => {
    const a = usSaasAssessment();
    a.prechecks.art49IsBasis = 'yes';
    const without = evaluatePrechecks(a, library);
    expect(without.tiaRequired).toBe('yes');
    expect(keys(without.reasons)).toContain('engine.prechecks.art49NeedsJustification');
    a.prechecks.art49Justification = 'Single transfer to book a hotel for the data subject.';
    const withJustification = evaluatePrechecks(a, library);
    expect(withJustification).toMatchObject({ tiaRequired: 'no', basis: 'art49' });
    expect(keys(withJustification.reasons)).toContain('engine.prechecks.art49Systematic');
    a.map.transfers.forEach((t) => (t.frequency = 'one-off'));
    expect(keys(evaluatePrechecks(a, library).reasons)).toContain('engine.prechecks.art49NotForSystematic');
  });

  it('stays undetermined while a destination country is missing', () => {
    const a = singleTransferAssessment('');
    expect(evaluatePrechecks(a, library)).toMatchObject({ tiaRequired: 'undetermined' });
  });

  it('says the processor does the TIA when an EEA exporter is a processor', () => {
    const a = usSaasAssessment();
    expect(evaluatePrechecks(a, library).processorDoesTia).toBe(false);
    a.map.parties[0]!.role = 'processor';
    const result = evaluatePrechecks(a, library);
    expect(result.processorDoesTia).toBe(true);
    expect(keys(result.reasons)).toContain('engine.prechecks.processorDoesTia');
  });

  it('uses the UK data bridges for UK exporters and says the lists differ', () => {
    const toJapan = evaluatePrechecks(singleTransferAssessment('JP', {}, 'GB'), library);
    expect(toJapan).toMatchObject({ tiaRequired: 'no', basis: 'adequacy' });
    expect(keys(toJapan.reasons)).toContain('engine.prechecks.ukSwissListsDiffer');
    // Brazil is adequate for the EU (2026) but not on the UK list recorded in the library notes.
    expect(evaluatePrechecks(singleTransferAssessment('BR', {}, 'GB'), library).tiaRequired).toBe('yes');
    expect(evaluatePrechecks(singleTransferAssessment('BR'), library).tiaRequired).toBe('no');
    // A UK exporter sending to the EEA: adequate under the UK regulations.
    expect(evaluatePrechecks(singleTransferAssessment('DE', {}, 'GB'), library)).toMatchObject({ tiaRequired: 'no', basis: 'adequacy' });
  });
});
