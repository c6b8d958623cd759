import { describe, expect, it } from 'vitest';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { createI18n } from '../../shared/i18n';
import { buildReportModel } from '../../shared/report/build-report-model';
import { formatCountry, formatDate, formatTimestamp } from '../../shared/report/format';
import type { AnswerRow, ReportBlock, ReportModel, ReportSection } from '../../shared/report/model';
import { CHECKLIST_ITEMS } from '../../shared/wizard/catalogues';
import { isVisible } from '../../shared/wizard/completeness';
import { STEPS } from '../../shared/wizard/steps';
import { fullAssessment } from '../fixtures/full-assessment';
import { sampleLawLibrary } from '../fixtures/report-assessment';

const i18n = createI18n('en');
const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});
const META = { contentHash: 'c0ffee'.repeat(10) + 'c0ff', generatedAt: '2026-11-22T10:30:00.000Z', appVersion: '9.8.7' };

function build(assessment: Assessment, meta = META): ReportModel {
  return buildReportModel(assessment, sampleLawLibrary(), t, meta);
}

function empty(): Assessment {
  return createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'Empty', now: '2026-01-01T00:00:00.000Z' });
}

/** The full assessment with step 3 pointing at every entry of the sample library, a hand-added law and a lost entry. */
function withSampleLaws(): Assessment {
  const assessment = fullAssessment();
  const row = (lawId: string | null, name: string, applies: 'yes' | 'no' | 'unknown' | '') => ({
    id: `row-${name.replace(/\W/g, '')}`,
    lawId,
    name,
    applies,
    reasoning: `Reasoning on ${name}`,
    sources: `Sources on ${name}`,
  });
  assessment.step3.laws = [
    row('law-confirmed', 'Confirmed Law', 'yes'),
    row('law-partly', 'Partly Law', 'no'),
    row('law-unconfirmed', 'Unconfirmed Law', 'unknown'),
    row('law-conflicting', 'Conflicting Law', ''),
    row(null, 'Hand-added Law', 'no'),
    row('law-withdrawn', 'Withdrawn Law', 'yes'),
  ];
  return assessment;
}

function section(model: ReportModel, key: ReportSection['key']): ReportSection {
  const found = model.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
}

function rows(blocks: ReportBlock[]): AnswerRow[] {
  return blocks.flatMap((block) => (block.kind === 'answers' || block.kind === 'signoff' ? block.rows : []));
}

function row(blocks: ReportBlock[], label: string): AnswerRow {
  const found = rows(blocks).find((r) => r.label === label);
  if (!found) throw new Error(`no row "${label}" among ${rows(blocks).map((r) => r.label).join(', ')}`);
  return found;
}

function texts(r: AnswerRow): string[] {
  return r.lines.map((line) => line.text);
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('report model structure', () => {
  it('has one section per wizard step, in the wizard’s order, titled as in the wizard', () => {
    const model = build(fullAssessment());
    expect(model.sections.map((s) => s.key)).toEqual(STEPS.map((s) => s.key));
    expect(model.sections.map((s) => s.title)).toEqual(STEPS.map((s) => t(s.titleKey)));
    expect(model.sections.map((s) => s.label)).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4', 'Step 5', 'Step 6', 'Conclusion']);
    expect(model.sections.map((s) => s.intro)).toEqual(STEPS.map((s) => t(s.introKey)));
  });

  it('labels every visible plain question with the wizard’s own text and answers all of a full assessment', () => {
    const assessment = fullAssessment();
    const model = build(assessment);
    for (const step of STEPS) {
      const blocks = section(model, step.key).blocks;
      for (const question of step.sections.flatMap((s) => s.questions)) {
        if (question.kind === 'widget' || !isVisible(question, assessment)) continue;
        const answer = row(blocks, t(question.labelKey));
        expect(answer.tone, question.id).toBe('normal');
        expect(texts(answer).join(' '), question.id).not.toContain(t('report.notAnswered'));
      }
      expect(section(model, step.key).status.complete, step.key).toBe(true);
    }
  });

  it('prints answers as the user gave them, options in words, countries and dates readable', () => {
    const assessment = fullAssessment();
    const model = build(assessment);
    const step1 = section(model, 'step1').blocks;
    expect(texts(row(step1, t('wizard.step1.exporter.name')))).toEqual([assessment.step1.exporter.name]);
    expect(texts(row(step1, t('wizard.step1.exporter.country')))).toEqual(['Germany (DE)']);
    expect(texts(row(step1, t('wizard.step1.importer.role')))).toEqual(['Processor']);
    expect(texts(row(step1, t('wizard.step1.data.specialCategories')))).toEqual(['No']);
    const categories = row(step1, t('wizard.step1.data.categories'));
    expect(categories.list).toBe(true);
    expect(texts(categories)).toEqual(assessment.step1.dataCategories);
    expect(texts(row(step1, t('wizard.step1.transfer.frequency')))).toEqual(['Continuous']);
    expect(texts(row(section(model, 'step6').blocks, t('wizard.step6.review.nextReviewDate')))).toEqual(['20 May 2027']);
  });

  it('never leaks an i18n key or an interpolation placeholder', () => {
    for (const assessment of [fullAssessment(), withSampleLaws(), empty()]) {
      const strings = allStrings(build(assessment));
      const leaked = strings.filter((s) => /^(report|wizard|options|measures|measureGroups|checklist|triggers)\.[\w.-]+$/.test(s) || s.includes('{{'));
      expect(leaked).toEqual([]);
    }
  });
});

describe('unanswered questions', () => {
  it('shows "Not answered" for every required visible question of an empty assessment and "None recorded" for optional ones', () => {
    const assessment = empty();
    const model = build(assessment);
    for (const step of STEPS) {
      const blocks = section(model, step.key).blocks;
      for (const question of step.sections.flatMap((s) => s.questions)) {
        if (question.kind === 'widget' || !isVisible(question, assessment)) continue;
        const answer = row(blocks, t(question.labelKey));
        if (question.required) {
          expect(texts(answer), question.id).toEqual(['Not answered']);
          expect(answer.tone, question.id).toBe('missing');
        } else {
          expect(texts(answer), question.id).toEqual(['None recorded']);
          expect(answer.tone, question.id).toBe('muted');
        }
      }
      expect(section(model, step.key).status.complete, step.key).toBe(false);
    }
  });

  it('marks empty required widgets as not answered too', () => {
    const model = build(empty());
    expect(row(section(model, 'step3').blocks, t('wizard.step3.laws.label')).tone).toBe('missing');
    expect(row(section(model, 'step4').blocks, t('wizard.step4.measures.label')).tone).toBe('missing');
    expect(row(section(model, 'step5').blocks, t('wizard.step5.checklist.label')).tone).toBe('missing');
    expect(row(section(model, 'step6').blocks, t('wizard.step6.review.triggers')).tone).toBe('missing');
  });

  it('says on the cover that the assessment is a draft and which steps are open', () => {
    const assessment = fullAssessment();
    assessment.step2.toolDetails = '';
    assessment.step3.overallReasoning = '';
    assessment.conclusion.outcome = '';
    const cover = build(assessment).cover;
    const status = cover.facts.find((f) => f.label === 'Status');
    expect(status?.value).toBe('Draft: Step 3, Conclusion not yet complete');
    expect(cover.outcome.kind).toBe('none');
    expect(cover.outcome.text).toBe('No outcome has been recorded yet.');
  });

  it('skips questions that do not apply and says why step 4 needs no measures', () => {
    const assessment = fullAssessment();
    assessment.step1.format = 'clear';
    assessment.step3.problematicLawApplies = 'no';
    const model = build(assessment);
    expect(rows(section(model, 'step1').blocks).map((r) => r.label)).not.toContain(t('wizard.step1.transfer.keyHolder'));
    const step4 = section(model, 'step4').blocks;
    expect(step4).toContainEqual({ kind: 'paragraph', text: t('report.step4.notRequired'), tone: 'normal' });
    expect(step4.some((b) => b.kind === 'table')).toBe(false);
  });
});

describe('step 2: SCC module', () => {
  const sccRow = (assessment: Assessment) => row(section(build(assessment), 'step2').blocks, t('wizard.step2.scc.label'));

  it('shows the module proposed from the roles', () => {
    const answer = sccRow(fullAssessment());
    expect(texts(answer)).toEqual(['Module 2', 'Proposed from the roles in step 1 (controller to processor).']);
    expect(answer.tone).toBe('normal');
  });

  it('shows an override with its reason and the module it replaces', () => {
    const assessment = fullAssessment();
    assessment.step2.sccModuleOverride = 3;
    assessment.step2.sccModuleOverrideReason = 'The importer acts as sub-processor of our processor.';
    expect(texts(sccRow(assessment))).toEqual([
      'Module 3',
      'Chosen instead of Module 2, which the roles in step 1 propose.',
      'Override: The importer acts as sub-processor of our processor.',
    ]);
  });

  it('flags an override without a reason', () => {
    const assessment = fullAssessment();
    assessment.step2.sccModuleOverride = 1;
    const answer = sccRow(assessment);
    expect(texts(answer)).toContain('Override without a recorded reason.');
    expect(answer.tone).toBe('missing');
  });

  it('is left out when the tool is not the SCCs', () => {
    const assessment = fullAssessment();
    assessment.step2.tool = 'bcr';
    expect(rows(section(build(assessment), 'step2').blocks).map((r) => r.label)).not.toContain(t('wizard.step2.scc.label'));
  });
});

describe('step 3: laws and the law library', () => {
  const model = build(withSampleLaws());
  const blocks = section(model, 'step3').blocks;
  const library = sampleLawLibrary();
  const us = library.countries[0];

  /** The blocks from the law's subheading up to the next subheading. */
  function lawBlocks(name: string): ReportBlock[] {
    const start = blocks.findIndex((b) => b.kind === 'subheading' && b.text === name);
    expect(start, name).toBeGreaterThanOrEqual(0);
    const end = blocks.findIndex((b, i) => i > start && (b.kind === 'subheading' || b.kind === 'heading'));
    return blocks.slice(start + 1, end === -1 ? undefined : end);
  }
  const notices = (list: ReportBlock[]) => list.flatMap((b) => (b.kind === 'notice' ? [b.text] : []));

  it('summarises the laws in a table with citation, answer and "as of" date', () => {
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.columns.map((c) => c.header)).toEqual(['Law', 'Citation', 'Applies', 'As of']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Confirmed Law', 'Citation A, § 1', 'Yes', 'June 2026'],
      ['Partly Law', 'Citation B, § 2', 'No', '12 May 2026'],
      ['Unconfirmed Law', 'Citation C', 'Unknown', 'June 2026'],
      ['Conflicting Law', 'Citation D', 'Not answered', 'April 2026'],
      ['Hand-added Law', '—', 'No', '—'],
      ['Withdrawn Law', '—', 'Yes', '—'],
    ]);
  });

  it('shows every library law with its citation, sources (title, date and URL) and "as of" date', () => {
    for (const entry of us?.laws.filter((l) => l.id !== 'law-not-assessed') ?? []) {
      const own = lawBlocks(entry.name);
      expect(texts(row(own, 'Citation'))).toEqual([entry.citation]);
      expect(texts(row(own, 'Law library entry as of'))).toEqual([formatDate(entry.asOf, 'en')]);
      const sources = row(own, 'Sources in the law library');
      expect(sources.lines).toEqual(entry.sources.map((s) => ({ text: `${s.title} (${s.date})`, url: s.url })));
      expect(texts(row(own, t('wizard.step3.laws.reasoning')))).toEqual([`Reasoning on ${entry.name}`]);
    }
  });

  it('puts the library’s caveat in plain sight for every entry that is not confirmed', () => {
    expect(notices(lawBlocks('Confirmed Law'))).toEqual([]);
    expect(notices(lawBlocks('Partly Law'))).toEqual(['Partly confirmed: only news reports describe the 2026 events']);
    expect(notices(lawBlocks('Unconfirmed Law'))).toEqual(['Unconfirmed: the status after June 2026 is unknown']);
    expect(notices(lawBlocks('Conflicting Law'))).toEqual([
      'Conflicting sources: the law library does not mark this entry as confirmed; re-check its sources before relying on it.',
    ]);
    expect(texts(row(lawBlocks('Partly Law'), 'Confidence of the law library entry'))).toEqual(['Partly confirmed']);
    expect(row(lawBlocks('Partly Law'), 'Confidence of the law library entry').tone).toBe('caveat');
  });

  it('says which laws the assessor added and which library entries are gone', () => {
    const byHand = lawBlocks('Hand-added Law');
    expect(byHand).toContainEqual({ kind: 'paragraph', text: 'Added by the assessor; not from the law library.', tone: 'muted' });
    expect(rows(byHand).map((r) => r.label)).not.toContain('Citation');
    expect(notices(lawBlocks('Withdrawn Law'))).toEqual([
      'The law library no longer contains this entry (law-withdrawn); its citation and sources cannot be shown.',
    ]);
  });

  it('names the destination, its adequacy, and library laws left unassessed', () => {
    expect(texts(row(blocks, 'Destination'))).toEqual(['United States (US)']);
    expect(texts(row(blocks, 'Adequacy'))).toEqual(['Partial adequacy decision', us?.adequacyNote]);
    expect(notices(blocks)).toContain(
      'The law library lists further laws for United States (US) that this assessment does not address: Unassessed Law.',
    );
  });

  it('warns when the law library is more than a year old', () => {
    const fresh = notices(section(build(withSampleLaws()), 'step3').blocks);
    expect(fresh.some((n) => n.startsWith('The law library is'))).toBe(false);
    const later = build(withSampleLaws(), { ...META, generatedAt: '2027-09-01T00:00:00.000Z' });
    expect(notices(section(later, 'step3').blocks)).toContain(
      'The law library is 15 months old (as of June 2026). Re-check the laws and their status before relying on it.',
    );
  });
});

describe('lists as tables', () => {
  const assessment = fullAssessment();
  const model = build(assessment);
  const tableIn = (key: ReportSection['key'], header: string) => {
    const table = section(model, key).blocks.find((b) => b.kind === 'table' && b.columns.some((c) => c.header === header));
    if (table?.kind !== 'table') throw new Error(`no table with ${header}`);
    return table;
  };

  it('lists onward transfers with recipient, country and purpose', () => {
    const table = tableIn('step1', t('wizard.step1.onward.recipient'));
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual(
      assessment.step1.onwardTransfers.map((o) => [o.recipient, formatCountry(o.country, 'en'), o.purpose]),
    );
  });

  it('lists the chosen measures by type with their implementation notes', () => {
    const table = tableIn('step4', 'Measure');
    expect(table.rows.map((r) => r[1]?.text)).toEqual([
      `${t('measures.transit-encryption.title')} (EDPB use case 3)`,
      t('measures.notify-requests.title'),
      t('measures.minimisation.title'),
    ]);
    expect(table.rows.map((r) => r[0]?.text)).toEqual(['Technical', 'Contractual', 'Organisational']);
    expect(table.rows.map((r) => r[2]?.text)).toEqual(assessment.step4.measures.map((m) => m.note));
  });

  it('lists every procedural step with its status and note', () => {
    const table = tableIn('step5', 'Procedural step');
    expect(table.rows).toHaveLength(CHECKLIST_ITEMS.length);
    for (const item of CHECKLIST_ITEMS) {
      const entry = assessment.step5.checklist.find((e) => e.itemId === item.id);
      const printed = table.rows.find((r) => r[0]?.text === t(`checklist.${item.id}`));
      expect(printed?.[1]?.text, item.id).toBe(entry?.done ? 'Done' : 'Open');
      expect(printed?.[2]?.text, item.id).toBe(entry && entry.note !== '' ? entry.note : '—');
    }
  });

  it('says so when there is nothing to list', () => {
    const table = section(build(empty()), 'step1').blocks.find((b) => b.kind === 'table');
    expect(table).toEqual(expect.objectContaining({ kind: 'table', rows: [], emptyText: t('wizard.step1.onward.empty') }));
  });
});

describe('cover, sign-off and document information', () => {
  const assessment = fullAssessment();
  const model = build(assessment);

  it('names the parties, destination and outcome in plain words on the cover', () => {
    const facts = Object.fromEntries(model.cover.facts.map((f) => [f.label, f.value]));
    expect(facts['Data exporter']).toBe('Müller & Söhne Straßenbau GmbH, Germany (DE), Controller');
    expect(facts['Data importer']).toBe('Twilio Inc., United States (US), Processor');
    expect(facts['Destination']).toBe('United States (US)');
    expect(facts['Transfer tool']).toBe(`${t('options.tool.scc')}, Module 2`);
    expect(model.cover.outcome).toEqual({
      label: 'Outcome',
      text: 'The transfer may proceed with the supplementary measures',
      kind: 'proceed-with-measures',
    });
    expect(model.cover.title).toBe(assessment.title);
  });

  it('identifies the assessment and its content hash on the cover and in the document information', () => {
    const identification = Object.fromEntries(model.cover.identification.map((f) => [f.label, f.value]));
    expect(identification['Assessment ID']).toBe(assessment.id);
    expect(identification['Content hash (SHA-256)']).toBe(META.contentHash);
    expect(identification['Generated']).toBe(formatTimestamp(META.generatedAt, 'en'));
    expect(identification['Generated with']).toBe('DTIA Studio 9.8.7');
    expect(model.info.contentHash).toBe(META.contentHash);
    expect(model.info.assessmentId).toBe(assessment.id);
    expect(model.info.subject).toContain(META.contentHash);
    expect(model.info.keywords).toContain(`sha256:${META.contentHash}`);
    expect(model.info.keywords).toContain(assessment.id);
    expect(model.pageTemplate).toBe('Page {page} of {pages}');
  });

  it('closes with a sign-off block: assessor, approver, date and outcome', () => {
    const conclusion = section(model, 'conclusion').blocks;
    const signoff = conclusion.find((b) => b.kind === 'signoff');
    expect(signoff?.kind).toBe('signoff');
    if (signoff?.kind !== 'signoff') return;
    expect(signoff.rows.map((r) => [r.label, texts(r)])).toEqual([
      ['Assessor', [assessment.conclusion.assessor]],
      ['Approver', [assessment.conclusion.approver]],
      ['Date of approval', ['20 May 2026']],
      ['Outcome', ['The transfer may proceed with the supplementary measures']],
    ]);
    expect(conclusion[conclusion.length - 1]).toBe(signoff);
  });
});

describe('formatting', () => {
  it('formats days, months and timestamps in the EU order and leaves anything else alone', () => {
    expect(formatDate('2026-06-12', 'en')).toBe('12 June 2026');
    expect(formatDate('2026-06', 'en')).toBe('June 2026');
    expect(formatDate('n.d.', 'en')).toBe('n.d.');
    expect(formatTimestamp('2026-11-22T08:05:00.000Z', 'en')).toBe('22 November 2026, 08:05 UTC');
    expect(formatCountry('CH', 'en')).toBe('Switzerland (CH)');
    expect(formatCountry('', 'en')).toBe('');
  });
});
