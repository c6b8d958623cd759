import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import { parseInterchange } from '../../shared/domain/interchange';
import { createI18n, resources } from '../../shared/i18n';
import { describeChange, labelText } from '../../shared/history/describe';
import { diffAssessments, type Change } from '../../shared/history/diff';
import { labelKeys } from '../../shared/history/labels';
import { MAX_RECORDED_CHANGES, summariseChanges, truncateText } from '../../shared/history/summary';

function telnyx(): Assessment {
  const parsed = parseInterchange(readFileSync(join(process.cwd(), 'resources/examples/telnyx-sample.dtia.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.assessment;
}

const en = createI18n('en');
const de = createI18n('de');
const inEnglish = (change: Change) => describeChange(summariseChanges([change]).changes[0]!, (key, params) => en.t(key, params));
const only = (changes: Change[]): Change => {
  expect(changes).toHaveLength(1);
  return changes[0]!;
};

describe('diffAssessments', () => {
  it('finds nothing between a document and its copy, whatever the timestamps say', () => {
    const before = telnyx();
    const after = { ...structuredClone(before), updatedAt: '2030-01-01T00:00:00.000Z', createdAt: '2020-01-01T00:00:00.000Z' };
    expect(diffAssessments(before, after)).toEqual([]);
  });

  it('names a party by its name and the field by the label the map shows', () => {
    const before = telnyx();
    const after = structuredClone(before);
    const aws = after.map.parties.find((p) => p.id === 'aws-storage')!;
    aws.name = 'AWS';
    const renamed = structuredClone(after);
    aws.country = 'IE';

    const change = only(diffAssessments(renamed, after));
    expect(change).toEqual({
      kind: 'changed',
      path: 'map.parties[aws-storage].country',
      label: [{ key: 'history.item.party', params: { name: 'AWS' } }, { key: 'map.parties.country' }],
      before: 'US',
      after: 'IE',
    });
    expect(inEnglish(change)).toBe('Party “AWS”: Country: “US” → “IE”');
    expect(labelText(change.label, (key, params) => de.t(key, params))).toBe('Partei „AWS“: Land');
  });

  it('numbers transfers as the map does and finds a field inside the transfer tool', () => {
    const before = telnyx();
    const after = structuredClone(before);
    after.map.transfers[2]!.purpose = 'Support from Canada only.';
    after.map.transfers[0]!.tool.details = 'SCC signed 2026-03-01';
    const changes = diffAssessments(before, after);
    expect(changes.map((c) => [c.path, labelText(c.label, (key, params) => en.t(key, params))])).toEqual([
      ['map.transfers[transfer-1].tool.details', 'Transfer 1: Details of the tool'],
      ['map.transfers[transfer-telnyx-canada].purpose', 'Transfer 3: Purpose'],
    ]);
    expect(changes[1]!.after).toBe('Support from Canada only.');
  });

  it('matches list items by id: removing the first party is one removal, not a change of every later one', () => {
    const before = telnyx();
    const after = structuredClone(before);
    const [removed] = after.map.parties.splice(2, 1);
    after.map.transfers = after.map.transfers.filter((t) => t.toPartyId !== removed!.id);
    after.map.parties.push({ ...removed!, id: 'aws-eu', name: 'AWS Frankfurt', country: 'DE' });

    const changes = diffAssessments(before, after);
    expect(changes.map((c) => [c.kind, c.path])).toEqual([
      ['added', 'map.parties[aws-eu]'],
      ['removed', 'map.parties[aws-storage]'],
      ['removed', 'map.transfers[transfer-aws-storage]'],
    ]);
    expect(changes.map(inEnglish)).toEqual([
      'Party “AWS Frankfurt” added',
      'Party “Amazon Web Services (data centres)” removed',
      'Transfer 2 removed',
    ]);
    expect(changes[0]!.after).toMatchObject({ id: 'aws-eu', country: 'DE' });
    expect(changes[1]!.before).toMatchObject({ id: 'aws-storage', country: 'US' });
  });

  it('records a new order of the same items once', () => {
    const before = telnyx();
    const after = structuredClone(before);
    after.step3.laws.reverse();
    const change = only(diffAssessments(before, after));
    expect(change.kind).toBe('reordered');
    expect(change.path).toBe('step3.laws');
    expect(change.after).toEqual(before.step3.laws.map((law) => law.id).reverse());
    expect(inEnglish(change)).toBe('Laws that may give authorities access: order changed');
  });

  it('matches measures, checklist entries and questionnaire answers by their own ids', () => {
    const before = telnyx();
    const after = structuredClone(before);
    after.step4.measures[1]!.note = 'Keys held in the exporter’s HSM.';
    after.step5.checklist[0]!.status = 'done';
    const fisa = after.step3.laws[0]!;
    fisa.answers[0]!.note = 'Checked the provider list.';
    after.step3.risk.scenarios[0]!.preconditions[1]!.probability = 0.4321;
    const labels = diffAssessments(before, after).map((c) => [c.path, labelText(c.label, (key, params) => en.t(key, params))]);
    expect(labels).toEqual([
      [`step3.laws[law-fisa-702].answers[${fisa.answers[0]!.questionId}].note`, `Law “FISA Section 702”: Question ${fisa.answers[0]!.questionId}: Note or evidence`],
      [
        'step3.risk.scenarios[us-fisa-702-directive].preconditions[precondition-1].probability',
        `Scenario “FISA 702 directive to the provider”: Precondition “${after.step3.risk.scenarios[0]!.preconditions[1]!.label}”: Probability (%)`,
      ],
      ['step4.measures[encryption-at-rest-importer-keys].note', 'Measure encryption-at-rest-importer-keys: Note on how it is implemented'],
      ['step5.checklist[scc-unmodified].status', 'Checklist item scc-unmodified: Status'],
    ]);
  });

  it('labels the wizard’s own questions with their question and compares lists without ids as a whole', () => {
    const before = telnyx();
    const after = structuredClone(before);
    after.prechecks.minimisationNote = 'Only the numbers needed for routing.';
    after.map.transfers[0]!.dataCategories = ['Call Detail Records (CDRs)'];
    after.conclusion.assessor = 'Jana Nowak';
    const changes = diffAssessments(before, after);
    expect(changes.map((c) => [c.path, c.label.at(-1)?.key])).toEqual([
      ['prechecks.minimisationNote', 'wizard.prechecks.minimisationNote'],
      ['map.transfers[transfer-1].dataCategories', 'map.transfer.dataCategories'],
      ['conclusion.assessor', 'wizard.conclusion.signoff.assessor'],
    ]);
    expect(changes[1]!.after).toEqual(['Call Detail Records (CDRs)']);
    expect(inEnglish(changes[2]!)).toBe(`Assessor: ${before.conclusion.assessor === '' ? '(empty)' : `“${before.conclusion.assessor}”`} → “Jana Nowak”`);
  });

  it('words a yes/no and an unset value, and names a field the screens do not label under its step', () => {
    const before = telnyx();
    before.step2.swissAmendments = false;
    before.map.transfers[0]!.specialCategories = true;
    const after = structuredClone(before);
    after.step2.swissAmendments = true;
    after.map.transfers[0]!.specialCategories = null;
    expect(diffAssessments(before, after).map(inEnglish)).toEqual([
      'Transfer 1: Special categories of data (Art. 9 GDPR)?: Yes → (not set)',
      'The SCCs are used with the amendments for transfers under the Swiss FADP: No → Yes',
    ]);

    const unlabelled = diffAssessments(before, { ...after, prechecks: { ...after.prechecks, note: 'x' } } as Assessment);
    expect(unlabelled.find((c) => c.path === 'prechecks.note')?.label).toEqual([{ key: 'history.field.note' }]);
    const unknownField = diffAssessments(before, { ...before, step6: { ...before.step6, extra: 1 } } as unknown as Assessment);
    expect(unknownField.map((c) => labelText(c.label, (key, params) => en.t(key, params)))).toEqual(['Re-evaluation: extra']);
  });

  it('uses only label keys that have a text in English and in German', () => {
    const keys = labelKeys();
    expect(keys.length).toBeGreaterThan(80);
    expect(keys.filter((key) => !en.exists(key))).toEqual([]);
    expect(keys.filter((key) => !de.exists(key, { fallbackLng: [] }))).toEqual([]);
    expect(Object.keys(resources.en.translation)).toContain('history');
  });
});

describe('summariseChanges', () => {
  it('cuts long texts and long values to 200 characters and keeps the first changes', () => {
    const before = telnyx();
    const after = structuredClone(before);
    after.step3.overallReasoning = 'Ł'.repeat(5000);
    after.map.parties.push({ id: 'new', name: 'N'.repeat(290), kind: 'recipient', role: '', country: 'FR', entityType: '', address: '', contact: '' });
    const summary = summariseChanges(diffAssessments(before, after));
    expect(summary.omitted).toBe(0);
    const [party, reasoning] = summary.changes;
    expect(party).toMatchObject({ kind: 'added', path: 'map.parties[new]' });
    expect(party).not.toHaveProperty('before');
    expect(typeof party!.after).toBe('string');
    expect((party!.after as string).length).toBe(200);
    expect(reasoning!.after).toBe(`${'Ł'.repeat(199)}…`);
    expect(reasoning!.before).toBe(truncateText(before.step3.overallReasoning, 200));
    expect(JSON.stringify(summary).length).toBeLessThan(2000);

    const many: Change[] = Array.from({ length: MAX_RECORDED_CHANGES + 7 }, (_, i) => ({ kind: 'changed', path: `p${i}`, label: [], before: i, after: i + 1 }));
    const capped = summariseChanges(many);
    expect(capped.changes).toHaveLength(MAX_RECORDED_CHANGES);
    expect(capped.omitted).toBe(7);
  });

  it('never cuts a character in half', () => {
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('abc', 3)).toBe('abc');
  });
});
