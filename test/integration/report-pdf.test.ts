import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyAssessment, type Assessment } from '../../shared/domain/assessment';
import { canonicalJson, serializeInterchange } from '../../shared/domain/interchange';
import type { LawLibrary } from '../../shared/domain/law-library';
import { createI18n } from '../../shared/i18n';
import { isVisible } from '../../shared/wizard/completeness';
import { applyProfileToAssessment } from '../../shared/vendors/apply-to-assessment';
import { STEPS } from '../../shared/wizard/steps';
import { contentHash } from '../../electron/services/report/content-hash';
import { loadReportFonts } from '../../electron/services/report/fonts';
import { renderReportPdf } from '../../electron/services/report/render-report-pdf';
import { reportFileName } from '../../electron/services/report/report-file-name';
import { RESOURCES_DIR, UNICODE_LINE, reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';
import { reportModelFor } from '../fixtures/report-model';
import { PAGE, inBody, squeeze, tool, wordsByPage, type Word } from '../fixtures/report-pdf-inspection';
import { TELNYX_DOCUMENT, telnyxProfile } from '../fixtures/vendor-profile';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const i18n = createI18n('en');
const t = (key: string, options?: Record<string, unknown>): string => i18n.t(key, options ?? {});

let work: string;
let library: LawLibrary;

/**
 * pdftotext reads a hyphen at the end of a line as hyphenation and drops it, so a URL broken after a hyphen comes
 * back without it; URLs are compared without hyphens.
 */
const squeezeUrl = (text: string) => squeeze(text).replace(/-/g, '');

/** The text of the text area only, without running headers and footers that would split a text across pages. */
function bodyText(path: string): string {
  const band = ['-x', '0', '-y', String(PAGE.top - 2), '-W', String(Math.ceil(PAGE.width)), '-H', String(Math.ceil(PAGE.bottom - PAGE.top + 4))];
  return tool('pdftotext', ['-enc', 'UTF-8', ...band, path, '-']).stdout;
}

/** Each page's words must sit inside the text area, or in the header band above it or the footer band below it. */
function expectInsideTheTextArea(pages: Word[][]): void {
  pages.forEach((words, index) => {
    for (const word of words) {
      const where = `page ${index + 1}: "${word.text}" at ${word.xMin.toFixed(1)},${word.yMin.toFixed(1)}–${word.xMax.toFixed(1)},${word.yMax.toFixed(1)}`;
      expect(word.xMin, where).toBeGreaterThanOrEqual(PAGE.left - 0.5);
      expect(word.xMax, where).toBeLessThanOrEqual(PAGE.right + 0.5);
      const header = word.yMax <= 48;
      const footer = word.yMin >= 792 && word.yMax <= PAGE.height - 20;
      expect(header || footer || inBody(word), where).toBe(true);
    }
  });
}

/** The text of the lowest line of the text area on each page. */
function lastBodyLines(pages: Word[][]): string[] {
  return pages.map((words) => {
    const body = words.filter(inBody);
    const lowest = Math.max(...body.map((w) => w.yMin));
    return body
      .filter((w) => Math.abs(w.yMin - lowest) < 0.5)
      .map((w) => w.text)
      .join(' ');
  });
}

/** SHA-256 of the canonical JSON of the assessment as the report attaches it: what a verifier recomputes. */
const attachedHash = (assessment: Assessment): string => {
  const attached = (JSON.parse(serializeInterchange(assessment, NOW.toISOString())) as { assessment: unknown }).assessment;
  return createHash('sha256').update(canonicalJson(attached), 'utf8').digest('hex');
};

/** The report as the report service renders it before signing: the model in English, the assessment attached. */
async function render(assessment: Assessment, name: string, confidentiality = ''): Promise<string> {
  const model = reportModelFor(assessment, library, { contentHash: contentHash(assessment), confidentiality });
  const pdf = await renderReportPdf(model, loadReportFonts(join(RESOURCES_DIR, 'fonts')), {
    fileName: 'assessment.dtia.json',
    content: serializeInterchange(assessment, NOW.toISOString()),
  });
  const path = join(work, name);
  writeFileSync(path, pdf);
  return path;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dtia-report-pdf-'));
  library = shippedLawLibrary();
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the report of a fully answered assessment', () => {
  let assessment: Assessment;
  let path: string;
  let text: string;
  let body: string;
  let squeezed: string;
  let pageCount: number;

  beforeAll(async () => {
    assessment = reportAssessment(library);
    path = await render(assessment, 'full.pdf');
    text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).stdout;
    body = bodyText(path);
    squeezed = squeeze(body);
    pageCount = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [path]).stdout)?.[1]);
  });

  const pageText = (page: number) => tool('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-']).stdout;
  const pageWith = (needle: string): number => {
    for (let page = 1; page <= pageCount; page++) if (squeeze(pageText(page)).includes(squeeze(needle))) return page;
    throw new Error(`no page shows "${needle}"`);
  };

  it('has every step title, every section heading and the appendix', () => {
    for (const step of STEPS) {
      expect(text, step.key).toContain(t(step.titleKey));
      for (const section of step.sections) {
        if (section.questions.some((q) => isVisible(q, assessment))) expect(squeezed, section.id).toContain(squeeze(t(section.titleKey)));
      }
    }
    for (const annex of ['IA', 'IB', 'IC', 'II', 'III']) expect(squeezed, annex).toContain(squeeze(t(`report.annexes.${annex}`)));
  });

  it('prints the answers', () => {
    const { map, step3, step4, step5, step6, conclusion } = assessment;
    const answers = [
      ...map.parties.flatMap((p) => [p.name, p.address]),
      ...map.transfers.flatMap((tr) => [...tr.dataCategories, ...tr.dataSubjects, tr.purpose, tr.retention, tr.tool.details]),
      ...step3.laws.flatMap((law) => [law.name, law.reasoning, law.notes, ...law.answers.map((a) => a.note)]),
      step3.overallReasoning,
      ...step4.measures.map((m) => m.note),
      ...step5.checklist.map((c) => c.evidence),
      step6.otherTriggers,
      ...step6.triggers.map((id) => t(`triggers.${id}`)),
      conclusion.overrideJustification,
      conclusion.rationale,
      conclusion.assessor,
      conclusion.approver,
      t(`options.outcome.${conclusion.outcome}`),
    ];
    for (const answer of answers.filter((a) => a.trim() !== '')) expect(squeezed, answer).toContain(squeeze(answer));
    expect(text).not.toContain(t('report.notAnswered'));
  });

  it('draws the transfer map as vector graphics with the parties’ names, roles and countries', () => {
    const page = pageWith(t('report.map.caption'));
    const words = wordsByPage(path)[page - 1] ?? [];
    const caption = words.find((w) => w.text === 'Transfer' && words.some((x) => x.text === 'map:' && Math.abs(x.yMin - w.yMin) < 1));
    expect(caption, 'map caption').toBeDefined();
    // The drawing sits above its caption: the parties' names appear there, once each, in the boxes.
    const drawing = words.filter((w) => caption && w.yMax < caption.yMin && w.yMin > caption.yMin - 140);
    const drawingText = squeeze(drawing.map((w) => w.text).join(' '));
    for (const party of assessment.map.parties) expect(drawingText, party.name).toContain(squeeze(party.name));
    expect(drawingText).toContain(squeeze('Sub-processor, processor'));
    expect(drawingText).toContain(squeeze('United States (US)'));
    // Vector, not a picture: the report holds no raster image at all.
    const images = tool('pdfimages', ['-list', path]).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(images).toEqual([]);
  });

  it('shows the arithmetic and the chart with its axes, legend and limit', () => {
    expect(squeezed).toContain(squeeze('P over 5 years before measures = 1 − (1 − p)^T ='));
    expect(squeezed).toContain(squeeze('p per year after measures = 1 − Π(1 − p_s) ='));
    expect(squeezed).toContain(squeeze('ln(1 − c) / ln(1 − p) = ln(1 − 0.9)'));
    const chartPage = pageText(pageWith(t('report.chart.title', { years: 5 })));
    for (const label of [t('report.chart.before'), t('report.chart.after'), t('report.chart.xAxis'), `${t('report.chart.limit')} 10 %`, '12.5 %']) {
      expect(chartPage, label).toContain(label);
    }
  });

  it('shows every assessed law with its citation, questionnaire, sources, "as of" date and caveat', () => {
    for (const row of assessment.step3.laws) {
      const law = library.countries.flatMap((c) => c.laws).find((l) => l.id === row.lawId);
      if (!law) throw new Error(`no library law ${row.lawId}`);
      expect(squeezed, law.id).toContain(squeeze(law.citation));
      for (const question of law.questionnaire) expect(squeezed, question.id).toContain(squeeze(question.text));
      for (const source of law.sources) {
        expect(squeezeUrl(body), `${law.id} ${source.url}`).toContain(squeezeUrl(source.url));
        expect(squeezed, `${law.id} ${source.title}`).toContain(squeeze(source.title));
      }
      const prefix = { confirmed: null, partly: 'Partly confirmed:', unconfirmed: 'Unconfirmed:', conflicting: 'Conflicting sources:' }[law.confidence];
      if (prefix) expect(squeezed, law.id).toContain(squeeze(`${prefix} ${law.caveat ?? ''}`));
    }
  });

  it('names parties, destination, outcome, assessment id and content hash on the cover', () => {
    const cover = pageText(1);
    const hash = attachedHash(assessment);
    expect(cover.split('\n')).toContain(hash);
    expect(cover).toContain(assessment.id);
    expect(squeeze(cover)).toContain(squeeze(assessment.title));
    for (const party of assessment.map.parties) expect(squeeze(cover)).toContain(squeeze(party.name));
    expect(cover).toContain('United States (US)');
    expect(squeeze(cover)).toContain(squeeze(t(`options.outcome.${assessment.conclusion.outcome}`)));
  });

  it('renders characters beyond Latin-1 from the embedded fonts', () => {
    expect(text.split('\n')).toContain(UNICODE_LINE);
    const fonts = tool('pdffonts', [path]).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    const names = fonts.map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic']);
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });

  it('numbers every page "Page X of Y"', () => {
    expect(pageCount).toBeGreaterThan(10);
    for (let page = 1; page <= pageCount; page++) expect(pageText(page), `page ${page}`).toContain(`Page ${page} of ${pageCount}`);
  });

  it('keeps all text inside the page’s text area and no heading at the foot of a page', () => {
    const pages = wordsByPage(path);
    expect(pages).toHaveLength(pageCount);
    expectInsideTheTextArea(pages);
    const headings = new Set([
      ...STEPS.flatMap((step) => [t(step.titleKey), ...step.sections.map((s) => t(s.titleKey))]),
      ...assessment.step3.laws.map((law) => law.name),
    ]);
    lastBodyLines(pages).forEach((line, index) => expect(headings.has(line), `page ${index + 1} ends with "${line}"`).toBe(false));
  });

  it('carries the content hash and the assessment id in the document information', () => {
    const info = tool('pdfinfo', ['-custom', path]).stdout;
    const hash = attachedHash(assessment);
    expect(info).toMatch(new RegExp(`DTIAContentHash:\\s*${hash}`));
    expect(info).toMatch(new RegExp(`DTIAAssessmentId:\\s*${assessment.id}`));
    expect(tool('pdfinfo', [path]).stdout).toMatch(new RegExp(`Subject:.*${hash}`));
  });

  it('passes qpdf’s structural check', () => {
    const check = tool('qpdf', ['--check', path]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });
});

describe('the report of a long and a blank assessment', () => {
  it('repeats table header rows on every page a long table runs onto and keeps long texts in the text area', async () => {
    const assessment = reportAssessment(library);
    assessment.title = `${'Very long assessment title '.repeat(11)}end`.slice(0, 300);
    for (let i = 0; i < 45; i++) {
      assessment.map.parties.push({
        id: `sub-${i}`,
        name: `Recipient ${String(i + 1).padStart(2, '0')} Sub-processing GmbH`,
        kind: 'sub-processor',
        role: 'processor',
        country: i % 2 === 0 ? 'US' : 'IN',
        entityType: 'company',
        address: `Street ${i + 1}, ${'Business Park '.repeat((i % 3) + 1)}`,
        contact: `privacy${i}@recipient.example`,
      });
    }
    const unbroken = 'x'.repeat(400);
    const first = assessment.map.transfers[0];
    if (first) first.purpose = `${'The data is used to route customer calls and messages. '.repeat(330)}${unbroken}`.slice(0, 20_000);
    const measure = assessment.step4.measures[1];
    if (measure) measure.note = 'TLS everywhere. '.repeat(600);
    const path = await render(assessment, 'long.pdf');

    const raw = tool('pdftotext', ['-raw', path, '-']).stdout.split('\f');
    const headers = ['party', 'kind', 'role', 'country', 'addressContact'].map((key) => squeeze(t(`report.map.${key}`)));
    // The parties table is in step 1; the appendix lists the same sub-processors again in Annex III.
    const step2 = raw.findIndex((page) => page.includes('STEP 2'));
    const pagesWithRows = raw
      .map((page, index) => ({ page, index }))
      .filter(({ page, index }) => index < step2 && /Recipient \d\d/.test(page) && /privacy\d+@recipient/.test(page));
    expect(pagesWithRows.length).toBeGreaterThan(1);
    for (const { page, index } of pagesWithRows) for (const header of headers) expect(squeeze(page), `page ${index + 1}`).toContain(header);

    const text = squeeze(bodyText(path));
    expect(text).toContain(squeeze(first?.purpose ?? 'missing'));
    expect(text).toContain('Recipient45');
    expectInsideTheTextArea(wordsByPage(path));
    expect(tool('qpdf', ['--check', path]).status).toBe(0);
  });

  it('renders an empty assessment with "Not answered" where answers are required', async () => {
    const assessment = createEmptyAssessment({ id: '00000000-0000-4000-8000-00000000000e', title: 'Łódź draft', now: NOW.toISOString() });
    const path = await render(assessment, 'empty.pdf');
    const text = tool('pdftotext', ['-enc', 'UTF-8', path, '-']).stdout;
    expect(text).toContain('Not answered');
    expect(text).toContain('No outcome has been recorded yet.');
    expect(text).toContain('Łódź draft');
    expectInsideTheTextArea(wordsByPage(path));
    expect(tool('qpdf', ['--check', path]).status).toBe(0);
  });
});

describe('the report of an assessment filled from Telnyx’s document', () => {
  let assessment: Assessment;
  let path: string;
  let body: string;

  beforeAll(async () => {
    const start = createEmptyAssessment({ id: '00000000-0000-4000-8000-0000000000f1', title: 'Telnyx voice and messaging', now: NOW.toISOString() });
    start.map.parties[0]!.name = 'Nordlicht Energie GmbH';
    assessment = applyProfileToAssessment(start, telnyxProfile()).assessment;
    path = await render(assessment, 'telnyx-evidence.pdf');
    body = squeeze(bodyText(path));
  });

  it('quotes the sentences of the facts it took from the document, under the document’s name and hash', () => {
    expect(body).toContain(squeeze(t('report.vendorEvidence.title')));
    expect(body).toContain(squeeze(TELNYX_DOCUMENT.name));
    expect(body).toContain(assessment.evidence[0]!.document.sha256);
    expect(body).toContain(
      squeeze(
        '“To date, Telnyx has never received a US National Security Request (including requests for access under FISA 702 or direct access under EO 12333) in connection with customer personal data.”',
      ),
    );
    // Every sentence, without hyphens: pdftotext drops one that ends a line ("(\"EO 12333\") -" before a break).
    for (const link of assessment.evidence) expect(body.replace(/-/g, ''), link.factId).toContain(squeezeUrl(link.sentence));
  });

  it('keeps the table in the text area and hashes the cited facts with the assessment', () => {
    expectInsideTheTextArea(wordsByPage(path));
    const cover = tool('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-']).stdout;
    expect(cover.split('\n')).toContain(attachedHash(assessment));
    expect(attachedHash(assessment)).not.toBe(attachedHash({ ...assessment, evidence: [] }));
    expect(tool('qpdf', ['--check', path]).status).toBe(0);
  });
});

describe('the confidentiality marking', () => {
  const header = (path: string, page: number) =>
    (wordsByPage(path)[page - 1] ?? [])
      .filter((w) => w.yMax <= 48)
      .map((w) => w.text)
      .join(' ');

  it('is printed in full even at the longest length a user may enter, and the running header gives way to it', async () => {
    const marking = `STRICTLY CONFIDENTIAL — ${'Internal use by the data protection team only '.repeat(2)}`.slice(0, 80).trim();
    const path = await render(reportAssessment(library), 'marking.pdf', marking);
    const top = header(path, 2);
    expect(squeeze(top)).toContain(squeeze(marking));
    expect(top).toContain('Data Transfer Impact Assessment');
    expect(header(path, 1)).toBe('');
  });

  it('is absent when none is chosen: the running header alone', async () => {
    const path = await render(reportAssessment(library), 'no-marking.pdf');
    const top = header(path, 2);
    expect(top.startsWith('Data Transfer Impact Assessment')).toBe(true);
    expect(top).not.toContain('CONFIDENTIAL');
  });
});

describe('the report’s file name', () => {
  it('is "DTIA-<title as ASCII slug>-<date>.pdf"', () => {
    const day = new Date('2026-11-22T23:30:00.000Z');
    expect(reportFileName('Kundensupport – Twilio (Zürich, Łódź, São Paulo) ß', day)).toBe(
      'DTIA-kundensupport-twilio-zurich-lodz-sao-paulo-ss-2026-11-22.pdf',
    );
    expect(reportFileName('„“ / \\ :*?', day)).toBe('DTIA-assessment-2026-11-22.pdf');
    expect(reportFileName('x'.repeat(300), day)).toBe(`DTIA-${'x'.repeat(60)}-2026-11-22.pdf`);
  });
});
