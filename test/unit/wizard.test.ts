import { describe, expect, it } from 'vitest';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { createI18n } from '../../shared/i18n';
import { assessmentCompleteness, deriveStatus, stepCompleteness } from '../../shared/wizard/completeness';
import { CHECKLIST_ITEMS, MEASURES, REVIEW_TRIGGERS } from '../../shared/wizard/catalogues';
import { getAtPath, setAtPath } from '../../shared/wizard/paths';
import { STEPS, findStep } from '../../shared/wizard/steps';

const empty = (): Assessment =>
  createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000002', title: 'Test', now: '2026-01-01T00:00:00.000Z' });

describe('the wizard structure', () => {
  it('has the six EDPB steps in order, then the conclusion', () => {
    expect(STEPS.map((s) => s.key)).toEqual(['step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'conclusion']);
    expect(STEPS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, null]);
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
    keys.push(...MEASURES.flatMap((m) => [`measures.${m.id}.title`, `measures.${m.id}.description`, `measureGroups.${m.group}`]));
    keys.push(...CHECKLIST_ITEMS.map((c) => `checklist.${c.id}`), ...REVIEW_TRIGGERS.map((r) => `triggers.${r.id}`));
    const missing = keys.filter((key) => !i18n.exists(key));
    expect(missing).toEqual([]);
  });
});

describe('paths', () => {
  it('reads and writes immutably', () => {
    const a = empty();
    const b = setAtPath(a, 'step1.importer.country', 'US');
    expect(getAtPath(b, 'step1.importer.country')).toBe('US');
    expect(a.step1.importer.country).toBe('');
    expect(b.step2).toBe(a.step2);
  });

  it('refuses prototype paths', () => {
    expect(() => setAtPath(empty(), '__proto__.polluted', true)).toThrow();
    expect(() => getAtPath(empty(), 'constructor.prototype')).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('completeness', () => {
  it('counts required visible questions per step', () => {
    const a = empty();
    const step1 = stepCompleteness(findStep('step1'), a);
    // key holder is asked only for encrypted data
    expect(step1.required).toBe(13);
    expect(step1.answered).toBe(0);
    a.step1.format = 'encrypted';
    expect(stepCompleteness(findStep('step1'), a).required).toBe(14);
  });

  it('asks for an SCC module only when SCCs are the tool, and needs a reason for an override', () => {
    const a = empty();
    a.step2.tool = 'dpf';
    expect(stepCompleteness(findStep('step2'), a).complete).toBe(true);
    a.step2.tool = 'scc';
    expect(stepCompleteness(findStep('step2'), a).missing).toEqual(['scc-module']);
    a.step1.exporter.role = 'controller';
    a.step1.importer.role = 'processor';
    expect(stepCompleteness(findStep('step2'), a).complete).toBe(true);
    a.step2.sccModuleOverride = 1;
    expect(stepCompleteness(findStep('step2'), a).complete).toBe(false);
  });

  it('does not require supplementary measures when no problematic law applies', () => {
    const a = empty();
    expect(stepCompleteness(findStep('step4'), a).missing).toEqual(['measures']);
    a.step3.problematicLawApplies = 'no';
    expect(stepCompleteness(findStep('step4'), a).complete).toBe(true);
  });

  it('derives the status from all steps', () => {
    const a = empty();
    expect(deriveStatus(a)).toBe('draft');
    expect(assessmentCompleteness(a).every((s) => !s.complete || s.required === 0)).toBe(true);
  });
});
