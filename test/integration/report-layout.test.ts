import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentSchema, type Assessment } from '../../shared/domain/assessment';
import { parseInterchange, serializeInterchange } from '../../shared/domain/interchange';
import type { ReportModel } from '../../shared/report/model';
import { contentHash } from '../../electron/services/report/content-hash';
import { loadReportFonts } from '../../electron/services/report/fonts';
import { INFO_SIGNOFF_BOXES, type SignOffBoxPlacement } from '../../electron/services/report/pdf-info-keys';
import { renderReportPdf } from '../../electron/services/report/render-report-pdf';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { signPdf } from '../../electron/services/signing/sign';
import { verifyPdf } from '../../electron/services/signing/verify';
import { signingOptions } from './support/signing-pdf';
import { LONG_URL, LONG_WORD, UNBROKEN_WORD, largeAssessment } from '../fixtures/large-assessment';
import { RESOURCES_DIR, shippedLawLibrary } from '../fixtures/report-assessment';
import { reportModelFor } from '../fixtures/report-model';
import {
  PAGE,
  bodyLines,
  inBody,
  pageTexts,
  pdfObjects,
  pdfText,
  squeeze,
  tool,
  wordsByPage,
  type PdfObject,
  type Word,
} from '../fixtures/report-pdf-inspection';

const MARKING = 'Vertraulich — nur für den internen Gebrauch';
/** Headings are set at 10.6 pt and more, text at 9.6 pt and less; poppler's word boxes are about 1.16 em high. */
const HEADING_BOX_HEIGHT = 12;

interface Rendered {
  name: string;
  assessment: Assessment;
  model: ReportModel;
  path: string;
  pages: Word[][];
  texts: string[];
}

let work: string;
const rendered: Rendered[] = [];

async function render(name: string, assessment: Assessment, language: 'en' | 'de', confidentiality: string): Promise<Rendered> {
  const model = reportModelFor(assessment, shippedLawLibrary(), { language, confidentiality, contentHash: contentHash(assessment) });
  const pdf = await renderReportPdf(model, loadReportFonts(join(RESOURCES_DIR, 'fonts')), {
    fileName: 'assessment.dtia.json',
    content: serializeInterchange(assessment, model.info.generatedAt),
  });
  const path = join(work, `${name}.pdf`);
  writeFileSync(path, pdf);
  return { name, assessment, model, path, pages: wordsByPage(path), texts: pageTexts(path) };
}

function telnyxSample(): Assessment {
  const parsed = parseInterchange(readFileSync(join(RESOURCES_DIR, 'examples/telnyx-sample.dtia.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.assessment;
}

/** Every heading of the model, as the reader sees it: section titles, headings, subheadings, the fixed pages' titles. */
function headingTexts(model: ReportModel): Set<string> {
  const texts = [model.executiveSummary.title, model.executiveSummary.reasonsTitle, model.executiveSummary.openItemsTitle, model.contentsTitle, model.signOff.title];
  for (const section of model.sections) {
    texts.push(section.title, section.label.toUpperCase());
    for (const block of section.blocks) if (block.kind === 'heading' || block.kind === 'subheading') texts.push(block.text);
  }
  return new Set(texts.map(squeeze));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dtia-report-layout-'));
  const library = shippedLawLibrary();
  rendered.push(await render('large', largeAssessment(library), 'en', MARKING));
  rendered.push(await render('large-de', largeAssessment(library), 'de', MARKING));
  rendered.push(await render('telnyx', telnyxSample(), 'en', 'Confidential'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the large assessment', () => {
  it('is valid, deterministic and as large as promised', () => {
    const library = shippedLawLibrary();
    const assessment = largeAssessment(library);
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
    expect(JSON.stringify(largeAssessment(library))).toBe(JSON.stringify(assessment));
    expect(assessment.map.transfers).toHaveLength(60);
    expect(assessment.map.parties.filter((p) => p.kind === 'sub-processor')).toHaveLength(25);
    const countries = new Set(assessment.map.parties.map((p) => p.country));
    for (const country of ['US', 'IN', 'CN', 'BR']) expect(countries.has(country), country).toBe(true);
    expect(LONG_URL).toHaveLength(200);
    const text = JSON.stringify(assessment);
    for (const needle of ['ąćęłńóśźż'.split(''), ['Ä', 'Ö', 'Ü', 'ß', '„', '“'], [LONG_WORD, UNBROKEN_WORD, LONG_URL]].flat()) {
      expect(text, needle).toContain(needle);
    }
    expect(assessment.step3.laws.length).toBeGreaterThan(10);
    expect(assessment.step3.risk.scenarios.length).toBeGreaterThan(10);
    expect(assessment.step5.checklist.length).toBeGreaterThan(10);
  });
});

describe.each(['large', 'large-de', 'telnyx'])('the %s report', (name) => {
  const report = () => rendered.find((r) => r.name === name) as Rendered;

  it('keeps every word inside the page margins, and the text area free of the header and footer', () => {
    const { pages } = report();
    expect(pages.length).toBeGreaterThan(name === 'telnyx' ? 30 : 200);
    pages.forEach((words, index) => {
      for (const word of words) {
        const where = `page ${index + 1}: "${word.text}" at ${word.xMin.toFixed(1)},${word.yMin.toFixed(1)}–${word.xMax.toFixed(1)},${word.yMax.toFixed(1)}`;
        expect(word.xMin, where).toBeGreaterThanOrEqual(PAGE.left - 0.5);
        expect(word.xMax, where).toBeLessThanOrEqual(PAGE.right + 0.5);
        const header = word.yMin >= 30 && word.yMax <= 48;
        const footer = word.yMin >= 792 && word.yMax <= 810;
        expect(header || footer || inBody(word), where).toBe(true);
      }
    });
  });

  it('sets the long URL, the long compounds and the non-Latin-1 letters in full', () => {
    const { texts } = report();
    const all = squeeze(texts.join('\n')).replace(/-/g, '');
    if (name === 'telnyx') {
      expect(all).toContain(squeeze('Contact Centre GmbH'));
      return;
    }
    // Text extraction drops a hyphen at the end of a line; compare without hyphens.
    expect(all).toContain(LONG_URL.replace(/-/g, ''));
    expect(all).toContain(UNBROKEN_WORD);
    expect(all).toContain(LONG_WORD.replace(/-/g, ''));
    for (const needle of ['MałgorzataWójcikŚwiątek', 'Größmann', '„Vertraulichkeit“', 'Źródłem', 'Żadne', 'Zażółćgęśląjaźń']) expect(all, needle).toContain(needle);
  });

  it('keeps every heading with at least two lines of what follows it', () => {
    const { pages, model } = report();
    const headings = headingTexts(model);
    const isHeadingLine = (line: ReturnType<typeof bodyLines>[number]) =>
      line.height >= HEADING_BOX_HEIGHT && [...headings].some((heading) => heading.includes(squeeze(line.text)));
    pages.forEach((words, index) => {
      if (index === 0) return;
      const lines = bodyLines(words);
      let last = -1;
      lines.forEach((line, i) => {
        if (isHeadingLine(line)) last = i;
      });
      if (last < 0) return;
      const heading = lines[last] as (typeof lines)[number];
      expect(lines.length - 1 - last, `page ${index + 1}: the heading "${heading.text}" is followed by less than two lines`).toBeGreaterThanOrEqual(2);
    });
  });

  it('repeats the header row at the top of every page a table runs onto', () => {
    const { pages, model } = report();
    const tables = model.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' ? [block] : [])));
    expect(tables.length).toBeGreaterThan(0);
    // Cell text starts 4.5 pt inside its column (right-aligned figures end 4.5 pt inside it); columns share the text
    // width by their weights (blocks/table.ts).
    const geometry = (table: (typeof tables)[number]) => {
      const total = table.columns.reduce((sum, column) => sum + column.weight, 0);
      let x = PAGE.left;
      return table.columns.map((column) => {
        const width = ((PAGE.right - PAGE.left) * column.weight) / total;
        const cell = { start: x + 4.5, end: x + width - 4.5, numeric: column.numeric === true };
        x += width;
        return cell;
      });
    };
    // A line of a table: its words fall into two or more runs (cells), each starting (or, for figures, ending) at one of
    // the table's columns. Prose has one run: its words are a space apart.
    const isRowOf = (line: ReturnType<typeof bodyLines>[number], table: (typeof tables)[number]) => {
      const runs: { xMin: number; xMax: number }[] = [];
      for (const word of line.words) {
        const last = runs[runs.length - 1];
        if (last && word.xMin - last.xMax < 4) last.xMax = word.xMax;
        else runs.push({ xMin: word.xMin, xMax: word.xMax });
      }
      const cells = geometry(table);
      return runs.length >= 2 && runs.every((run) => cells.some((cell) => (cell.numeric ? Math.abs(run.xMax - cell.end) < 1 : Math.abs(run.xMin - cell.start) < 0.8)));
    };
    // A header line: every word is (a piece of, where a word had to break) a word of the table's column headers.
    const isHeaderOf = (line: ReturnType<typeof bodyLines>[number], table: (typeof tables)[number]) =>
      line.words.every((word) => table.columns.some((column) => column.header.includes(word.text)));
    let continued = 0;
    pages.forEach((words, index) => {
      const lines = bodyLines(words);
      // A table starts with its header row; so does the part of a table that runs onto this page, at its top. So the
      // first line of any table on the page is a header line.
      const first = lines.findIndex((line) => tables.some((table) => isRowOf(line, table)));
      if (first < 0) return;
      const line = lines[first] as (typeof lines)[number];
      const heads = tables.some((table) => isRowOf(line, table) && isHeaderOf(line, table));
      expect(heads, `page ${index + 1}: table text before its header row: "${line.text}"`).toBe(true);
      if (first === 0) continued += 1;
    });
    if (name !== 'telnyx') expect(continued, 'tables continued on a further page').toBeGreaterThan(0);
  });

  it('lists the sections and their headings in the contents with the pages where they start, and the outline mirrors it', () => {
    const { texts, model, path } = report();
    // The contents: one line per entry (wrapped entries continue on lines without a number).
    const contentsPages = texts.map((text, index) => ({ text, index })).filter(({ text, index }) => index > 0 && index < 8 && text.includes(model.contentsTitle) && /\s\d+\s*$/m.test(text));
    expect(contentsPages.length).toBeGreaterThan(0);
    const start = contentsPages[0]?.index ?? 0;
    const entries: { text: string; page: number }[] = [];
    let pending = '';
    for (let index = start; index < texts.length; index++) {
      const body = (texts[index] ?? '').split('\n').slice(1, -3);
      if (index > start && !body.some((line) => /\S\s{3,}\d+\s*$/.test(line))) break;
      for (const line of body) {
        if (line.trim() === '' || line.trim() === model.contentsTitle) continue;
        const match = /^\s*(.*?)\s{2,}(\d+)\s*$/.exec(line);
        if (match) {
          entries.push({ text: squeeze(`${pending} ${match[1]}`), page: Number(match[2]) });
          pending = '';
        } else pending += ` ${line.trim()}`;
      }
    }
    const expected = [
      { text: model.executiveSummary.title, starts: (page: string) => squeeze(page).startsWith(squeeze(model.executiveSummary.title)) },
      ...model.sections.flatMap((section) => [
        {
          // The contents leave out a label that only repeats the title ("Conclusion: Conclusion").
          text: section.label === section.title ? section.title : `${section.label}: ${section.title}`,
          starts: (page: string) => squeeze(page).includes(squeeze(`${section.label.toUpperCase()} ${section.title}`)),
        },
        ...section.blocks.flatMap((block) => (block.kind === 'heading' ? [{ text: block.text, starts: (page: string) => page.split('\n').some((l) => squeeze(l) === squeeze(block.text)) }] : [])),
      ]),
      { text: `${model.signOff.label}: ${model.signOff.title}`, starts: (page: string) => squeeze(page).includes(squeeze(`${model.signOff.label.toUpperCase()} ${model.signOff.title}`)) },
    ];
    expect(entries.map((e) => e.text)).toEqual(expected.map((e) => squeeze(e.text)));
    // Each entry's page is where its heading is, and no earlier page after the contents shows it.
    let after = start + 1;
    expected.forEach((entry, i) => {
      const page = entries[i]?.page ?? 0;
      const body = (texts[page - 1] ?? '').split('\n').slice(1, -3).join('\n');
      expect(entry.starts(body), `"${entry.text}" on page ${page}`).toBe(true);
      for (let earlier = after; earlier < page - 1; earlier++) {
        expect(entry.starts((texts[earlier] ?? '').split('\n').slice(1, -3).join('\n')), `"${entry.text}" already on page ${earlier + 1}`).toBe(false);
      }
      after = Math.max(after, page - 1);
    });

    const outline = JSON.parse(tool('qpdf', ['--json=2', '--json-key=outlines', path]).stdout) as {
      outlines: { title: string; destpageposfrom1: number; kids: { title: string; destpageposfrom1: number }[] }[];
    };
    const flat = outline.outlines.flatMap((item) => [item, ...item.kids]);
    expect(flat.map((item) => squeeze(item.title))).toEqual(entries.map((e) => e.text));
    expect(flat.map((item) => item.destpageposfrom1)).toEqual(entries.map((e) => e.page));
  });

  it('numbers every page "Page X of Y" and marks every page after the cover as confidential, in bold at the right', () => {
    const { texts, pages, model } = report();
    const marking = model.confidentiality;
    texts.forEach((text, index) => {
      const label = model.pageTemplate.replace('{page}', String(index + 1)).replace('{pages}', String(texts.length));
      expect(text, `page ${index + 1}`).toContain(label);
      if (index === 0) expect(text).not.toContain(marking);
      else {
        const header = (pages[index] ?? []).filter((w) => w.yMax <= 48);
        const markingWords = header.filter((w) => marking.split(' ').includes(w.text) && w.xMin > PAGE.width / 2);
        expect(squeeze(markingWords.map((w) => w.text).join(' ')), `page ${index + 1}`).toBe(squeeze(marking));
        expect(Math.max(...markingWords.map((w) => w.xMax)), `page ${index + 1}`).toBeCloseTo(PAGE.right, 0);
      }
    });
  });

  it('is a tagged PDF in the report’s language, with its title shown and its metadata', () => {
    const { path, model } = report();
    const info = tool('pdfinfo', [path]).stdout;
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    for (const [key, value] of [
      ['Title', model.info.title],
      ['Subject', model.info.subject],
      ['Keywords', model.info.keywords],
      ['Author', model.info.author],
      ['Creator', model.info.creator],
    ] as const) {
      expect(info, key).toContain(`${key}:`);
      expect(squeeze(info), key).toContain(squeeze(`${key}:${value}`));
    }
    const xmp = tool('pdfinfo', ['-meta', path]).stdout;
    expect(xmp).toContain(`<rdf:li>${model.info.language}</rdf:li>`);
    expect(xmp).toContain(model.info.title.replace(/&/g, '&amp;'));

    const objects = pdfObjects(path);
    const catalog = [...objects.values()].find((o) => o['/Type'] === '/Catalog') as PdfObject;
    expect(pdfText(catalog['/Lang'])).toBe(model.info.language);
    expect(catalog['/MarkInfo']).toBeDefined();
    const viewer = objects.get(catalog['/ViewerPreferences'] as string) ?? (catalog['/ViewerPreferences'] as PdfObject);
    expect(viewer['/DisplayDocTitle']).toBe(true);

    // The structure: headings of three levels, lists, tables with header cells, the figures with their captions as alt text.
    const roles = [...objects.values()].map((o) => o['/S']).filter((s): s is string => typeof s === 'string');
    for (const role of ['/Document', '/Sect', '/H1', '/H2', '/P', '/L', '/LI', '/Lbl', '/LBody', '/Table', '/TR', '/TH', '/TD', '/TOC', '/TOCI', '/Link']) {
      expect(roles, role).toContain(role);
    }
    const figures = [...objects.values()].filter((o) => o['/S'] === '/Figure');
    const captions = model.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'transferMap' || block.kind === 'chart' ? [block.caption] : [])));
    expect(figures).toHaveLength(captions.length);
    for (const caption of captions) expect(figures.some((figure) => pdfText(figure['/Alt']).includes(caption)), caption).toBe(true);
  });

  it('passes qpdf’s check, embeds only subsets of its fonts and stays reasonably small', () => {
    const { path } = report();
    const check = tool('qpdf', ['--check', path]);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
    const fonts = tool('pdffonts', [path]).stdout.split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line, line).toMatch(/^[A-Z]{6}\+DejaVu/);
      expect(line, line).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    }
    const pages = report().pages.length;
    expect(readFileSync(path).length / pages, 'bytes per page').toBeLessThan(12_000);
  });

  it('places the two signature boxes on the last page and records where they are', () => {
    const { path, pages, model } = report();
    const custom = tool('pdfinfo', ['-custom', path]).stdout;
    const json = new RegExp(`${INFO_SIGNOFF_BOXES}:\\s*(\\[.*\\])`).exec(custom)?.[1];
    const boxes = JSON.parse(json ?? '[]') as SignOffBoxPlacement[];
    expect(boxes.map((box) => box.role)).toEqual(['assessor', 'approver']);
    const last = pages.length - 1;
    const words = pages[last] ?? [];
    for (const box of boxes) {
      expect(box.page).toBe(last);
      const [x1, y1, x2, y2] = box.rect;
      expect(x2 - x1).toBeGreaterThan(180);
      expect(y2 - y1).toBeGreaterThan(70);
      expect(x1).toBeGreaterThanOrEqual(PAGE.left);
      expect(x2).toBeLessThanOrEqual(PAGE.right);
      // Top-down, as poppler reports word boxes.
      const top = PAGE.height - y2;
      const bottom = PAGE.height - y1;
      expect(top).toBeGreaterThan(PAGE.top);
      expect(bottom).toBeLessThan(PAGE.bottom);
      // The area is empty for the signature; the placeholder is printed just below it, inside the frame.
      expect(words.filter((w) => w.xMin < x2 && w.xMax > x1 && w.yMax > top && w.yMin < bottom)).toEqual([]);
      const placeholder = model.signOff.boxes.find((b) => b.role === box.role)?.placeholder ?? '';
      const below = words.filter((w) => w.xMin >= x1 - 1 && w.xMax <= x2 + 1 && w.yMin > bottom && w.yMin < bottom + 20);
      expect(squeeze(below.map((w) => w.text).join(' '))).toContain(squeeze(placeholder));
    }
    const [assessor, approver] = boxes;
    expect(assessor && approver && assessor.rect[2] < approver.rect[0]).toBe(true);
  });
});

describe('the large report, signed and countersigned', () => {
  it('keeps both signatures valid for poppler, qpdf’s check clean, and our verification complete', async () => {
    const large = rendered.find((r) => r.name === 'large') as Rendered;
    const assessor = createThrowawayIdentity(new Date());
    const approver = createThrowawayIdentity(new Date());
    const signed = await signPdf(readFileSync(large.path), signingOptions(assessor, 'assessor', 'visible'));
    const countersigned = await signPdf(signed, signingOptions(approver, 'approver', 'visible'));
    const path = join(work, 'large-countersigned.pdf');
    writeFileSync(path, countersigned);

    const poppler = tool('pdfsig', [path]).stdout;
    expect(poppler.match(/Signature is Valid\./g)).toHaveLength(2);
    expect(poppler.match(/Signature Type: ETSI\.CAdES\.detached/g)).toHaveLength(2);
    expect(tool('qpdf', ['--check', path]).stdout).toContain('No syntax or stream encoding errors found');

    const result = verifyPdf(countersigned, new Set([approver.info.certificateSha256]));
    expect(result).toMatchObject({ valid: true, revisions: 2, changedAfterLastSignature: false });
    expect(result.signatures.map((s) => [s.role, s.revision, s.laterChanges, s.trusted])).toEqual([
      ['assessor', 1, 'signatures', false],
      ['approver', 2, 'none', true],
    ]);
    expect(result.embedded?.matchesCover).toBe(true);
  }, 60_000);
});
