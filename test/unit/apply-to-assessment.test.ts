import { describe, expect, it } from 'vitest';
import { assessmentSchema, createEmptyAssessment, emptyParty, emptyTransfer, type Assessment } from '../../shared/domain/assessment';
import { evidenceLinkSchema } from '../../shared/domain/evidence';
import type { Fact } from '../../shared/extraction/types';
import { applyProfileToAssessment } from '../../shared/vendors/apply-to-assessment';
import { DATA_CATEGORY_LABELS } from '../../shared/vendors/category-labels';
import type { VendorProfile } from '../../shared/vendors/profile';
import { profileFact, profileFromDocuments, telnyxProfile, TELNYX_DOCUMENT, type ProfileDocument } from '../fixtures/vendor-profile';

const NOW = '2026-06-03T10:00:00.000Z';
const empty = (): Assessment => createEmptyAssessment({ id: '00000000-0000-4000-8000-0000000000a1', title: 'Telnyx voice', now: NOW });

const HAND_MADE: ProfileDocument = { name: 'Acme DPA.txt', text: 'Hand-made document.', importedAt: '2026-05-01T08:00:00.000Z' };

/** A hand-made fact; its sentence is the value itself, which is all these tests look at. */
function fact(type: Fact['type'], value: string, normalized: string, extra: Partial<Fact> = {}): Fact {
  return { type, value, normalized, evidence: { text: `${value}.`, start: 0, end: value.length + 1 }, ...extra };
}

function handMade(vendorName: string, facts: Fact[]): VendorProfile {
  const profile = profileFromDocuments(vendorName, []);
  return { ...profile, facts: facts.map((f, index) => profileFact(HAND_MADE, f, `hand-${index}`)) };
}

const party = (a: Assessment, id: string) => a.map.parties.find((p) => p.id === id);
const citedFor = (a: Assessment, usedFor: string) => a.evidence.filter((link) => link.usedFor === usedFor);

describe('applyProfileToAssessment with the profile read from Telnyx’s document', () => {
  const profile = telnyxProfile();
  const { assessment, changes } = applyProfileToAssessment(empty(), profile);

  it('names the importer and gives it the country of its headquarters, citing that sentence', () => {
    expect(party(assessment, 'importer')).toMatchObject({ name: 'Telnyx', kind: 'importer', country: 'US' });
    const country = changes.find((change) => change.kind === 'importerCountrySet');
    expect(country).toMatchObject({ values: { country: 'US' }, usedFor: 'importer' });
    const sentence = assessment.evidence.find((link) => link.factId === country?.factId)?.sentence;
    expect(sentence).toContain('our headquarters in the US');
    expect(changes.map((change) => change.kind)).toContain('importerNamed');
  });

  it('adds AWS as a sub-processor with an onward transfer that carries what the importer receives', () => {
    const aws = assessment.map.parties.find((p) => p.name === 'Amazon Web Services');
    expect(aws).toMatchObject({ kind: 'sub-processor', role: 'processor', country: '' });
    const onward = assessment.map.transfers.find((t) => t.toPartyId === aws?.id);
    const main = assessment.map.transfers.find((t) => t.id === 'transfer-1')!;
    expect(onward).toMatchObject({ fromPartyId: 'importer', dataCategories: main.dataCategories, purpose: main.purpose });
    expect(citedFor(assessment, aws!.id).map((link) => link.value)).toEqual(['Amazon Web Services']);
    expect(citedFor(assessment, onward!.id)).toEqual([]);
  });

  it('fills the transfer to Telnyx: the categories its document names and the SCCs', () => {
    const main = assessment.map.transfers.find((t) => t.id === 'transfer-1')!;
    expect(main.dataCategories).toEqual([
      DATA_CATEGORY_LABELS['communications-metadata'],
      DATA_CATEGORY_LABELS['call-recordings'],
      DATA_CATEGORY_LABELS.usage,
    ]);
    expect(main.tool.tool).toBe('scc');
    expect(main.retention).toBe('');
    expect(citedFor(assessment, 'transfer-1').map((link) => link.factType).sort()).toEqual(['data_category', 'data_category', 'data_category', 'mechanism']);
  });

  it('cites the statements on government access for step 3 and the security measures for step 4', () => {
    expect(citedFor(assessment, 'step3').map((link) => link.normalized).sort()).toEqual(
      ['challenge-requests', 'cloud-act', 'eo-12333', 'fisa-702', 'law-enforcement-requests', 'none-received', 'notify-customer'].sort(),
    );
    expect(citedFor(assessment, 'step4').map((link) => link.normalized).sort()).toEqual(['encryption-at-rest', 'encryption-in-transit', 'iso-27001', 'soc-2']);
    const never = citedFor(assessment, 'step3').find((link) => link.factType === 'requests_reported');
    expect(never?.sentence).toMatch(/^To date, Telnyx has never received a US National Security Request/);
  });

  it('cites each statement once per place, each with its exact sentence and the document it came from', () => {
    const keys = assessment.evidence.map((link) => `${link.factId}@${link.usedFor}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const link of assessment.evidence) {
      expect(evidenceLinkSchema.safeParse(link).success).toBe(true);
      const source = profile.facts.find((f) => f.id === link.factId)!;
      expect(link.sentence).toBe(TELNYX_DOCUMENT.text.slice(source.evidence.start, source.evidence.end));
      expect(link.document).toEqual({ name: TELNYX_DOCUMENT.name, sha256: source.documentSha256, importedAt: TELNYX_DOCUMENT.importedAt });
    }
    // The document says "SCCs" eleven times and "US" a dozen: each statement is cited once for the importer.
    expect(assessment.evidence.filter((link) => link.normalized === 'SCC')).toHaveLength(1);
    expect(citedFor(assessment, 'importer').filter((link) => link.normalized === 'US').length).toBeLessThanOrEqual(2);
    expect(citedFor(assessment, 'importer').map((link) => link.factType)).toEqual(expect.arrayContaining(['role', 'country']));
  });

  it('gives a valid document and leaves the one it was given untouched', () => {
    const original = empty();
    const before = JSON.stringify(original);
    const result = applyProfileToAssessment(original, profile);
    expect(JSON.stringify(original)).toBe(before);
    expect(assessmentSchema.safeParse(result.assessment).success).toBe(true);
  });

  it('changes nothing when applied again', () => {
    const again = applyProfileToAssessment(assessment, profile);
    expect(again.assessment).toEqual(assessment);
    expect(again.changes).toEqual([]);
  });

  it('applies only the facts asked for, and only accepted ones', () => {
    const scc = profile.facts.find((f) => f.normalized === 'SCC')!;
    const pending = { ...profile, facts: profile.facts.map((f) => (f.type === 'subprocessor' ? { ...f, decision: 'pending' as const } : f)) };
    const some = applyProfileToAssessment(empty(), pending, { factIds: [scc.id, ...pending.facts.filter((f) => f.type === 'subprocessor').map((f) => f.id)] });
    expect(some.assessment.map.parties.map((p) => p.id)).toEqual(['exporter', 'importer']);
    expect(some.assessment.map.transfers[0]!.tool.tool).toBe('scc');
    expect(some.assessment.map.transfers[0]!.dataCategories).toEqual([]);
    expect(some.assessment.evidence.map((link) => link.factId)).toEqual([scc.id]);
    expect(applyProfileToAssessment(empty(), profile, { factIds: [] })).toEqual({ assessment: empty(), changes: [] });
  });
});

describe('applyProfileToAssessment with hand-made profiles', () => {
  it('adds the importer, and the transfer to it, to a map that has none', () => {
    const start = empty();
    start.map.parties = [start.map.parties[0]!];
    start.map.transfers = [];
    const { assessment, changes } = applyProfileToAssessment(
      start,
      handMade('Acme Cloud', [fact('data_category', 'e-mail addresses', 'contact'), fact('mechanism', 'Data Privacy Framework', 'DPF')]),
    );
    expect(assessment.map.parties.map((p) => [p.id, p.kind, p.name])).toEqual([
      ['exporter', 'exporter', ''],
      ['importer', 'importer', 'Acme Cloud'],
    ]);
    expect(assessment.map.transfers).toHaveLength(1);
    expect(assessment.map.transfers[0]).toMatchObject({ fromPartyId: 'exporter', toPartyId: 'importer', dataCategories: [DATA_CATEGORY_LABELS.contact] });
    expect(assessment.map.transfers[0]!.tool.tool).toBe('dpf');
    expect(changes.map((c) => c.kind)).toEqual(['importerAdded', 'transferAdded', 'dataCategoryAdded', 'toolSet']);
    expect(applyProfileToAssessment(assessment, handMade('Acme Cloud', [])).assessment).toBe(assessment);
  });

  it('finds a sub-processor the map has under another case and legal form, and only fills its empty country', () => {
    const start = empty();
    start.map.parties.push({ ...emptyParty('aws', 'sub-processor'), name: 'AMAZON WEB SERVICES, Inc.' });
    start.map.transfers.push(emptyTransfer('t-aws', 'importer', 'aws'));
    const profile = handMade('Acme', [fact('subprocessor', 'AWS', 'Amazon Web Services', { countries: ['EU', 'IE', 'US'], purpose: 'hosting' })]);
    const { assessment, changes } = applyProfileToAssessment(start, profile);
    expect(assessment.map.parties.filter((p) => p.kind === 'sub-processor')).toEqual([
      { ...emptyParty('aws', 'sub-processor'), name: 'AMAZON WEB SERVICES, Inc.', country: 'IE' },
    ]);
    expect(assessment.map.transfers.map((t) => t.id)).toEqual(['transfer-1', 't-aws']);
    expect(changes.find((c) => c.kind.startsWith('subprocessor'))).toMatchObject({ kind: 'subprocessorCountrySet', usedFor: 'aws', values: { country: 'IE' } });
    expect(citedFor(assessment, 'aws')).toHaveLength(1);
  });

  it('keeps what the user wrote and says where the documents differ', () => {
    const start = empty();
    Object.assign(start.map.parties[1]!, { name: 'Acme Cloud Ltd', country: 'DE', contact: 'dpo@acme.example' });
    const main = start.map.transfers[0]!;
    main.tool.tool = 'bcr';
    main.retention = 'Deleted after 90 days';
    main.dataCategories = ['contact details (e-mail addresses, telephone numbers, postal addresses)'];
    const profile = handMade('Acme Cloud', [
      fact('country', 'United States', 'US'),
      fact('contact', 'privacy@acme.example', 'privacy@acme.example'),
      fact('data_category', 'e-mail address', 'contact'),
      fact('mechanism', 'SCCs', 'SCC'),
      fact('retention', '30 days', 'P30D'),
    ]);
    const { assessment, changes } = applyProfileToAssessment(start, profile);
    expect(assessment.map).toEqual(start.map);
    expect(changes.filter((c) => c.kind.endsWith('Differs'))).toEqual([
      expect.objectContaining({ kind: 'importerCountryDiffers', values: { current: 'DE', stated: 'US' }, usedFor: 'importer' }),
      expect.objectContaining({ kind: 'toolDiffers', values: expect.objectContaining({ current: 'bcr', stated: 'scc' }), usedFor: 'transfer-1' }),
    ]);
    // The category the user wrote in other case is the one the document states: cited, not added again.
    expect(citedFor(assessment, 'transfer-1').map((link) => link.factType).sort()).toEqual(['data_category', 'mechanism']);
  });

  it('names an importer left unnamed, fills an empty retention and contact, and prefers a stated period', () => {
    const profile = handMade('Acme Cloud', [
      fact('retention', 'as long as necessary', 'stated'),
      fact('retention', '30 days', 'P30D'),
      fact('contact', 'our data protection officer', 'dpo'),
      fact('contact', 'privacy@acme.example', 'privacy@acme.example'),
    ]);
    const { assessment } = applyProfileToAssessment(empty(), profile);
    expect(party(assessment, 'importer')).toMatchObject({ name: 'Acme Cloud', contact: 'privacy@acme.example' });
    expect(assessment.map.transfers[0]!.retention).toBe('30 days');
  });

  it('takes the country only where the documents name one, or one head office', () => {
    const countryOf = (facts: Fact[]) => party(applyProfileToAssessment(empty(), handMade('Acme', facts)).assessment, 'importer')?.country;
    expect(countryOf([fact('country', 'Ireland', 'IE'), fact('country', 'the EU', 'EU')])).toBe('IE');
    expect(countryOf([fact('country', 'Ireland', 'IE'), fact('country', 'the United States', 'US')])).toBe('');
    const headquarters = fact('country', 'United States', 'US');
    headquarters.evidence = { text: 'Acme is headquartered in the United States.', start: 0, end: 44 };
    expect(countryOf([fact('country', 'Ireland', 'IE'), headquarters])).toBe('US');
  });

  it('sets the DPF with the certification the user confirmed on the profile, and the SCCs before the DPF', () => {
    const dpfOnly = handMade('Acme', [fact('mechanism', 'EU-U.S. Data Privacy Framework', 'DPF')]);
    dpfOnly.dpf = { status: 'certified', checkedOn: '2026-05-30' };
    const tool = applyProfileToAssessment(empty(), dpfOnly).assessment.map.transfers[0]!.tool;
    expect(tool).toMatchObject({ tool: 'dpf', dpfCertificationConfirmed: true, dpfCheckedOn: '2026-05-30' });

    const both = handMade('Acme', [fact('mechanism', 'DPF', 'DPF'), fact('mechanism', 'SCCs', 'SCC'), fact('mechanism', 'UK Addendum', 'UK_ADDENDUM')]);
    const applied = applyProfileToAssessment(empty(), both).assessment;
    expect(applied.map.transfers[0]!.tool.tool).toBe('scc');
    expect(citedFor(applied, 'step2').map((link) => link.normalized)).toEqual(['DPF', 'UK_ADDENDUM']);
  });
});
