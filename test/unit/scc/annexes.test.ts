import { describe, expect, it } from 'vitest';
import type { LawLibrary } from '../../../shared/domain/law-library';
import { createI18n } from '../../../shared/i18n';
import { buildSccAnnexes, type AnnexField } from '../../../shared/scc/annexes';
import { chainAssessment } from './fixtures';

const library: LawLibrary = {
  format: 'dtia-law-library',
  version: 2,
  compiled: '2026-01-01',
  asOf: '2026-01',
  countries: [
    { code: 'DE', name: 'Germany', adequacy: 'eea', adequacyNote: '', laws: [] },
    { code: 'US', name: 'United States', adequacy: 'partial', adequacyNote: '', laws: [] },
  ],
};
const i18n = createI18n('en');
const measureTitle = (id: string) => i18n.t(`measures.${id}.title`);
const field = (fields: AnnexField[], id: string) => fields.find((f) => f.id === id);

describe('SCC annexes from the map (EU controller → US SaaS processor → AWS US sub-processor)', () => {
  const annexes = buildSccAnnexes(chainAssessment(), library, measureTitle);

  it('lists the exporter and the importer in Annex I.A, not the sub-processor', () => {
    expect(annexes.applicable).toBe(true);
    expect(annexes.annexIA.map((p) => [p.partyId, p.side])).toEqual([
      ['exporter', 'exporter'],
      ['saas', 'importer'],
    ]);
    const importer = annexes.annexIA[1]!.fields;
    expect(field(importer, 'name')?.value).toEqual({ type: 'text', text: 'CloudCRM Inc.' });
    expect(field(importer, 'role')?.value).toEqual({ type: 'key', key: 'scc.annex.role.processor' });
    expect(field(importer, 'country')?.value).toEqual({ type: 'country', code: 'US', name: 'United States' });
    expect(field(importer, 'activities')?.value).toEqual({ type: 'list', items: ['Customer relationship management'] });
    expect(importer.every((f) => !f.missing)).toBe(true);
  });

  it('describes each SCC transfer in Annex I.B, the onward one marked, processors with subject matter and duration', () => {
    expect(annexes.annexIB.map((t) => [t.transferId, t.fromName, t.toName, t.onward])).toEqual([
      ['t1', 'Beispiel GmbH', 'CloudCRM Inc.', false],
      ['t2', 'CloudCRM Inc.', 'Amazon Web Services, Inc.', true],
    ]);
    const first = annexes.annexIB[0]!.fields;
    expect(first.map((f) => f.id)).toEqual([
      'dataSubjects', 'dataCategories', 'sensitiveData', 'frequency', 'nature', 'purpose', 'retention', 'subjectMatter', 'duration',
    ]);
    expect(field(first, 'sensitiveData')?.value).toEqual({ type: 'key', key: 'scc.annex.sensitive.none' });
    expect(field(first, 'frequency')?.value).toEqual({ type: 'key', key: 'scc.annex.frequency.continuous' });
    expect(field(first, 'nature')?.value).toEqual({ type: 'key', key: 'scc.annex.nature.storage' });
    expect(first.every((f) => !f.missing)).toBe(true);
  });

  it('names the supervisory authority in Annex I.C', () => {
    expect(annexes.annexIC).toMatchObject({ missing: false, value: { type: 'text', text: 'Berliner Beauftragte für Datenschutz und Informationsfreiheit' } });
  });

  it('groups the chosen measures with the user’s notes in Annex II and flags a measure without a note', () => {
    expect(annexes.annexII.groups.map((g) => [g.group, g.measures.map((m) => m.measureId)])).toEqual([
      ['technical', ['encrypted-storage-exporter-keys']],
      ['contractual', ['notify-requests']],
      ['organisational', ['training']],
    ]);
    const technical = annexes.annexII.groups[0]!.measures[0]!;
    expect(technical.title).toBe('Strong encryption for storage or backup, keys held by the exporter');
    expect(technical.note).toContain('HSM');
    expect(annexes.annexII.groups[1]!.measures[0]!.noteMissing).toBe(true);
  });

  it('lists AWS in Annex III with its country and the purpose of the transfer it receives, and flags its missing contact', () => {
    expect(annexes.annexIII.required).toBe(true);
    const [aws] = annexes.annexIII.subProcessors;
    expect(aws?.partyId).toBe('aws');
    expect(field(aws!.fields, 'country')?.value).toMatchObject({ code: 'US' });
    expect(field(aws!.fields, 'processing')?.value).toEqual({ type: 'list', items: ['Hosting of the CRM'] });
    expect(field(aws!.fields, 'contact')?.missing).toBe(true);
    expect(annexes.missingCount).toBe(2);
  });

  it('has an English label for every field and value key', () => {
    const fields = [...annexes.annexIA.flatMap((p) => p.fields), ...annexes.annexIB.flatMap((t) => t.fields), annexes.annexIC, ...annexes.annexIII.subProcessors.flatMap((s) => s.fields)];
    for (const f of fields) {
      expect(i18n.exists(f.labelKey), f.labelKey).toBe(true);
      if (f.value.type === 'key') expect(i18n.exists(f.value.key), f.value.key).toBe(true);
    }
    for (const g of annexes.annexII.groups) expect(i18n.exists(g.labelKey)).toBe(true);
  });
});

describe('SCC annexes with gaps', () => {
  it('marks unanswered and empty entries as missing instead of leaving them blank', () => {
    const a = chainAssessment();
    const t1 = a.map.transfers[0]!;
    Object.assign(t1, { dataSubjects: [' '], purpose: '', frequency: '', accessType: '', specialCategories: null, retention: '' });
    a.step2.scc.clause13Authority = '';
    a.step4.measures = [];
    const annexes = buildSccAnnexes(a, library, measureTitle);
    const missing = annexes.annexIB[0]!.fields.filter((f) => f.missing).map((f) => f.id);
    expect(missing).toEqual(['dataSubjects', 'sensitiveData', 'frequency', 'nature', 'purpose', 'retention', 'subjectMatter', 'duration']);
    expect(annexes.annexIC.missing).toBe(true);
    expect(annexes.annexII).toEqual({ groups: [], missing: true });
  });

  it('asks for the detail of special-category data and shows the technical safeguards applied to it', () => {
    const a = chainAssessment();
    Object.assign(a.map.transfers[0]!, { specialCategories: true, specialCategoriesDetail: '' });
    const fields = buildSccAnnexes(a, library, measureTitle).annexIB[0]!.fields;
    expect(field(fields, 'sensitiveData')).toMatchObject({ missing: true, value: { key: 'scc.annex.sensitive.art9' } });
    expect(field(fields, 'sensitiveSafeguards')?.value).toEqual({
      type: 'list',
      items: ['Strong encryption for storage or backup, keys held by the exporter: AES-256, keys in the exporter’s HSM in Frankfurt'],
    });
  });

  it('is not applicable without SCC transfers and does not require Annex III for module 1', () => {
    const a = chainAssessment();
    a.map.parties[1]!.role = 'controller';
    a.map.transfers = [a.map.transfers[0]!];
    expect(buildSccAnnexes(a, library, measureTitle).annexIII.required).toBe(false);
    a.map.transfers[0]!.tool.tool = 'dpf';
    const annexes = buildSccAnnexes(a, library, measureTitle);
    expect(annexes.applicable).toBe(false);
    expect(annexes.annexIA).toEqual([]);
    expect(annexes.annexIB).toEqual([]);
  });
});
