import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessmentSchema, emptyConclusion, type Assessment } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import { DATABASE_FILE, createServices } from '../../electron/services/index';
import type { Services } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { failureOf } from './support/failures';

const RESOURCES = join(process.cwd(), 'resources');
const NOW = '2026-06-01T08:00:00.000Z';

let dataDir: string;
let services: Services;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'dtia-templates-'));
  services = createServices({ dataDir, resourcesDir: RESOURCES, now: () => new Date(NOW) });
});

afterEach(() => {
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function storedTemplateDocument(id: string): Assessment {
  const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return assessmentSchema.parse(JSON.parse(raw.prepare('SELECT document FROM templates WHERE id = ?').pluck().get(id) as string));
  } finally {
    raw.close();
  }
}

/** The parts a template carries over unchanged. */
const carried = (a: Assessment) => ({
  prechecks: a.prechecks,
  parties: a.map.parties,
  transfers: a.map.transfers.map((t) => ({ ...t, tool: { ...t.tool, dpfCertificationConfirmed: null, dpfCheckedOn: null } })),
  step2: a.step2,
  step3: a.step3,
  step4: a.step4,
  step5: a.step5,
  triggers: a.step6.triggers,
  otherTriggers: a.step6.otherTriggers,
});

/** The full fixture with a confirmed check of the DPF List, as stored after an import. */
function importedFull(): Assessment {
  const document = fullAssessment();
  document.map.transfers[0]!.tool.dpfCertificationConfirmed = true;
  return services.assessments.importText('full.dtia.json', serializeInterchange(document, '2026-05-20T00:00:00.000Z'));
}

describe('templates', () => {
  it('keeps an assessment as a template without its conclusion, dates and id', () => {
    const source = importedFull();
    // The fixture has all that a template must drop.
    expect(source.conclusion.outcome).not.toBe('');
    expect(source.step6.nextReviewDate).not.toBe('');
    expect(source.map.transfers.some((t) => t.tool.dpfCheckedOn !== '' && t.tool.dpfCertificationConfirmed)).toBe(true);

    const template = services.templates.saveAsTemplate(source.id, '  US SaaS with SCCs ', ' For support tools hosted in the US. ');
    expect(template).toEqual({ id: template.id, name: 'US SaaS with SCCs', description: 'For support tools hosted in the US.', createdAt: NOW, updatedAt: NOW });
    expect(services.templates.list()).toEqual([template]);

    const stored = storedTemplateDocument(template.id);
    expect(stored.id).toBe(template.id);
    expect(stored.id).not.toBe(source.id);
    expect(stored.title).toBe('US SaaS with SCCs');
    expect(stored.createdAt).toBe(NOW);
    expect(stored.conclusion).toEqual(emptyConclusion());
    expect(stored.step6.nextReviewDate).toBe('');
    expect(stored.map.transfers.every((t) => t.tool.dpfCheckedOn === '' && !t.tool.dpfCertificationConfirmed)).toBe(true);
    expect(carried(stored)).toEqual(carried(source));
    // The assessment itself is left as it was.
    expect(services.assessments.get(source.id)).toEqual(source);
  });

  it('starts a new draft from a template, linked to its importer’s vendor and recorded as created from it', () => {
    const source = importedFull();
    const template = services.templates.saveAsTemplate(source.id, 'US SaaS with SCCs', '');
    const created = services.templates.createFromTemplate(template.id, '  Zendesk support desk ');

    expect(created.id).not.toBe(source.id);
    expect(created.id).not.toBe(template.id);
    expect(created).toMatchObject({ title: 'Zendesk support desk', createdAt: NOW, updatedAt: NOW, conclusion: emptyConclusion() });
    expect(carried(created)).toEqual(carried(source));
    expect(services.assessments.get(created.id)).toEqual(created);
    expect(services.lifecycle.status(created.id)).toEqual({ assessmentId: created.id, lifecycle: 'draft', revision: 1, approvedRevision: null });

    const twilio = services.vendors.list().find((v) => v.name === 'Twilio Inc.');
    expect(services.vendors.get(twilio!.id).assessments.map((a) => a.id).sort()).toEqual([source.id, created.id].sort());

    const [entry] = services.audit.list({ assessmentId: created.id, limit: 10, offset: 0 });
    expect(entry).toMatchObject({ action: 'create', details: { title: 'Zendesk support desk', templateId: template.id, templateName: 'US SaaS with SCCs' } });
    expect(services.audit.verify().ok).toBe(true);

    // Two assessments from one template are independent of each other.
    const second = services.templates.createFromTemplate(template.id, 'Another desk');
    expect(second.id).not.toBe(created.id);
  });

  it('brings no approval along: a template of an approved assessment starts a draft with no kept versions', () => {
    const source = importedFull();
    services.lifecycle.submitForReview(source.id);
    services.lifecycle.approve(source.id, { approver: 'Dr. Lena Vogt', approvedOn: '2026-06-01' });
    expect(services.lifecycle.status(source.id)).toMatchObject({ lifecycle: 'approved', approvedRevision: 1 });

    const template = services.templates.saveAsTemplate(source.id, 'Approved one', '');
    const created = services.templates.createFromTemplate(template.id, 'Next transfer');
    expect(services.lifecycle.status(created.id)).toEqual({ assessmentId: created.id, lifecycle: 'draft', revision: 1, approvedRevision: null });
    expect(services.lifecycle.history(created.id).versions).toEqual([]);
    expect(created.conclusion.approver).toBe('');
  });

  it('deletes a template, after which nothing can be started from it', () => {
    const source = services.assessments.create('Blank start');
    const kept = services.templates.saveAsTemplate(source.id, 'Kept', '');
    const removed = services.templates.saveAsTemplate(source.id, 'Removed', '');
    expect(services.templates.list().map((t) => t.name)).toEqual(['Kept', 'Removed']);
    expect(services.templates.delete(removed.id)).toEqual({ id: removed.id });
    expect(services.templates.list()).toEqual([kept]);
    expect(failureOf(() => services.templates.delete(removed.id)).code).toBe('NOT_FOUND');
    expect(failureOf(() => services.templates.createFromTemplate(removed.id, 'Anything')).code).toBe('NOT_FOUND');
    expect(failureOf(() => services.templates.saveAsTemplate('00000000-0000-4000-8000-000000000000', 'Nothing', '')).code).toBe('NOT_FOUND');
    // Deleting the assessment leaves its template.
    services.assessments.delete(source.id);
    expect(services.templates.createFromTemplate(kept.id, 'From the kept one').title).toBe('From the kept one');
  });

  it('reports a damaged template instead of creating a broken assessment', () => {
    const source = services.assessments.create('Source');
    const template = services.templates.saveAsTemplate(source.id, 'Will be damaged', '');
    const raw = new Database(join(dataDir, DATABASE_FILE));
    try {
      raw.prepare("UPDATE templates SET document = json_set(document, '$.map.parties[0].kind', 'alien') WHERE id = ?").run(template.id);
    } finally {
      raw.close();
    }
    const before = services.assessments.list().length;
    expect(failureOf(() => services.templates.createFromTemplate(template.id, 'Broken')).code).toBe('DATABASE_ERROR');
    expect(services.assessments.list()).toHaveLength(before);
  });
});
