import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../electron/services/file-name';
import { formatPercent, formatYears } from '../../shared/chart/format-probability';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { parseInterchange } from '../../shared/domain/interchange';
import { findLaw } from '../../shared/domain/law-library';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { createI18n } from '../../shared/i18n';
import { attachmentFileName } from '../../shared/report/attachment-file-name';
import { buildReportModel } from '../../shared/report/build-report-model';
import { formatDate, formatNumber, formatTimestamp } from '../../shared/report/format';
import type { ReportBlock, ReportMeta, ReportModel, ReportSection } from '../../shared/report/model';
import { applyProfileToAssessment } from '../../shared/vendors/apply-to-assessment';
import { OVERRIDE_JUSTIFICATION, REPORT_DAY, RESOURCES_DIR, reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';
import { reportModelFor } from '../fixtures/report-model';
import { TELNYX_DOCUMENT, telnyxProfile } from '../fixtures/vendor-profile';

const i18n = createI18n('en');
const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});
const META: ReportMeta = { contentHash: 'c0ffee'.repeat(10) + 'c0ff', generatedAt: `${REPORT_DAY}T10:30:00.000Z`, appVersion: '9.8.7' };
const library = shippedLawLibrary();

function build(assessment: Assessment, meta: Partial<ReportMeta> = {}): ReportModel {
  return buildReportModel(assessment, library, t, { ...META, ...meta });
}

function sample(name: 'telnyx' | 'twilio'): Assessment {
  const parsed = parseInterchange(readFileSync(join(RESOURCES_DIR, 'examples', `${name}-sample.dtia.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.assessment;
}

const lines = (items: readonly { text: string }[]) => items.map((item) => item.text);

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

  it('has the pre-checks, the six steps, the conclusion, the law library excerpts and the SCC appendix, in that order', () => {
    expect(model.sections.map((s) => s.key)).toEqual(['prechecks', 'step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'conclusion', 'library', 'appendix']);
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

  it('shows each law’s citation, library entry date and confidence, questionnaire answers and the assessor’s own source in step 3', () => {
    const text = textOf(section(model, 'step3'));
    const fisa = findLaw(library, 'us-fisa-702');
    expect(fisa?.confidence).toBe('partly');
    expect(text).toContain(fisa?.citation ?? 'missing citation');
    expect(text).toContain(t('report.laws.libraryEntryValue', { asOf: 'June 2026', confidence: t('engine.confidence.partly') }));
    expect(text).toContain(fisa?.questionnaire[0]?.text ?? 'missing question');
    expect(text).toContain('Helpwise hosts customer communications; AWS is a remote computing service provider.');
    expect(text).toContain('Helpwise transparency report 2025 (2026-02-01)');
    expect(text).toContain(t('report.laws.overrideReason', { reason: assessment.step3.laws[2]?.verdictOverrideReason ?? 'missing' }));
    // The library's own caveat is quoted once, in the law library excerpts, not again under each law.
    expect(text).not.toContain(fisa?.caveat ?? 'missing caveat');
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
    // The reasons recorded with the decision are the current ones word for word: one line says so.
    expect(text).toContain(t('report.conclusion.sameReasons'));
    expect(model.cover.outcome.label).toBe(t('report.cover.outcomeDecided.overridden'));
    // The sign-off has a page of its own; the conclusion no longer carries a sign-off block.
    expect(section(model, 'conclusion').blocks.some((b) => b.kind === 'signoff')).toBe(false);
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

  it('puts parties, destinations, outcome, status, version and dates on the cover', () => {
    const facts = Object.fromEntries(model.cover.facts.map((f) => [f.label, f]));
    expect(facts[t('report.cover.exporter')]?.value).toBe('Nordlicht Energie GmbH, Germany (DE), Controller');
    expect(facts[t('report.cover.importer')]?.value).toBe('Helpwise Cloud Inc., United States (US), Processor');
    expect(facts[t('report.cover.subProcessors')]?.value).toBe('Amazon Web Services, Inc., United States (US), Processor');
    expect(facts[t('report.cover.destination')]?.value).toBe('United States (US)');
    expect(facts[t('report.cover.status')]).toMatchObject({ value: t('report.cover.statusComplete'), tone: 'normal' });
    expect(facts[t('report.cover.assessmentDate')]?.value).toBe('20 November 2026');
    expect(facts[t('report.cover.nextReview')]?.value).toBe('1 March 2027');
    expect(model.cover.outcome).toEqual({
      label: t('report.cover.outcomeDecided.overridden'),
      text: t('options.outcome.proceed-with-measures'),
      kind: 'proceed-with-measures',
    });
    const identification = Object.fromEntries(model.cover.identification.map((f) => [f.label, f.value]));
    expect(identification[t('report.cover.contentHash')]).toBe(META.contentHash);
    expect(identification[t('report.cover.version')]).toBe(t('report.cover.versionValue', { saved: '20 November 2026, 16:30 UTC', version: '9.8.7' }));
    expect(identification[t('report.cover.generated')]).toBe('22 November 2026, 10:30 UTC');
  });

  it('quotes the law library for the destination: adequacy decision, citations, sources, "as of" dates and caveats', () => {
    const excerpts = section(model, 'library');
    const text = textOf(excerpts);
    const us = library.countries.find((c) => c.code === 'US');
    expect(excerpts.blocks[0]).toMatchObject({ kind: 'notice', text: t('report.laws.libraryAsOf', { asOf: 'June 2026', compiled: '22 November 2026' }) });
    expect(text).toContain(t('report.tools.decision', { reference: us?.adequacyDecision?.reference ?? 'missing', date: us?.adequacyDecision?.date ?? '' }));
    const rows = excerpts.blocks.flatMap((b) => (b.kind === 'answers' ? b.rows : []));
    for (const law of us?.laws.filter((l) => l.kind === 'access-law') ?? []) {
      const at = excerpts.blocks.findIndex((b) => b.kind === 'subheading' && b.text === law.name);
      expect(at, law.id).toBeGreaterThan(0);
      const next = excerpts.blocks.slice(at + 1);
      const answers = next.find((b): b is Extract<ReportBlock, { kind: 'answers' }> => b.kind === 'answers');
      const row = (label: string) => answers?.rows.find((r) => r.label === label);
      expect(row(t('report.laws.citation'))?.lines[0]?.text, law.id).toBe(law.citation);
      expect(row(t('report.library.asOf'))?.lines[0]?.text, law.id).toBe(formatDate(law.asOf, 'en'));
      expect(row(t('report.library.sources'))?.lines.map((l) => l.url), law.id).toEqual(law.sources.map((source) => source.url));
      expect(row(t('report.library.confidence'))?.tone, law.id).toBe(law.confidence === 'confirmed' ? 'normal' : 'caveat');
      if (law.confidence !== 'confirmed') {
        expect(next[0], law.id).toEqual({ kind: 'notice', tone: 'caveat', text: t(`report.laws.caveat.${law.confidence}`, { caveat: law.caveat }) });
      }
    }
    // FISA 702's caveat stands once in the whole report.
    const fisa = findLaw(library, 'us-fisa-702');
    const everything = model.sections.map(textOf).join('\n');
    expect(everything.split(fisa?.caveat ?? 'missing').length - 1).toBe(1);
    // The US access laws step 3 leaves out are marked in the excerpts and listed as open items.
    const notAssessed = rows.filter((r) => r.label === t('report.library.inAssessment'));
    expect(notAssessed.map((r) => r.tone)).toEqual(['missing', 'missing']);
    expect(lines(model.executiveSummary.openItems)).toEqual(
      expect.arrayContaining([t('report.summary.open.lawNotAssessed', { law: 'Stored Communications Act', country: 'United States (US)' })]),
    );
  });

  it('ends with a sign-off page: the recorded decision, a box for each signature, and how to verify both', () => {
    const signOff = model.signOff;
    expect(lines(signOff.rows.flatMap((r) => r.lines))).toEqual([
      t('report.conclusion.decisionValue.overridden'),
      t('options.outcome.proceed-with-measures'),
      'Jana Kowalczyk (Privacy Counsel)',
      'Dr. Felix Brandt (Data Protection Officer)',
      '20 November 2026',
    ]);
    expect(signOff.boxes.map((b) => [b.role, b.title, b.placeholder, ...b.rows.map((r) => `${r.label}: ${r.lines[0]?.text ?? ''}`)])).toEqual([
      ['assessor', 'Assessor', t('report.signoff.placeholder.assessor'), 'Name: Jana Kowalczyk (Privacy Counsel)', `${t('report.signoff.recordedDate')}: 20 November 2026`],
      ['approver', 'Approver', t('report.signoff.placeholder.approver'), 'Name: Dr. Felix Brandt (Data Protection Officer)', `${t('report.signoff.recordedDate')}: 20 November 2026`],
    ]);
    expect(signOff.note).toContain('PAdES');
    expect(signOff.note).toContain(`“${model.attachment.fileName}”`);
    expect(signOff.note).toContain(META.contentHash);
  });

  it('names the embedded assessment as the JSON export does, and trims the confidentiality marking', () => {
    expect(model.attachment.fileName).toBe(exportFileName(assessment.title));
    expect(model.attachment.description).toContain(META.contentHash);
    for (const title of ['Zürich, Łódź, São Paulo, „quotes“, ß', '  Twilio Inc. — SMS (EU → US)  ', '../../etc/passwd', '北京', 'a'.repeat(200)]) {
      expect(attachmentFileName(title), title).toBe(exportFileName(title));
    }
    expect(model.confidentiality).toBe('');
    expect(build(assessment, { confidentiality: '  Confidential — legal privilege  ' }).confidentiality).toBe('Confidential — legal privilege');
    expect(model.contentsTitle).toBe(t('report.contentsTitle'));
  });

  it('says each data list once: a later transfer with the same list points to the first', () => {
    const rows = section(model, 'step1').blocks.flatMap((b) => (b.kind === 'answers' ? b.rows : []));
    const subjects = rows.filter((r) => r.label === t('report.map.dataSubjects'));
    expect(subjects.map((r) => lines(r.lines))).toEqual([assessment.map.transfers[0]?.dataSubjects, [t('report.map.sameAsTransfer', { number: 1 })]]);
  });

  it('leaves out optional questions left empty instead of printing "None recorded"', () => {
    const blank = reportAssessment(library);
    blank.prechecks.minimisationNote = '';
    for (const transfer of blank.map.transfers) transfer.volume = '';
    const built = build(blank);
    const labels = built.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'answers' ? b.rows.map((r) => r.label) : [])));
    expect(labels).not.toContain(t('wizard.prechecks.minimisationNote'));
    expect(labels).not.toContain(t('report.map.volume'));
    expect(JSON.stringify(built.sections)).not.toContain(t('report.noneRecorded'));
  });

  it('is the same model every time it is built from the same input', () => {
    expect(JSON.stringify(build(reportAssessment(library)))).toBe(JSON.stringify(model));
  });

  it('leaves no i18n key unresolved', () => {
    expect(JSON.stringify(model)).not.toMatch(/"(report|engine|options|wizard|scc|measures|checklist|triggers)\.[a-zA-Z-]+\.[a-zA-Z.-]+"/);
  });
});

describe('the report model in German', () => {
  const assessment = reportAssessment(library);
  const model = build(assessment, { language: 'de' });
  const english = /\b(January|February|March|May|June|July|October|December|United States|Germany)\b/;

  it('formats dates and country names in German on the cover, in the excerpts and on the sign-off page', () => {
    const formatted = [
      ...model.cover.facts.filter((f) => f.label !== t('report.cover.exporter') && f.label !== t('report.cover.importer') && f.label !== t('report.cover.subProcessors')),
      ...model.cover.identification,
      ...model.executiveSummary.facts.filter((f) => f.label === t('report.cover.destination') || f.label === t('report.cover.nextReview')),
    ].map((f) => f.value);
    expect(formatted).toEqual(expect.arrayContaining(['Vereinigte Staaten (US)', '20. November 2026', '1. März 2027', '22. November 2026, 10:30 UTC']));
    const excerpts = section(model, 'library');
    const asOf = excerpts.blocks.flatMap((b) => (b.kind === 'answers' ? b.rows.filter((r) => r.label === t('report.library.asOf')) : []));
    const boxes = model.signOff.boxes.flatMap((b) => b.rows.map((r) => r.lines[0]?.text ?? ''));
    const countries = excerpts.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(countries).toEqual(['Vereinigte Staaten (US)']);
    expect(new Set(asOf.map((r) => r.lines[0]?.text))).toEqual(new Set(['Juni 2026']));
    expect(boxes).toContain('20. November 2026');
    for (const text of [...formatted, ...asOf.flatMap((r) => lines(r.lines)), ...boxes, ...countries]) expect(text).not.toMatch(english);
    expect(model.info.language).toBe('de');
    expect(formatTimestamp(META.generatedAt, 'de')).toBe('22. November 2026, 10:30 UTC');
  });
});

describe('the executive summary of the shipped samples', () => {
  const telnyx = sample('telnyx');
  const twilio = sample('twilio');
  const telnyxModel = build(telnyx);
  const twilioModel = build(twilio);

  it('Telnyx: the overridden outcome, the proposal it departs from, the residual risk against the limit with its source', () => {
    const summary = telnyxModel.executiveSummary;
    expect(summary.outcome).toEqual({ label: t('report.cover.outcomeDecided.overridden'), text: t('options.outcome.proceed-with-measures'), kind: 'proceed-with-measures' });
    const facts = Object.fromEntries(summary.facts.map((f) => [f.label, f]));
    expect(facts[t('report.conclusion.proposed')]).toMatchObject({ value: t('options.outcome.do-not-proceed'), tone: 'caveat' });
    expect(facts[t('report.conclusion.justification')]?.value).toContain('SAMPLE override by a fictional exporter.');
    expect(facts[t('report.summary.residualRisk')]?.value).toBe(
      t('report.summary.residualWithin', { after: '2.55 %', before: '2.87 %', years: 5, limit: '10 %', source: 'Canton of Zurich, decision of 30 Mar 2022: 10 % over 5 years' }),
    );
    expect(facts[t('report.cover.tool')]?.value).toBe(`${t('options.tool.scc')}, ${t('report.scc.modules', { modules: '2 and 3', count: 2 })}`);
    expect(facts[t('report.cover.destination')]?.value).toBe('United States (US); Canada (CA); Australia (AU); Singapore (SG)');
    expect(facts[t('report.cover.status')]?.value).toBe(t('report.cover.statusDraft', { steps: 'Step 2 and Step 5' }));
    expect(facts[t('report.cover.nextReview')]?.value).toBe('15 December 2026');
  });

  it('Telnyx: the decisive reasons in the engine’s words, without the per-law detail the conclusion gives', () => {
    const evaluation = evaluateAssessment(telnyx, library, REPORT_DAY);
    const reasons = lines(telnyxModel.executiveSummary.reasons);
    expect(telnyxModel.executiveSummary.reasonsTitle).toBe(t('report.summary.reasonsTitle'));
    const [headline] = evaluation.outcome.reasons;
    expect(reasons[0]).toBe(t(headline?.key ?? 'missing', headline?.params ?? {}));
    expect(reasons).toContain(t('engine.measures.noEffectiveTechnicalMeasure'));
    expect(reasons.some((r) => r.startsWith('Residual risk 2.55 % over 5 years'))).toBe(true);
    expect(reasons.join('\n')).not.toContain(t('engine.laws.readable'));
    // The four clear-text use cases are one kind: three are named, the fourth too, since a count would save nothing.
    expect(reasons.filter((r) => r.startsWith('EDPB use case'))).toHaveLength(4);
  });

  it('Telnyx: the open items: missing answers, unconfirmed library facts relied on, open checklist items, missing annex entries', () => {
    const open = lines(telnyxModel.executiveSummary.openItems);
    expect(open).toContain(
      t('report.summary.open.missingAnswer', { question: t('wizard.step2.scc.title'), place: `Step 2, ${t('wizard.step2.title')}` }),
    );
    expect(open).toContain(t('report.summary.open.unconfirmedLaw', { law: 'FISA Section 702', confidence: t('engine.confidence.partly'), asOf: 'June 2026' }));
    expect(open).toContain(t('report.summary.open.recheck', { law: 'FISA Section 702' }));
    expect(open).toContain(t('report.summary.open.checklist', { item: t('checklist.scc-unmodified') }));
    expect(open).toContain(t('report.summary.open.annexes', { count: 8 }));
    // The checklist's open items are listed one by one; the checklist question itself is not named as well.
    expect(open.filter((item) => item.includes('Step 5'))).toEqual([]);
    expect(telnyxModel.cover.facts.find((f) => f.label === t('report.cover.status'))?.value).toContain('Step 5');
  });

  it('Twilio: the accepted outcome, no proposal line, and the review date that has passed by the report date', () => {
    const summary = twilioModel.executiveSummary;
    expect(summary.outcome).toMatchObject({ label: t('report.cover.outcomeDecided.accepted'), kind: 'do-not-proceed' });
    expect(summary.facts.map((f) => f.label)).not.toContain(t('report.conclusion.proposed'));
    expect(lines(summary.reasons)[0]).toContain('The transfer should not proceed');
    expect(lines(summary.openItems)).toContain(t('report.summary.open.reviewOverdue', { date: '20 October 2026' }));
  });

  it('prints each minimisation prompt once with the transfers it concerns', () => {
    const notices = section(telnyxModel, 'step1').blocks.filter((b) => b.kind === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind === 'notice' ? notices[0].text : '').toContain('(transfers 3–5)');
  });
});

describe('the executive summary of an assessment that cannot be concluded yet', () => {
  it('lists what a proposal still needs, counting blockers of one kind beyond three', () => {
    const draft = reportAssessment(library);
    for (let i = 0; i < 6; i++) {
      draft.map.parties.push({ id: `sub-${i}`, name: `Sub ${i}`, kind: 'sub-processor', role: 'processor', country: 'IN', entityType: 'company', address: '', contact: '' });
      const transfer = structuredClone(draft.map.transfers[1]);
      if (!transfer) throw new Error('no transfer');
      draft.map.transfers.push({ ...transfer, id: `to-sub-${i}`, toPartyId: `sub-${i}`, tool: { ...transfer.tool, tool: '' } });
    }
    const summary = build(draft).executiveSummary;
    expect(summary.reasonsTitle).toBe(t('report.summary.blockersTitle'));
    const reasons = lines(summary.reasons);
    expect(reasons.filter((r) => r.startsWith('Choose a transfer tool'))).toHaveLength(3);
    expect(reasons).toContain(t('report.summary.moreOfKind', { count: 3 }));
    expect(summary.reasons.every((r) => r.tone === 'missing' || r.tone === 'muted')).toBe(true);
    expect(build(draft).cover.facts.find((f) => f.label === t('report.cover.subProcessors'))?.value).toBe(t('report.cover.manyParties', { count: 7 }));
  });

  it('says when the proposal has changed since the decision was recorded', () => {
    const changed = reportAssessment(library);
    changed.conclusion.proposedOutcome = 'proceed';
    const now = evaluateAssessment(changed, library, REPORT_DAY).outcome.outcome;
    expect(now).not.toBe('proceed');
    expect(lines(build(changed).executiveSummary.openItems)).toContain(
      t('report.conclusion.proposalChanged', { then: t('options.outcome.proceed'), now: t(`options.outcome.${now ?? ''}`) }),
    );
  });
});

describe('the report model of an empty assessment', () => {
  const model = build(createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000001', title: 'Empty', now: '2026-01-01T00:00:00.000Z' }));

  it('says "Not answered" where answers are required and has no appendix without SCC transfers', () => {
    expect(model.sections.map((s) => s.key)).not.toContain('appendix');
    expect(textOf(section(model, 'library'))).toContain(t('report.library.noDestinations'));
    expect(model.executiveSummary.reasonsTitle).toBe(t('report.summary.blockersTitle'));
    expect(model.signOff.boxes.flatMap((b) => b.rows.map((r) => r.tone))).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(textOf(section(model, 'step1'))).toContain(t('report.notAnswered'));
    expect(model.cover.outcome).toEqual({ label: t('report.cover.outcome'), text: t('report.cover.noOutcome'), kind: 'none' });
    expect(textOf(section(model, 'step2'))).toContain(t('report.annexes.notUsed'));
  });
});

describe('the report model of an assessment filled from Telnyx’s document', () => {
  const start = createEmptyAssessment({ id: '00000000-0000-4000-8000-000000000002', title: 'Telnyx voice', now: '2026-06-03T10:00:00.000Z' });
  start.map.parties[0]!.name = 'Nordlicht Energie GmbH';
  const assessment = applyProfileToAssessment(start, telnyxProfile()).assessment;
  const model = build(assessment);
  const evidence = section(model, 'evidence');
  const table = evidence.blocks.find((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table')!;
  const rowWith = (needle: string) => table.rows.find((row) => row[3]?.text.includes(needle))?.map((cell) => cell.text);

  it('quotes the vendor’s documents after the law library excerpts and before the SCC annexes', () => {
    expect(model.sections.map((s) => s.key)).toEqual(['prechecks', 'step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'conclusion', 'library', 'evidence', 'appendix']);
    expect(evidence.title).toBe('Facts from the vendor’s documents');
    expect(evidence.status).toBeNull();
  });

  it('names each document with its SHA-256 and import date, then every fact cited from it', () => {
    expect(evidence.blocks.map((b) => b.kind)).toEqual(['heading', 'answers', 'table']);
    expect(evidence.blocks[0]).toEqual({ kind: 'heading', text: TELNYX_DOCUMENT.name });
    const rows = evidence.blocks[1]?.kind === 'answers' ? evidence.blocks[1].rows : [];
    expect(rows.map((r) => [r.label, r.lines[0]?.text])).toEqual([
      ['Vendor', 'Telnyx'],
      ['SHA-256 of the text as imported', assessment.evidence[0]!.document.sha256],
      ['Imported', '2 June 2026, 09:30 UTC'],
    ]);
    expect(table.columns.map((c) => c.header)).toEqual(['Fact', 'As stated', 'Where used', 'Sentence in the document']);
    expect(table.rows).toHaveLength(assessment.evidence.length);
  });

  it('gives each fact its type, its value, where the assessment uses it and its sentence in quotation marks', () => {
    expect(rowWith('To date, Telnyx has never received a US National Security Request')).toEqual([
      'Requests received',
      'None received',
      `Step 3: ${t('wizard.step3.title')}`,
      expect.stringMatching(/^“To date, Telnyx has never received a US National Security Request .*”$/),
    ]);
    expect(rowWith('our headquarters in the US')?.slice(0, 3)).toEqual(['Country', 'United States (US)', 'Party “Telnyx”']);
    expect(rowWith('we use Amazon Web Services data centers')?.slice(0, 3)).toEqual(['Sub-processor', 'Amazon Web Services', 'Party “Amazon Web Services”']);
    expect(rowWith('Already encrypts data in transit')?.slice(0, 3)).toEqual(['Security measure', 'Encryption in transit', expect.stringMatching(/^Step 4: /)]);
    expect(rowWith('Data Processing Agreement (DPA) that includes the EU Standard Contractual Clauses')?.slice(1, 3)).toEqual([
      'Standard Contractual Clauses (SCCs)',
      'Transfer 1: Nordlicht Energie GmbH → Telnyx',
    ]);
    // In the order of the assessment: the parties of the map, its transfers, then the later steps.
    const places = table.rows.map((row) => row[2]?.text ?? '');
    expect(places.indexOf('Party “Telnyx”')).toBe(0);
    expect(places.findIndex((p) => p.startsWith('Step 3'))).toBeGreaterThan(places.findIndex((p) => p.startsWith('Transfer 1')));
  });

  it('points from the transfer map to the quotations', () => {
    expect(textOf(section(model, 'step1'))).toContain(
      t('report.vendorEvidence.pointer', { count: assessment.evidence.length, title: t('report.vendorEvidence.title') }),
    );
  });

  it('says where a cited place has since left the map, and quotes in German with German quotation marks', () => {
    const edited = structuredClone(assessment);
    edited.map.parties = edited.map.parties.filter((p) => p.name !== 'Amazon Web Services');
    edited.map.transfers = edited.map.transfers.filter((tr) => tr.fromPartyId !== 'importer');
    edited.evidence.push({ ...edited.evidence[0]!, usedFor: 'map.parties' });
    const gone = section(build(edited), 'evidence');
    expect(textOf(gone)).toContain('No longer on the map (sub-amazon-web-services)');
    expect(textOf(gone)).toContain(`Step 1: ${t('wizard.step1.title')}`);
    const german = section(reportModelFor(assessment, library, { language: 'de' }), 'evidence');
    expect(german.title).toBe('Angaben aus den Unterlagen des Anbieters');
    expect(textOf(german)).toMatch(/„To date, Telnyx has never received a US National Security Request .*“/);
    expect(textOf(german)).toContain('Partei „Telnyx“');
  });

  it('leaves the section and the pointer out where nothing was cited', () => {
    const without = build({ ...assessment, evidence: [] });
    expect(without.sections.map((s) => s.key)).not.toContain('evidence');
    expect(textOf(section(without, 'step1'))).not.toContain(t('report.vendorEvidence.title'));
    expect(JSON.stringify(model)).not.toMatch(/"(report|vendorFacts)\.[a-zA-Z-]+\.[a-zA-Z._-]+"/);
  });
});
