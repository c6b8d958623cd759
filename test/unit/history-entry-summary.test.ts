import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/history/audit';
import { entrySummary, recordedTitle } from '../../shared/history/entry-summary';
import { createI18n } from '../../shared/i18n';

const i18n = createI18n('en');
const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params ?? {});

function entry(action: string, details: Record<string, unknown> | null): AuditEntry {
  return { seq: 1, at: '2026-06-01T08:00:00.000Z', actor: 'Dana', action, assessmentId: null, details, prevHash: '0'.repeat(64), hash: 'f'.repeat(64) };
}

describe('the short summary of an audit entry', () => {
  it('counts an edit’s changes, including those the entry left out', () => {
    expect(entrySummary(entry('edit', { title: 'A', changes: [{}] }), t)).toBe('1 change');
    expect(entrySummary(entry('edit', { title: 'A', changes: [{}, {}], omitted: 48 }), t)).toBe('50 changes');
  });

  it('names the approver, the restored backup, the imported file and the copied assessment', () => {
    expect(entrySummary(entry('approve', { approver: 'Dr. Lena Vogt' }), t)).toBe('Approved by Dr. Lena Vogt');
    expect(entrySummary(entry('restore', { backup: { id: 'dtia-2026-06-01T08-00-00Z-manual.sqlite' } }), t)).toBe(
      'Backup dtia-2026-06-01T08-00-00Z-manual.sqlite',
    );
    expect(entrySummary(entry('import-pdf', { fileName: 'report.pdf' }), t)).toBe('File report.pdf');
    expect(entrySummary(entry('duplicate', { sourceTitle: 'CRM' }), t)).toBe('Copy of “CRM”');
  });

  it('says nothing when the details are missing or not in the expected shape', () => {
    for (const [action, details] of [
      ['edit', null],
      ['edit', { changes: 'many' }],
      ['approve', { approver: 42 }],
      ['restore', { backup: ['x'] }],
      ['restore', { backup: null }],
      ['import', {}],
      ['create', { title: 'A' }],
      ['from-a-later-version', { anything: true }],
    ] as const) {
      expect(entrySummary(entry(action, details), t), action).toBe('');
    }
    expect(entrySummary(entry('edit', { changes: [], omitted: -3 }), t)).toBe('0 changes');
  });

  it('reads the recorded title only when it is text', () => {
    expect(recordedTitle(entry('delete', { title: 'Gone' }))).toBe('Gone');
    expect(recordedTitle(entry('delete', { title: 7 }))).toBeNull();
    expect(recordedTitle(entry('restore', null))).toBeNull();
  });
});
