import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLawLibrary } from '../../electron/services/law-library';
import { parseInterchange } from '../../shared/domain/interchange';
import { findLaw } from '../../shared/domain/law-library';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { lawsForMap } from '../../shared/engine/from-library';
import { CHECKLIST_ITEMS, MEASURES, REVIEW_TRIGGERS } from '../../shared/wizard/catalogues';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const resourcesDir = path.join(repoRoot, 'resources');
const examplesDir = path.join(resourcesDir, 'examples');
const exampleFiles = readdirSync(examplesDir).filter((name) => name.endsWith('.dtia.json'));
const library = loadLawLibrary(resourcesDir);

function load(fileName: string) {
  const result = parseInterchange(readFileSync(path.join(examplesDir, fileName), 'utf8'));
  if (!result.ok) throw new Error(`${fileName}: ${result.error.message} ${result.error.details?.join('; ') ?? ''}`);
  return result.value;
}

describe('the shipped examples', () => {
  it('are the Telnyx and Twilio samples', () => {
    expect(exampleFiles.sort()).toEqual(['telnyx-sample.dtia.json', 'twilio-sample.dtia.json']);
  });

  describe.each(exampleFiles)('%s', (fileName) => {
    const file = load(fileName);
    const { assessment } = file;
    const evaluation = evaluateAssessment(assessment, library, assessment.conclusion.date);

    it('is a current-version file, not one that needs migrating', () => {
      expect(file.migratedFromVersion).toBeNull();
    });

    it('says it is a sample, in the title and in the pre-check note', () => {
      expect(assessment.title).toMatch(/^SAMPLE — /);
      expect(assessment.prechecks.note).toMatch(/^SAMPLE built from .+ public /);
      expect(assessment.prechecks.note).toContain('not legal advice');
    });

    it('refers only to laws in the law library, and assesses every access law of the destinations on its map', () => {
      const lawIds = assessment.step3.laws.flatMap((l) => (l.lawId === null ? [] : [l.lawId]));
      expect(lawIds.filter((id) => findLaw(library, id) === undefined)).toEqual([]);
      expect(lawIds).toEqual(expect.arrayContaining(lawsForMap(assessment, library).map((law) => law.id)));
      expect(lawIds).toEqual(expect.arrayContaining(['us-fisa-702', 'us-eo-12333', 'us-cloud-act']));
    });

    it('answers only questions the library asks', () => {
      for (const row of assessment.step3.laws) {
        const asked = new Set(findLaw(library, row.lawId ?? '')?.questionnaire.map((q) => q.id));
        expect(row.answers.map((a) => a.questionId).filter((id) => !asked.has(id)), row.name).toEqual([]);
      }
    });

    it('uses only catalogue ids for measures and triggers, and lists the checklist the engine derives', () => {
      const measureIds = new Set(MEASURES.map((m) => m.id));
      const triggerIds = new Set(REVIEW_TRIGGERS.map((t) => t.id));
      expect(assessment.step4.measures.map((m) => m.measureId).filter((id) => !measureIds.has(id))).toEqual([]);
      expect(assessment.step6.triggers.filter((id) => !triggerIds.has(id))).toEqual([]);
      expect(evaluation.checklist.map((c) => c.itemId).sort()).toEqual(assessment.step5.checklist.map((c) => c.itemId).sort());
      const catalogue = new Set(CHECKLIST_ITEMS.map((c) => c.id));
      expect(assessment.step5.checklist.filter((c) => !catalogue.has(c.itemId) && !c.itemId.startsWith('measure-implemented-'))).toEqual([]);
    });

    it('builds its risk model from the library scenarios of its laws', () => {
      const scenarios = assessment.step3.risk.scenarios;
      expect(scenarios.length).toBeGreaterThan(0);
      expect(scenarios.every((s) => s.templateId !== null && s.included)).toBe(true);
      expect(evaluation.risk.horizonBefore).toBeGreaterThan(0);
    });

    it('evaluates without blockers: tools, SCC modules, verdicts and a proposal are all determined', () => {
      expect(evaluation.prechecks.tiaRequired).toBe('yes');
      expect(evaluation.outcome.blockers).toEqual([]);
      expect(evaluation.outcome.outcome).not.toBeNull();
      for (const transfer of evaluation.transfers) {
        expect(transfer.tool, transfer.toName).not.toBe('');
        if (transfer.tool === 'scc') expect(transfer.sccModule?.effective, transfer.toName).not.toBeNull();
        expect(transfer.warnings, transfer.toName).toEqual([]);
      }
      expect(evaluation.laws.filter((l) => l.effective === 'undetermined')).toEqual([]);
    });

    it('records a decision on what the engine proposes now, with a justification where it departs', () => {
      const { conclusion } = assessment;
      expect(conclusion.proposedOutcome).toBe(evaluation.outcome.outcome);
      expect(conclusion.decision).not.toBe('');
      if (conclusion.decision === 'accepted') expect(conclusion.outcome).toBe(conclusion.proposedOutcome);
      else expect(conclusion.overrideJustification.trim()).not.toBe('');
    });
  });
});

describe('the Telnyx sample', () => {
  const { assessment } = load('telnyx-sample.dtia.json');
  const party = (id: string) => assessment.map.parties.find((p) => p.id === id);

  it('maps an EU controller, Telnyx in the US as processor, AWS and the processing countries Telnyx names', () => {
    expect(party('exporter')).toMatchObject({ kind: 'exporter', role: 'controller', country: 'DE' });
    expect(party('importer')).toMatchObject({ name: 'Telnyx', kind: 'importer', role: 'processor', country: 'US' });
    const subProcessorCountries = assessment.map.parties.filter((p) => p.kind === 'sub-processor').map((p) => p.country);
    expect(subProcessorCountries.sort()).toEqual(['AU', 'CA', 'SG', 'US']);
    expect(assessment.map.parties.find((p) => p.name.startsWith('Amazon Web Services'))?.country).toBe('US');
  });

  it('relies on the SCCs: Module 2 to Telnyx and Module 3 onwards', () => {
    const evaluation = evaluateAssessment(assessment, library, assessment.conclusion.date);
    const modules = evaluation.transfers.map((t) => [t.toName, t.sccModule?.effective]);
    expect(modules[0]).toEqual(['Telnyx', 2]);
    expect(modules.slice(1).every(([, module]) => module === 3)).toBe(true);
  });
});

describe('the Twilio sample', () => {
  const { assessment } = load('twilio-sample.dtia.json');

  it('uses the BCRs for messaging and the SCCs for SendGrid, both to Twilio Inc. in the US', () => {
    expect(assessment.map.transfers.map((t) => [t.id, t.tool.tool])).toEqual([
      ['transfer-messaging', 'bcr'],
      ['transfer-sendgrid', 'scc'],
    ]);
    expect(assessment.map.parties.find((p) => p.kind === 'importer')).toMatchObject({ name: 'Twilio Inc.', country: 'US' });
  });
});
