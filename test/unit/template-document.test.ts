import { describe, expect, it } from 'vitest';
import { assessmentSchema, emptyConclusion } from '../../shared/domain/assessment';
import { assessmentFromTemplate, templateDocument } from '../../shared/templates/template';
import { fullAssessment } from '../fixtures/full-assessment';

const TEMPLATE_ID = '11111111-1111-4111-8111-111111111111';
const NEW_ID = '22222222-2222-4222-8222-222222222222';

describe('templateDocument', () => {
  it('clears the conclusion and every date of the assessment, keeps the rest and leaves the source untouched', () => {
    const source = fullAssessment();
    source.map.transfers[0]!.tool.dpfCertificationConfirmed = true;
    const before = JSON.stringify(source);
    const template = templateDocument(source, { id: TEMPLATE_ID, name: 'US SaaS', now: '2026-06-01T08:00:00.000Z' });

    expect(assessmentSchema.safeParse(template).success).toBe(true);
    expect(JSON.stringify(source)).toBe(before);
    expect(template).toMatchObject({ id: TEMPLATE_ID, title: 'US SaaS', createdAt: '2026-06-01T08:00:00.000Z', updatedAt: '2026-06-01T08:00:00.000Z' });
    expect(template.conclusion).toEqual(emptyConclusion());
    expect(template.step6).toEqual({ ...source.step6, nextReviewDate: '' });
    expect(template.map.transfers.map((t) => [t.tool.dpfCheckedOn, t.tool.dpfCertificationConfirmed])).toEqual(source.map.transfers.map(() => ['', false]));
    expect(template.map.parties).toEqual(source.map.parties);
    expect({ ...template, id: '', title: '', createdAt: '', updatedAt: '', conclusion: null, step6: null, map: null }).toEqual({
      ...source,
      id: '',
      title: '',
      createdAt: '',
      updatedAt: '',
      conclusion: null,
      step6: null,
      map: null,
    });
    // Nothing shared: changing the template does not change the source.
    template.step3.laws[0]!.notes = 'changed';
    expect(JSON.stringify(source)).toBe(before);
  });

  it('gives each assessment started from a template its own id, title and times', () => {
    const template = templateDocument(fullAssessment(), { id: TEMPLATE_ID, name: 'US SaaS', now: '2026-06-01T08:00:00.000Z' });
    const created = assessmentFromTemplate(template, { id: NEW_ID, title: 'Zendesk', now: '2026-07-01T10:00:00.000Z' });
    expect(created).toEqual({ ...template, id: NEW_ID, title: 'Zendesk', createdAt: '2026-07-01T10:00:00.000Z', updatedAt: '2026-07-01T10:00:00.000Z' });
  });
});
