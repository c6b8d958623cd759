import { describe, expect, it } from 'vitest';
import { formatPercent, formatYears } from '../../shared/chart/format-probability';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { findLaw } from '../../shared/domain/law-library';
import { createI18n } from '../../shared/i18n';
import { buildReportModel } from '../../shared/report/build-report-model';
import { formatNumber } from '../../shared/report/format';
import type { ReportBlock, ReportModel, ReportSection } from '../../shared/report/model';
import { OVERRIDE_JUSTIFICATION, REPORT_DAY, reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';

const i18n = createI18n('en');
const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});
const META = { contentHash: 'c0ffee'.repeat(10) + 'c0ff', generatedAt: `${REPORT_DAY}T10:30:00.000Z`, appVersion: '9.8.7' };
const library = shippedLawLibrary();

function build(assessment: Assessment): ReportModel {
  return buildReportModel(assessment, library, t, META);
}

function section(model: ReportModel, key: ReportSection['key']): ReportSection {
  const found = model.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
}

/** Every text a block shows, flattened, so checks do not depend on which block kind carries it. */
function blockTexts(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'subheading':
    case 'paragraph':
    case 'notice':
      return [block.text];
    case 'answers':
      return block.rows.flatMap((row) => [row.label, ...row.lines.map((line) => line.text)]);
    case 'signoff':
      return [block.title, block.note, ...block.rows.flatMap((row) => [row.label, ...row.lines.map((line) => line.text)])];
    case 'table':
      return [...block.columns.map((c) => c.header), ...block.rows.flatMap((row) => row.map((cell) => cell.text)), block.emptyText];
    case 'formula':
      return [block.title, ...block.lines];
    case 'transferMap':
      return [block.caption, ...block.nodes.flatMap((n) => [n.title, ...n.lines]), ...block.edges.map((e) => e.label)];
    case 'chart':
      return [block.title, block.caption];
  }
}

const textOf = (s: ReportSection) => [s.title, s.intro, ...s.blocks.flatMap(blockTexts)].join('\n');

describe('the report model of the helpdesk assessment', () => {
  const assessment = reportAssessment(library);
  const model = build(assessment);

  it('has the pre-checks, the six steps, the conclusion and the SCC appendix, in that order', () => {
    expect(model.sections.map((s) => s.key)).toEqual(['prechecks', 'step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'conclusion', 'appendix']);
    expect(textOf(section(model, 'prechecks'))).toContain(t('report.prechecks.required.yes'));
  });

  it('draws the transfer map from the parties and transfers, and lists every transfer’s details', () => {
    const step1 = section(model, 'step1');
    const map = step1.blocks.find((b): b is Extract<ReportBlock, { kind: 'transferMap' }> => b.kind === 'transferMap');
    expect(map?.nodes.map((n) => n.title)).toEqual(['Nordlicht Energie GmbH', 'Helpwise Cloud Inc.', 'Amazon Web Services, Inc.']);
    expect(map?.nodes.find((n) => n.id === 'aws')?.lines).toContain('United States (US)');
    expect(map?.edges.map((e) => e.label)).toEqual(['1', '2']);
    for (const edge of map?.edges ?? []) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    const text = textOf(step1);
    expect(text).toContain('Transfer 2: Helpwise Cloud Inc. → Amazon Web Services, Inc.');
    expect(text).toContain('Encrypted; keys held by the exporter');
    expect(text).toContain('24 months after the ticket is closed');
  });

  it('gives Module 2 to the controller → processor edge and Module 3 to the processor → sub-processor edge, with reasons', () => {
    const text = textOf(section(model, 'step2'));
    expect(text).toContain(t('scc.module.proposed2', { from: 'Nordlicht Energie GmbH', to: 'Helpwise Cloud Inc.' }));
    expect(text).toContain(t('scc.module.proposed3', { from: 'Helpwise Cloud Inc.', to: 'Amazon Web Services, Inc.' }));
    expect(text).toContain('Module 2, Module 3');
    expect(text).toContain('Option 2: general written authorisation, with 30 days’ notice of changes');
    expect(text).toContain('Berliner Beauftragte für Datenschutz und Informationsfreiheit');
    const us = library.countries.find((c) => c.code === 'US');
    expect(text).toContain(us?.adequacyDecision?.reference ?? 'missing decision');
  });

  it('shows FISA 702’s caveat and re-check note, the questionnaire answers and the assessor’s own source', () => {
    const text = textOf(section(model, 'step3'));
    const fisa = findLaw(library, 'us-fisa-702');
    expect(fisa?.confidence).toBe('partly');
    expect(text).toContain(`Partly confirmed: ${fisa?.caveat ?? ''}`);
    expect(text).toContain(t('report.laws.recheck', { text: fisa?.recheck ?? '' }));
    expect(text).toContain(fisa?.questionnaire[0]?.text ?? 'missing question');
    expect(text).toContain('Helpwise hosts customer communications; AWS is a remote computing service provider.');
    expect(text).toContain('Helpwise transparency report 2025 (2026-02-01)');
    expect(text).toContain(t('report.laws.overrideReason', { reason: assessment.step3.laws[2]?.verdictOverrideReason ?? 'missing' }));
    expect(text).toContain(t('report.laws.libraryAsOf', { asOf: 'June 2026', compiled: '22 November 2026' }));
  });

  it('writes out the arithmetic of every scenario and of the combination with the numbers of the fixture', () => {
    const text = textOf(section(model, 'step3'));
    const included = assessment.step3.risk.scenarios.filter((s) => s.included);
    const perScenario = included.map((s) => [s.annualTrigger, ...s.preconditions].reduce((p, f) => p * f.probability, 1));
    for (const [index, scenario] of included.entries()) {
      const factors = [scenario.annualTrigger, ...scenario.preconditions].map((f) => formatNumber(f.probability)).join(' × ');
      expect(text).toContain(`p_s before measures = ${factors} = ${formatNumber(perScenario[index] ?? 0)}`);
    }
    const annual = 1 - perScenario.reduce((q, p) => q * (1 - p), 1);
    const horizon = 1 - (1 - annual) ** 5;
    expect(text).toContain(`1 − (1 − ${formatNumber(annual)})^5 = ${formatNumber(horizon)} (${formatPercent(horizon)})`);
    expect(text).toContain(`1 / ${formatNumber(annual)} = ${formatYears(1 / annual)} years`);
    expect(text).toContain(`ln(1 − 0.9) / ln(1 − ${formatNumber(annual)}) = ${formatYears(Math.log(0.1) / Math.log(1 - annual))} years`);
    expect(text).toContain('Source: Canton of Zurich, decision of 30 Mar 2022: 10 % over 5 years');
  });

  it('reproduces the published 2.52 % over 5 years from 0.509 % a year, and “once every N years” at 99 % confidence', () => {
    const published = reportAssessment(library);
    const scenario = published.step3.risk.scenarios[0];
    if (!scenario) throw new Error('no scenario');
    scenario.annualTrigger = { ...scenario.annualTrigger, probability: 0.00509, reason: 'Published figure' };
    scenario.preconditions = [{ id: 'all', kind: 'other', label: 'All preconditions', probability: 1, reason: 'Published figure' }];
    published.step3.risk.scenarios = [scenario];
    published.step3.risk.confidence = 0.99;
    const text = textOf(section(build(published), 'step3'));
    expect(text).toContain(`1 − (1 − 0.00509)^5 = ${formatNumber(1 - (1 - 0.00509) ** 5)} (2.52 %)`);
    expect(text).toContain(`ln(1 − 0.99) / ln(1 − 0.00509) = ${formatYears(Math.log(0.01) / Math.log(1 - 0.00509))} years`);
  });

  it('carries a chart of the probability before and after measures with the limit', () => {
    const chart = section(model, 'step3').blocks.find((b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart');
    expect(chart?.chart.limit.value).toBe(0.1);
    expect(chart?.chart.before.length).toBeGreaterThan(5);
    const last = chart?.chart.before.at(-1);
    const lastAfter = chart?.chart.after.at(-1);
    // Higher probability is drawn higher (smaller y): before measures lies above after measures.
    expect(last && lastAfter ? last.y < lastAfter.y : false).toBe(true);
  });

  it('lists the measures with their effect in the model and states plainly that use case 6 has no effective technical measure', () => {
    const text = textOf(section(model, 'step4'));
    expect(text).toContain(t('measures.encrypted-storage-exporter-keys.title'));
    // The helpdesk needs the data in clear (use case 6), so the encryption does not lower any factor in the model.
    expect(text).toContain(t('report.measures.noModelEffect'));
    expect(text).not.toMatch(/“The data is readable to the provider[^”]*” × 0\.02/);
    expect(text).toContain(t('report.measures.clearTextStatement'));
    expect(text).toContain(t('report.measures.useCaseName', { number: 6, name: t('report.measures.useCaseNames.6') }));
  });

  it('records the override with its justification and what had been proposed', () => {
    const text = textOf(section(model, 'conclusion'));
    expect(text).toContain(OVERRIDE_JUSTIFICATION);
    expect(text).toContain(t('report.conclusion.decisionValue.overridden'));
    expect(assessment.conclusion.proposedOutcome).not.toBe('');
    expect(text).toContain(t(`options.outcome.${assessment.conclusion.proposedOutcome}`));
    expect(text).toContain('Dr. Felix Brandt (Data Protection Officer)');
    expect(model.cover.outcome.label).toBe(t('report.cover.outcomeDecided.overridden'));
  });

  it('lists the checklist with status and evidence, and the proposed review date with its reasons', () => {
    expect(textOf(section(model, 'step5'))).toContain('Evidence 1: signed DPA of 1 Sep 2026 and review memo of 20 Nov 2026.');
    const step6 = textOf(section(model, 'step6'));
    expect(step6).toContain('1 March 2027');
    expect(step6).toContain(t('triggers.new-subprocessor'));
  });

  it('appends Annexes I.A–III and marks a missing entry visibly', () => {
    const complete = textOf(section(model, 'appendix'));
    for (const annex of ['IA', 'IB', 'IC', 'II', 'III']) expect(complete).toContain(t(`report.annexes.${annex}`));
    expect(complete).not.toContain(t('report.annexes.missing'));
    const gap = reportAssessment(library);
    const aws = gap.map.parties.find((p) => p.id === 'aws');
    if (aws) aws.address = '';
    const appendix = section(build(gap), 'appendix');
    expect(appendix.status?.complete).toBe(false);
    const annexIII = appendix.blocks.slice(appendix.blocks.findIndex((b) => b.kind === 'heading' && b.text === t('report.annexes.III')));
    const rows = annexIII.flatMap((b) => (b.kind === 'answers' ? b.rows : []));
    expect(rows.find((r) => r.label === t('scc.annex.field.address', { defaultValue: 'address' }))).toMatchObject({
      tone: 'missing',
      lines: [{ text: t('report.annexes.missing') }],
    });
  });

  it('names the content hash and the assessment id on the cover and in the document information', () => {
    expect(model.cover.identification.map((f) => f.value)).toEqual(expect.arrayContaining([META.contentHash, assessment.id]));
    expect(model.info.subject).toContain(META.contentHash);
    expect(model.footerNote).toContain(META.contentHash.slice(0, 16));
  });
});

describe('the report model of an empty assessment', () => {
  const model = build(createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'Empty', now: '2026-01-01T00:00:00.000Z' }));

  it('says "Not answered" where answers are required and has no appendix without SCC transfers', () => {
    expect(model.sections.map((s) => s.key)).not.toContain('appendix');
    expect(textOf(section(model, 'step1'))).toContain(t('report.notAnswered'));
    expect(model.cover.outcome).toEqual({ label: t('report.cover.outcome'), text: t('report.cover.noOutcome'), kind: 'none' });
    expect(textOf(section(model, 'step2'))).toContain(t('report.annexes.notUsed'));
  });
});
