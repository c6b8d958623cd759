import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import type { Services } from '../../electron/services/types';
import { createHandlers } from '../../electron/services/handlers';
import { fullAssessment } from '../fixtures/full-assessment';
import { failureOf } from './support/failures';

const RESOURCES = join(process.cwd(), 'resources');

let dataDir: string;
let services: Services;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-vendors-'));
  services = createServices({ dataDir, resourcesDir: RESOURCES, now: () => new Date('2026-06-01T08:00:00.000Z') });
});

afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A stored assessment whose importer party has the given name (and country). */
function withImporter(title: string, importer: string, country = 'US'): Assessment {
  const created = services.assessments.create(title);
  const document: Assessment = {
    ...created,
    map: {
      ...created.map,
      parties: created.map.parties.map((party) => (party.kind === 'importer' ? { ...party, name: importer, country } : party)),
    },
  };
  services.assessments.save(document);
  return services.assessments.get(created.id);
}

function renameImporter(assessment: Assessment, importer: string): void {
  const stored = services.assessments.get(assessment.id);
  services.assessments.save({
    ...stored,
    map: { ...stored.map, parties: stored.map.parties.map((party) => (party.kind === 'importer' ? { ...party, name: importer } : party)) },
  });
}

const vendorNamed = (name: string) => services.vendors.list().find((vendor) => vendor.name === name);
const fields = (name: string, extra: Partial<{ legalEntity: string; country: string; website: string; notes: string }> = {}) => ({
  name,
  legalEntity: '',
  country: '',
  website: '',
  notes: '',
  ...extra,
});

describe('linking assessments to vendors on save', () => {
  it('creates the vendor of a named importer and links every assessment whose importer has that name, whatever its case and diacritics', () => {
    const first = withImporter('Support desk', 'Müller Cloud GmbH', 'CH');
    const second = withImporter('Payroll', '  MULLER   cloud gmbh ');
    const third = withImporter('Backups', 'Mūller Cloud GMBH');

    const vendors = services.vendors.list();
    expect(vendors).toHaveLength(1);
    // Named and placed as the importer was first written.
    expect(vendors[0]).toMatchObject({ name: 'Müller Cloud GmbH', country: 'CH', assessments: 3 });
    const detail = services.vendors.get(vendors[0]!.id);
    expect(detail.assessments.map((a) => a.id).sort()).toEqual([first.id, second.id, third.id].sort());
    expect(detail.assessments.every((a) => a.linkedBy === 'importer' && a.status === 'draft')).toBe(true);
    expect(detail.assessments.find((a) => a.id === second.id)?.importer).toBe('MULLER   cloud gmbh');
  });

  it('leaves an assessment without a named importer unlinked, and follows the importer when it is renamed', () => {
    const blank = services.assessments.create('Nothing named yet');
    expect(services.vendors.list()).toEqual([]);
    renameImporter(blank, '   ');
    expect(services.vendors.list()).toEqual([]);

    renameImporter(blank, 'Globex Hosting');
    expect(vendorNamed('Globex Hosting')?.assessments).toBe(1);
    renameImporter(blank, 'Initech Analytics');
    expect(vendorNamed('Globex Hosting')?.assessments).toBe(0);
    expect(vendorNamed('Initech Analytics')?.assessments).toBe(1);
    renameImporter(blank, '');
    expect(vendorNamed('Initech Analytics')?.assessments).toBe(0);
  });

  it('links imported, duplicated and full documents by their first named importer', () => {
    const document = fullAssessment();
    const imported = services.assessments.importText('full.dtia.json', serializeInterchange(document, '2026-05-20T00:00:00.000Z'));
    const copy = services.assessments.duplicate(imported.id);
    const twilio = vendorNamed('Twilio Inc.');
    expect(twilio?.assessments).toBe(2);
    expect(services.vendors.get(twilio!.id).assessments.map((a) => a.id).sort()).toEqual([imported.id, copy.id].sort());
    // A sub-processor is not the importer and gets no vendor of its own.
    expect(vendorNamed('Amazon Web Services, Inc.')).toBeUndefined();
  });

  it('keeps a vendor the user chose by hand, and lets the importer decide again when asked', () => {
    const assessment = withImporter('Ticketing', 'Hooli Support');
    const chosen = services.vendors.create(fields('Hooli Holdings', { legalEntity: 'Hooli Holdings Inc.' }));
    expect(services.vendors.linkAssessment(assessment.id, chosen.id)).toEqual({ assessmentId: assessment.id, vendorId: chosen.id, linkedBy: 'user' });

    renameImporter(assessment, 'Hooli Support EMEA');
    renameImporter(assessment, 'Hooli Support');
    expect(services.vendors.get(chosen.id).assessments).toEqual([expect.objectContaining({ id: assessment.id, linkedBy: 'user' })]);
    expect(vendorNamed('Hooli Support EMEA')).toBeUndefined();

    // A copy keeps the vendor chosen by hand.
    const copy = services.assessments.duplicate(assessment.id);
    expect(services.vendors.get(chosen.id).assessments.map((a) => a.id).sort()).toEqual([assessment.id, copy.id].sort());

    expect(services.vendors.vendorOf(assessment.id)).toBe(chosen.id);
    const back = services.vendors.linkAssessment(assessment.id, null);
    expect(back).toEqual({ assessmentId: assessment.id, vendorId: vendorNamed('Hooli Support')!.id, linkedBy: 'importer' });
    expect(services.vendors.vendorOf(assessment.id)).toBe(vendorNamed('Hooli Support')!.id);
    expect(services.vendors.vendorOf(services.assessments.create('No importer yet').id)).toBeNull();
    expect(failureOf(() => services.vendors.linkAssessment(assessment.id, '00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    expect(failureOf(() => services.vendors.linkAssessment('00000000-0000-4000-8000-000000000000', chosen.id)).code).toBe('NOT_FOUND');
  });
});

describe('the vendor records', () => {
  it('creates and edits a vendor, refusing a name that already leads to another one', () => {
    const created = services.vendors.create(fields(' Tyrell Security ', { country: 'US', website: 'https://tyrell.example', notes: 'Annual audit report on file.' }));
    expect(created).toMatchObject({ name: 'Tyrell Security', country: 'US', website: 'https://tyrell.example', createdAt: '2026-06-01T08:00:00.000Z' });
    expect(services.vendors.get(created.id).vendor).toEqual(created);

    const taken = failureOf(() => services.vendors.create(fields('TYRÉLL  security')));
    expect(taken.code).toBe('VENDOR_NAME_TAKEN');
    expect(taken.message).toContain('Tyrell Security');

    const updated = services.vendors.update(created.id, fields('Tyrell Security Corp.', { legalEntity: 'Tyrell Corporation', country: 'US' }));
    expect(updated).toMatchObject({ name: 'Tyrell Security Corp.', legalEntity: 'Tyrell Corporation', website: '' });
    // Renaming to a form of its own name is no conflict.
    expect(services.vendors.update(created.id, fields('tyrell security corp.')).name).toBe('tyrell security corp.');
    const other = services.vendors.create(fields('Cyberdyne Systems'));
    expect(failureOf(() => services.vendors.update(other.id, fields('Tyrell Security'))).code).toBe('VENDOR_NAME_TAKEN');
    expect(failureOf(() => services.vendors.get('00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
  });

  it('keeps finding a renamed vendor by its earlier name, so that the next save creates no second one', () => {
    const assessment = withImporter('Logistics', 'Wayne Logistics');
    const vendor = vendorNamed('Wayne Logistics')!;
    services.vendors.update(vendor.id, fields('Wayne Enterprises Logistics Division'));
    renameImporter(assessment, 'wayne logistics');
    const later = withImporter('Second logistics transfer', 'Wayne Logistics');
    expect(services.vendors.list()).toEqual([expect.objectContaining({ id: vendor.id, assessments: 2 })]);
    expect(services.vendors.get(vendor.id).assessments.map((a) => a.id).sort()).toEqual([assessment.id, later.id].sort());
  });

  it('merges two vendors: assessments, names and empty fields move to the target, the source is gone', () => {
    const a = withImporter('Marketing mails', 'Umbrella Marketing');
    const b1 = withImporter('Newsletter', 'Umbrella Corp');
    const b2 = withImporter('Surveys', 'UMBRELLA CORP');
    const source = vendorNamed('Umbrella Marketing')!;
    const target = vendorNamed('Umbrella Corp')!;
    services.vendors.update(source.id, fields('Umbrella Marketing', { website: 'https://umbrella.example', legalEntity: 'Umbrella Marketing Ltd', notes: 'DPA signed 2025.' }));
    services.vendors.update(target.id, fields('Umbrella Corp', { legalEntity: 'Umbrella Corporation', country: 'US', notes: 'Group parent.' }));

    const merged = services.vendors.merge(source.id, target.id);
    expect(merged).toMatchObject({
      id: target.id,
      name: 'Umbrella Corp',
      legalEntity: 'Umbrella Corporation',
      country: 'US',
      website: 'https://umbrella.example',
      notes: 'Group parent.\n\nDPA signed 2025.',
    });
    expect(failureOf(() => services.vendors.get(source.id)).code).toBe('NOT_FOUND');
    expect(services.vendors.get(target.id).assessments.map((x) => x.id).sort()).toEqual([a.id, b1.id, b2.id].sort());

    // The merged vendor's name still leads to the target: saving the assessment does not bring the source back.
    renameImporter(a, 'Umbrella Marketing');
    withImporter('More marketing', 'umbrella marketing');
    expect(services.vendors.list()).toEqual([expect.objectContaining({ id: target.id, assessments: 4 })]);
    expect(failureOf(() => services.vendors.create(fields('Umbrella Marketing'))).code).toBe('VENDOR_NAME_TAKEN');
    expect(failureOf(() => services.vendors.merge(target.id, target.id)).code).toBe('INVALID_REQUEST');
  });

  it('deletes an unused vendor, and one in use only when its assessments are unlinked, which then stay without a vendor', () => {
    const unused = services.vendors.create(fields('Stark Payroll'));
    expect(services.vendors.delete(unused.id, { unlink: false })).toEqual({ id: unused.id, unlinked: 0 });

    const first = withImporter('Card payments', 'Acme Payments');
    const second = withImporter('Refunds', 'ACME payments');
    const used = vendorNamed('Acme Payments')!;
    const refused = failureOf(() => services.vendors.delete(used.id, { unlink: false }));
    expect(refused.code).toBe('VENDOR_IN_USE');
    expect(services.vendors.get(used.id).assessments).toHaveLength(2);

    expect(services.vendors.delete(used.id, { unlink: true })).toEqual({ id: used.id, unlinked: 2 });
    expect(services.vendors.list()).toEqual([]);
    // The user removed the vendor: saving the assessments again does not create it anew.
    renameImporter(first, 'Acme Payments');
    renameImporter(second, 'ACME payments');
    expect(services.vendors.list()).toEqual([]);
    expect(services.assessments.get(first.id).title).toBe('Card payments');
    // Until the user lets the importer's name decide again.
    expect(services.vendors.linkAssessment(first.id, null).linkedBy).toBe('importer');
    expect(vendorNamed('Acme Payments')?.assessments).toBe(1);
  });

  it('keeps the database constraint: removing a vendor row leaves its assessments without a vendor', () => {
    const assessment = withImporter('Hosting', 'Fabrikam Hosting');
    const vendor = vendorNamed('Fabrikam Hosting')!;
    const raw = new Database(join(dataDir, DATABASE_FILE));
    try {
      raw.pragma('foreign_keys = ON');
      raw.prepare('DELETE FROM vendors WHERE id = ?').run(vendor.id);
      expect(raw.prepare('SELECT vendor_id FROM assessments WHERE id = ?').pluck().get(assessment.id)).toBeNull();
      expect(raw.prepare('SELECT count(*) FROM vendor_names WHERE vendor_id = ?').pluck().get(vendor.id)).toBe(0);
      expect(raw.pragma('foreign_key_check')).toEqual([]);
    } finally {
      raw.close();
    }
  });
});

describe('the vendor channels', () => {
  it('validate every request before it reaches the service', async () => {
    const handlers = createHandlers(services, { saveFile: async () => ({ saved: false, path: null }) });
    expect(await handlers.createVendor({ ...fields('Valid'), country: 'usa' })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.createVendor({ ...fields('   ') })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.createVendor({ ...fields('x'.repeat(301)) })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(await handlers.deleteVendor({ id: 'not-a-uuid', unlink: true })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
    expect(services.vendors.list()).toEqual([]);

    const created = await handlers.createVendor(fields('Northwind Cloud', { country: 'US' }));
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : '';
    const listed = await handlers.listVendors({});
    expect(listed).toEqual({ ok: true, value: [expect.objectContaining({ id, name: 'Northwind Cloud', assessments: 0 })] });
    const taken = await handlers.createVendor(fields('NORTHWIND cloud'));
    expect(taken).toMatchObject({ ok: false, error: { code: 'VENDOR_NAME_TAKEN' } });
    expect(await handlers.updateVendor({ id, ...fields('Northwind Cloud Ltd') })).toMatchObject({ ok: true, value: { name: 'Northwind Cloud Ltd' } });
    expect(await handlers.deleteVendor({ id, unlink: false })).toEqual({ ok: true, value: { id, unlinked: 0 } });
  });
});
