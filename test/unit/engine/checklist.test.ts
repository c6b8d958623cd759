import { describe, expect, it } from 'vitest';
import { evaluateChecklist } from '../../../shared/engine/checklist';
import { evaluateTransfers } from '../../../shared/engine/transfers';
import type { Assessment } from '../../../shared/domain/assessment';
import { singleTransferAssessment, testLibrary, usSaasAssessment, withMeasures } from './factories';

const library = testLibrary();
const checklist = (a: Assessment) => evaluateChecklist(a, evaluateTransfers(a, library, '2026-07-01'));
const ids = (a: Assessment) => checklist(a).map((i) => i.itemId);

describe('the procedural checklist', () => {
  it('lists the SCC items, Clause 9 for modules 2 and 3, and the documentation for SCC transfers', () => {
    expect(ids(usSaasAssessment())).toEqual([
      'scc-unmodified',
      'annexes-complete',
      'importer-clause-14-15',
      'scc-clause-9-authorisation',
      'supplementary-clauses-consistent',
      'importer-notification-process',
      'documentation-available',
    ]);
  });

  it('says which tool and which transfers brought an item in', () => {
    const item = checklist(usSaasAssessment()).find((i) => i.itemId === 'scc-unmodified');
    expect(item?.reasons).toEqual([{ key: 'engine.checklist.becauseTool', params: { tool: 'scc', transfers: 'Beispiel GmbH → CloudCRM Inc., CloudCRM Inc. → AWS' } }]);
  });

  it.each([
    ['dpf', ['dpf-certification-checked', 'dpf-maintenance-promise']],
    ['bcr', ['bcr-approval', 'importer-notification-process']],
    ['art46-other', ['ad-hoc-authorisation', 'importer-notification-process']],
    ['art49', ['art49-documentation']],
  ] as const)('lists the items of %s', (tool, expected) => {
    const a = singleTransferAssessment('US');
    a.map.transfers[0]!.tool.tool = tool;
    expect(ids(a)).toEqual([...expected, 'documentation-available']);
  });

  it('asks to document the scope of a partial adequacy decision relied on', () => {
    const a = singleTransferAssessment('CA');
    a.map.transfers[0]!.tool.tool = 'adequacy';
    expect(ids(a)).toEqual(['adequacy-scope-confirmed', 'documentation-available']);
  });

  it('adds the UK and Swiss items by the exporter’s regime', () => {
    const uk = singleTransferAssessment('US', {}, 'GB');
    uk.map.transfers[0]!.tool.tool = 'idta';
    expect(ids(uk)).toEqual(expect.arrayContaining(['uk-instrument-signed', 'uk-tra-documented', 'supplementary-clauses-consistent']));
    const swiss = singleTransferAssessment('US', {}, 'CH');
    swiss.map.transfers[0]!.tool.tool = 'scc';
    expect(ids(swiss)).toContain('swiss-amendments');
  });

  it('adds "implemented" for each chosen technical measure only, and keeps the user’s statuses', () => {
    const a = usSaasAssessment();
    withMeasures(a, 'encrypted-storage-exporter-keys', 'notify-requests');
    a.step5.checklist = [
      { itemId: 'scc-unmodified', status: 'done', evidence: 'DPA of 1 May 2026, unchanged SCCs' },
      { itemId: 'bcr-approval', status: 'done', evidence: 'stale entry' },
    ];
    const items = checklist(a);
    expect(items.map((i) => i.itemId)).toContain('measure-implemented-encrypted-storage-exporter-keys');
    expect(items.map((i) => i.itemId)).not.toContain('measure-implemented-notify-requests');
    expect(items.find((i) => i.itemId === 'scc-unmodified')).toMatchObject({ status: 'done', evidence: 'DPA of 1 May 2026, unchanged SCCs' });
    expect(items.find((i) => i.itemId === 'annexes-complete')).toMatchObject({ status: 'open', evidence: '' });
    expect(items.some((i) => i.itemId === 'bcr-approval')).toBe(false);
  });
});
