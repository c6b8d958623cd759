import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLawLibrary } from '../../electron/services/law-library';
import { parseInterchange } from '../../shared/domain/interchange';
import { findLaw } from '../../shared/domain/law-library';
import { sccModuleChoice } from '../../shared/domain/scc';
import { CHECKLIST_ITEMS, MEASURES, REVIEW_TRIGGERS } from '../../shared/wizard/catalogues';
import { assessmentCompleteness, deriveStatus } from '../../shared/wizard/completeness';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = path.join(repoRoot, 'resources');
const examplesDir = path.join(resourcesDir, 'examples');
const exampleFiles = readdirSync(examplesDir).filter((name) => name.endsWith('.dtia.json'));
const library = loadLawLibrary(resourcesDir);

describe('the shipped examples', () => {
  it('exist', () => {
    expect(exampleFiles).toContain('telnyx-sample.dtia.json');
  });

  describe.each(exampleFiles)('%s', (fileName) => {
    const result = parseInterchange(readFileSync(path.join(examplesDir, fileName), 'utf8'));

    it('parses as an interchange file', () => {
      expect(result.ok ? [] : result.error).toEqual([]);
    });

    const assessment = result.ok ? result.value.assessment : undefined;

    it('is complete', () => {
      expect(assessment).toBeDefined();
      if (!assessment) return;
      const open = assessmentCompleteness(assessment).filter((s) => !s.complete);
      expect(open).toEqual([]);
      expect(deriveStatus(assessment)).toBe('complete');
    });

    it('says it is a sample', () => {
      expect(assessment?.title).toMatch(/^SAMPLE\b/);
    });

    it('refers only to laws in the law library', () => {
      const lawIds = (assessment?.step3.laws ?? []).flatMap((l) => (l.lawId === null ? [] : [l.lawId]));
      expect(lawIds.length).toBeGreaterThan(0);
      expect(lawIds.filter((id) => findLaw(library, id) === undefined)).toEqual([]);
    });

    it('uses only catalogue ids for measures, checklist entries and triggers', () => {
      const measureIds = new Set(MEASURES.map((m) => m.id));
      const checklistIds = new Set(CHECKLIST_ITEMS.map((c) => c.id));
      const triggerIds = new Set(REVIEW_TRIGGERS.map((t) => t.id));
      expect(assessment?.step4.measures.map((m) => m.measureId).filter((id) => !measureIds.has(id))).toEqual([]);
      expect(assessment?.step5.checklist.map((c) => c.itemId).filter((id) => !checklistIds.has(id))).toEqual([]);
      expect(assessment?.step6.triggers.filter((id) => !triggerIds.has(id))).toEqual([]);
    });

    it('has a determinate SCC module where it relies on the SCCs', () => {
      if (assessment?.step2.tool !== 'scc') return;
      const choice = sccModuleChoice(assessment);
      expect(choice.effective).not.toBeNull();
      expect(choice.overrideLacksReason).toBe(false);
    });
  });
});

describe('the Telnyx sample', () => {
  const result = parseInterchange(readFileSync(path.join(examplesDir, 'telnyx-sample.dtia.json'), 'utf8'));
  const assessment = result.ok ? result.value.assessment : undefined;

  it('assesses the US laws the wizard presets for a US importer', () => {
    expect(assessment?.step1.importer.country).toBe('US');
    const lawIds = assessment?.step3.laws.map((l) => l.lawId) ?? [];
    expect(lawIds).toEqual(expect.arrayContaining(['us-fisa-702', 'us-eo-12333', 'us-cloud-act']));
  });

  it('assesses every library access law of each non-adequate onward destination', () => {
    const assessedIds = new Set(assessment?.step3.laws.map((l) => l.lawId));
    for (const transfer of assessment?.step1.onwardTransfers ?? []) {
      const country = library.countries.find((c) => c.code === transfer.country);
      const accessLaws = (country?.laws ?? []).filter((l) => l.kind === 'access-law' && country?.adequacy === 'none');
      for (const law of accessLaws) expect(assessedIds.has(law.id), `${transfer.country}: ${law.id}`).toBe(true);
    }
  });
});
