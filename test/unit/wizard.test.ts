import { describe, expect, it } from 'vitest';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { createI18n } from '../../shared/i18n';
import { assessmentCompleteness, deriveStatus, stepCompleteness } from '../../shared/wizard/completeness';
import { CHECKLIST_ITEMS, MEASURES, REVIEW_TRIGGERS } from '../../shared/wizard/catalogues';
import { getAtPath, setAtPath } from '../../shared/wizard/paths';
import { STEPS, findStep } from '../../shared/wizard/steps';

const empty = (): Assessment =>
  createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000002', title: 'Test', now: '2026-01-01T00:00:00.000Z' });

/** A map complete enough for step 1: named parties with roles and countries, a described transfer. */
function withCompleteMap(a: Assessment): Assessment {
  a.map.parties = a.map.parties.map((p, i) => ({ ...p, name: `Party ${i + 1}`, role: i === 0 ? 'controller' : 'processor', country: i === 0 ? 'DE' : 'US' }));
  a.map.transfers = a.map.transfers.map((t) => ({
    ...t,
    dataCategories: ['contact details'],
    dataSubjects: ['customers'],
    purpose: 'CRM',
    format: 'encrypted',
    accessType: 'storage',
  }));
  return a;
}

describe('the wizard structure', () => {
  it('has the pre-checks, the six EDPB steps in order, then the conclusion', () => {
    expect(STEPS.map((s) => s.key)).toEqual(['prechecks', 'step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'conclusion']);
    expect(STEPS.map((s) => s.number)).toEqual([null, 1, 2, 3, 4, 5, 6, null]);
  });

  it('points every field at a path that exists in a new assessment', () => {
    const a = empty();
    for (const step of STEPS) {
      for (const q of step.sections.flatMap((s) => s.questions)) {
        if (q.kind !== 'widget') expect(getAtPath(a, q.path), `${q.id} → ${q.path}`).not.toBeUndefined();
      }
    }
  });

  it('has an English text for every key it uses, including options and catalogues', () => {
    const i18n = createI18n('en');
    const keys = STEPS.flatMap((step) => [
      step.titleKey,
      step.introKey,
      ...step.references.map((r) => r.labelKey),
      ...step.sections.flatMap((section) => [
        section.titleKey,
        ...section.questions.flatMap((q) => [
          q.labelKey,
          ...(q.helpKey ? [q.helpKey] : []),
          ...(q.kind !== 'widget' ? (q.options ?? []).map((o) => o.labelKey) : []),
        ]),
      ]),
    ]);
    keys.push(...MEASURES.flatMap((m) => [`measures.${m.id}.title`, `measures.${m.id}.description`, m.basisKey, `measureGroups.${m.group}`]));
    keys.push(...CHECKLIST_ITEMS.map((c) => `checklist.${c.id}`), ...REVIEW_TRIGGERS.map((r) => `triggers.${r.id}`));
    const missing = keys.filter((key) => !i18n.exists(key));
    expect(missing).toEqual([]);
  });
});

describe('paths', () => {
  it('reads and writes immutably', () => {
    const a = empty();
    const b = setAtPath(a, 'prechecks.personalData', 'yes');
    expect(getAtPath(b, 'prechecks.personalData')).toBe('yes');
    expect(a.prechecks.personalData).toBe('');
    expect(b.map).toBe(a.map);
  });

  it('refuses prototype paths', () => {
    expect(() => setAtPath(empty(), '__proto__.polluted', true)).toThrow();
    expect(() => getAtPath(empty(), 'constructor.prototype')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('completeness', () => {
  it('asks the pre-check questions, and the Art. 49 justification only when Art. 49 is the basis', () => {
    const a = empty();
    const prechecks = stepCompleteness(findStep('prechecks'), a);
    expect(prechecks.required).toBe(7);
    expect(prechecks.answered).toBe(0);
    a.prechecks.art49IsBasis = 'yes';
    expect(stepCompleteness(findStep('prechecks'), a).missing).toContain('art49-justification');
    expect(stepCompleteness(findStep('prechecks'), a).required).toBe(8);
  });

  it('needs a complete transfer map in step 1', () => {
    const a = empty();
    expect(stepCompleteness(findStep('step1'), a).missing).toEqual(['transfer-map']);
    expect(stepCompleteness(findStep('step1'), withCompleteMap(a)).complete).toBe(true);
  });

  it('needs a tool per transfer, a confirmed and dated DPF certification, and the SCC clauses only for SCCs', () => {
    const a = withCompleteMap(empty());
    expect(stepCompleteness(findStep('step2'), a).missing).toEqual(['transfer-tools']);
    const tool = a.map.transfers[0]!.tool;
    tool.tool = 'dpf';
    expect(stepCompleteness(findStep('step2'), a).missing).toEqual(['transfer-tools']);
    tool.dpfCertificationConfirmed = true;
    tool.dpfCheckedOn = '2026-01-01';
    expect(stepCompleteness(findStep('step2'), a).complete).toBe(true);
    tool.tool = 'scc';
    expect(stepCompleteness(findStep('step2'), a).missing).toEqual(['scc-clauses']);
    a.step2.scc = { ...a.step2.scc, clause9Option: 'general', clause13Authority: 'BfDI', clause17Law: 'DE', clause18Forum: 'DE' };
    expect(stepCompleteness(findStep('step2'), a).complete).toBe(true);
    tool.sccModuleOverride = 1;
    expect(stepCompleteness(findStep('step2'), a).missing).toEqual(['transfer-tools']);
  });

  it('needs laws with answers or verdicts, and an included scenario, in step 3', () => {
    const a = empty();
    expect(stepCompleteness(findStep('step3'), a).missing).toEqual(['laws', 'risk-model', 'overall-reasoning']);
  });

  it('skips steps 3 to 5 when no full TIA is required', () => {
    const a = empty();
    for (const key of ['step3', 'step4', 'step5'] as const) {
      expect(stepCompleteness(findStep(key), a, { fullTiaRequired: false })).toMatchObject({ complete: true, required: 0 });
      expect(stepCompleteness(findStep(key), a).complete).toBe(false);
    }
  });

  it('derives the status from all steps', () => {
    const a = empty();
    expect(deriveStatus(a)).toBe('draft');
    expect(assessmentCompleteness(a).every((s) => !s.complete || s.required === 0 || s.answered === s.required)).toBe(true);
  });
});
