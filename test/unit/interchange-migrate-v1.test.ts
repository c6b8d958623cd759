import { describe, expect, it } from 'vitest';
import { LIMITS, assessmentSchema } from '../../shared/domain/assessment';
import { assessmentV1Schema, type AssessmentV1 } from '../../shared/domain/legacy/assessment-v1';
import { NOT_APPLICABLE_BEFORE_V2, migrateAssessmentV1 } from '../../shared/domain/legacy/migrate-v1';
import { fullAssessmentV1 } from '../fixtures/full-assessment-v1';

/** Every string a document holds, at any depth. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The v1 texts that no v2 string contains. */
function lostTexts(v1: AssessmentV1): string[] {
  const v2Strings = strings(migrateAssessmentV1(v1));
  return strings(v1).filter((text) => text !== '' && !v2Strings.some((candidate) => candidate.includes(text)));
}

describe('migrateAssessmentV1', () => {
  const v1 = assessmentV1Schema.parse(fullAssessmentV1());
  const v2 = migrateAssessmentV1(v1);

  it('produces a valid version 2 document', () => {
    const parsed = assessmentSchema.safeParse(v2);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('loses no text the user wrote', () => {
    expect(lostTexts(v1)).toEqual([]);
  });

  it('maps exporter and importer to parties with fixed ids and one transfer between them', () => {
    expect(v2.map.parties.slice(0, 2)).toEqual([
      expect.objectContaining({ id: 'exporter', kind: 'exporter', name: v1.step1.exporter.name, country: 'DE', role: 'controller' }),
      expect.objectContaining({ id: 'importer', kind: 'importer', name: 'Twilio Inc.', country: 'US', role: 'processor' }),
    ]);
    const [main] = v2.map.transfers;
    expect(main).toMatchObject({
      fromPartyId: 'exporter',
      toPartyId: 'importer',
      dataCategories: v1.step1.dataCategories,
      dataSubjects: v1.step1.dataSubjects,
      specialCategories: false,
      purpose: v1.step1.purpose,
      frequency: 'continuous',
      format: 'encrypted',
      keyHolder: 'importer',
      accessType: 'transit',
      tool: { tool: 'scc', sccModuleOverride: null, details: v1.step2.toolDetails },
    });
  });

  it('turns onward transfers into sub-processors reached from the importer, purpose kept', () => {
    const onward = v2.map.parties.slice(2);
    expect(onward.map((p) => [p.kind, p.name, p.country])).toEqual(
      v1.step1.onwardTransfers.map((o) => ['sub-processor', o.recipient, o.country]),
    );
    const edges = v2.map.transfers.slice(1);
    expect(edges.map((t) => [t.fromPartyId, t.toPartyId, t.purpose])).toEqual(
      onward.map((party, index) => ['importer', party.id, v1.step1.onwardTransfers[index]?.purpose]),
    );
  });

  it('keeps law reasoning and sources, and records "does not apply" as a not-applicable override', () => {
    const cloudAct = v2.step3.laws.find((l) => l.lawId === 'us-cloud-act');
    expect(cloudAct).toMatchObject({ verdictOverride: 'not-applicable', verdictOverrideReason: NOT_APPLICABLE_BEFORE_V2, notes: '18 U.S.C. §2713' });
    const fisa = v2.step3.laws.find((l) => l.lawId === 'us-fisa-702');
    expect(fisa).toMatchObject({ verdictOverride: '', verdictOverrideReason: '', answers: [] });
    expect(v2.step3.laws.map((l) => l.reasoning)).toEqual(v1.step3.laws.map((l) => l.reasoning));
  });

  it('folds the old "problematic law applies" answer into the overall reasoning as a dated sentence', () => {
    expect(v2.step3.overallReasoning.startsWith(v1.step3.overallReasoning)).toBe(true);
    expect(v2.step3.overallReasoning).toContain('(as of 2026-05-20)');
    expect(v2.step3.overallReasoning).toMatch(/was: yes\.$/);
  });

  it('moves that sentence to the pre-check note when the overall reasoning is already full', () => {
    const full = { ...v1, step3: { ...v1.step3, overallReasoning: 'x'.repeat(LIMITS.longText) } };
    const migrated = migrateAssessmentV1(full);
    expect(migrated.step3.overallReasoning).toBe(full.step3.overallReasoning);
    expect(migrated.prechecks.note).toMatch(/was: yes\.$/);
    expect(assessmentSchema.safeParse(migrated).success).toBe(true);
  });

  it('maps the checklist, keeps the outcome undecided and starts an empty risk model', () => {
    expect(v2.step5.checklist).toEqual(
      v1.step5.checklist.map((e) => ({ itemId: e.itemId, status: e.done ? 'done' : 'open', evidence: e.note })),
    );
    expect(v2.conclusion).toMatchObject({ decision: '', outcome: 'proceed-with-measures', proposedOutcome: '', rationale: v1.conclusion.rationale });
    expect(v2.step3.risk.scenarios).toEqual([]);
    expect(v2.step3.risk.acceptableLimit).toBe(0.1);
  });

  it('keeps party ids unique when an onward row id collides with a fixed one', () => {
    const clash: AssessmentV1 = {
      ...v1,
      step1: {
        ...v1.step1,
        onwardTransfers: [
          { id: 'exporter', recipient: 'A', country: 'US', purpose: '' },
          { id: 'importer', recipient: 'B', country: 'US', purpose: '' },
          { id: 'onward-importer', recipient: 'C', country: 'US', purpose: '' },
        ],
      },
    };
    const migrated = migrateAssessmentV1(clash);
    const ids = migrated.map.parties.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(migrated.map.transfers.map((t) => t.id)).size).toBe(migrated.map.transfers.length);
    expect(assessmentSchema.safeParse(migrated).success).toBe(true);
  });

  it('migrates an empty v1 document without inventing answers', () => {
    const empty: AssessmentV1 = assessmentV1Schema.parse({
      ...v1,
      step1: {
        exporter: { name: '', country: '', role: '' },
        importer: { name: '', country: '', role: '' },
        dataCategories: [],
        dataSubjects: [],
        specialCategories: null,
        purpose: '',
        frequency: '',
        format: '',
        keyHolder: '',
        accessType: '',
        onwardTransfers: [],
      },
      step2: { tool: '', sccModuleOverride: null, sccModuleOverrideReason: '', toolDetails: '' },
      step3: { laws: [], problematicLawApplies: '', overallReasoning: '' },
      step4: { measures: [] },
      step5: { checklist: [] },
      step6: { nextReviewDate: '', triggers: [], otherTriggers: '' },
      conclusion: { outcome: '', rationale: '', assessor: '', approver: '', date: '' },
    });
    const migrated = migrateAssessmentV1(empty);
    expect(assessmentSchema.safeParse(migrated).success).toBe(true);
    expect(migrated.step3.overallReasoning).toBe('');
    expect(migrated.prechecks.note).toBe('');
    expect(migrated.map.transfers).toHaveLength(1);
    expect(migrated.conclusion.outcome).toBe('');
  });
});
