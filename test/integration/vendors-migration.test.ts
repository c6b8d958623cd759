import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyParty, type Assessment } from '../../shared/domain/assessment';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import { MIGRATIONS, runMigrations } from '../../electron/services/database/migrations';
import { fullAssessment } from '../fixtures/full-assessment';

const RESOURCES = join(process.cwd(), 'resources');

let dataDir: string;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-vendors-migration-'));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function document(id: string, title: string, createdAt: string, importers: { name: string; country: string }[]): Assessment {
  const base = fullAssessment();
  const others = base.map.parties.filter((party) => party.kind !== 'importer');
  const parties = importers.map((importer, index) => ({ ...emptyParty(`importer-${index}`, 'importer'), ...importer }));
  return { ...base, id, title, createdAt, updatedAt: createdAt, map: { ...base.map, parties: [...others, ...parties], transfers: [] } };
}

/** A workspace as the version before vendors left it: migrations up to 6 and rows written as that version wrote them. */
function workspaceBeforeVendors(rows: { id: string; title: string; createdAt: string; document: string }[]): void {
  mkdirSync(dataDir, { recursive: true });
  const raw = new Database(join(dataDir, DATABASE_FILE));
  try {
    runMigrations(raw, MIGRATIONS.filter((migration) => migration.version <= 6));
    const insert = raw.prepare(
      `INSERT INTO assessments (id, title, importer, destination, status, next_review_date, created_at, updated_at, document, portfolio_stale)
       VALUES (@id, @title, '', '', 'draft', '', @createdAt, @createdAt, @document, 1)`,
    );
    for (const row of rows) insert.run(row);
  } finally {
    raw.close();
  }
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('migration 7: vendors and templates', () => {
  it('creates the vendors of the stored importers and links every assessment to its own', () => {
    const stored = [
      document(id(1), 'Second, but created first', '2025-01-10T09:00:00.000Z', [{ name: 'Twilio Inc.', country: 'US' }]),
      document(id(2), 'Later', '2025-03-01T09:00:00.000Z', [{ name: 'TWILIO  inc.', country: 'GB' }]),
      document(id(3), 'Other importer', '2025-02-01T09:00:00.000Z', [{ name: '', country: '' }, { name: 'Zürich Data AG', country: 'CH' }]),
      document(id(4), 'No importer named', '2025-02-02T09:00:00.000Z', [{ name: '   ', country: 'US' }]),
    ];
    workspaceBeforeVendors([
      ...stored.map((d) => ({ id: d.id, title: d.title, createdAt: d.createdAt, document: JSON.stringify(d) })),
      { id: id(5), title: 'Damaged', createdAt: '2025-02-03T09:00:00.000Z', document: '{"map": {"parties": [' },
    ]);

    const services = createServices({ dataDir, resourcesDir: RESOURCES });
    try {
      expect(services.health()).toEqual({ state: 'ok' });
      const vendors = services.vendors.list();
      expect(vendors.map((v) => ({ name: v.name, country: v.country, assessments: v.assessments }))).toEqual([
        // Named and placed as the importer was written in the earliest assessment.
        { name: 'Twilio Inc.', country: 'US', assessments: 2 },
        { name: 'Zürich Data AG', country: 'CH', assessments: 1 },
      ]);
      const twilio = services.vendors.get(vendors[0]!.id);
      expect(twilio.assessments.map((a) => a.id).sort()).toEqual([id(1), id(2)]);
      expect(twilio.assessments.every((a) => a.linkedBy === 'importer')).toBe(true);
      expect(services.templates.list()).toEqual([]);

      // Afterwards the links follow the saves as for any assessment.
      services.assessments.save({ ...stored[3]!, map: { ...stored[3]!.map, parties: stored[3]!.map.parties.map((p) => (p.kind === 'importer' ? { ...p, name: 'zurich data ag' } : p)) } });
      expect(services.vendors.list().map((v) => v.assessments)).toEqual([2, 2]);
    } finally {
      services.close();
    }
    // The database was backed up before it was migrated.
    expect(readdirSync(join(dataDir, 'backups')).some((name) => name.includes('before-migration'))).toBe(true);
  });

  it('adds the foreign key that leaves assessments without a vendor when the vendor row goes', () => {
    workspaceBeforeVendors([]);
    createServices({ dataDir, resourcesDir: RESOURCES }).close();
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const keys = raw.prepare("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('assessments')").all();
      expect(keys).toContainEqual({ table: 'vendors', from: 'vendor_id', on_delete: 'SET NULL' });
      const applied = raw.prepare('SELECT version, name FROM schema_migrations WHERE version = 7').get();
      expect(applied).toEqual({ version: 7, name: 'vendors-and-templates' });
    } finally {
      raw.close();
    }
  });
});
