import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/domain/result';
import type { VerificationResult } from '../../shared/ipc/contract';
import { createServices } from '../../electron/services';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { verifyPdf } from '../../electron/services/signing/verify';
import type { Services, SignedReport, UnlockedIdentity } from '../../electron/services/types';
import { fullAssessment } from '../fixtures/full-assessment';
import { RESOURCES_DIR } from '../fixtures/report-assessment';

const NOW = new Date('2026-11-22T10:00:00.000Z');

let work: string;
let services: Services;
let identity: UnlockedIdentity;
let report: SignedReport;
let pdf: Buffer;
let range: { start: number; firstLength: number; secondStart: number; secondLength: number };

function pdfsig(bytes: Buffer, name: string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  const result = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.stdout + result.stderr;
}

type Outcome = { kind: 'result'; result: VerificationResult } | { kind: 'failure'; code: string };

/** What verification makes of some bytes; anything thrown other than an AppFailure fails the test. */
function outcome(bytes: Buffer): Outcome {
  try {
    return { kind: 'result', result: verifyPdf(bytes) };
  } catch (error) {
    if (error instanceof AppFailure) return { kind: 'failure', code: error.code };
    throw error;
  }
}

/** The only acceptable answers for damaged input: NOT_A_PDF, UNSIGNED_PDF, or a result that says "not valid". */
function expectRejected(bytes: Buffer, what: string): void {
  const seen = outcome(bytes);
  if (seen.kind === 'failure') expect(['NOT_A_PDF', 'UNSIGNED_PDF'], what).toContain(seen.code);
  else expect(seen.result.valid, `${what}: ${seen.result.problems.join(' ')}`).toBe(false);
}

function flip(bytes: Buffer, position: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[position] = (copy[position] ?? 0) ^ 0x01;
  return copy;
}

const isSigned = (position: number) =>
  (position >= range.start && position < range.start + range.firstLength) ||
  (position >= range.secondStart && position < range.secondStart + range.secondLength);

/** Byte offset of `needle` (searched from `from`), plus `delta`. */
function at(needle: string, delta = 0, from = 0): number {
  const index = pdf.indexOf(needle, from, 'latin1');
  if (index === -1) throw new Error(`"${needle}" not found`);
  return index + delta;
}

/** The first byte at or after `index` that is not whitespace: inside binary data a flip there changes content. */
function solidByte(index: number): number {
  let position = index;
  while (/\s/.test(String.fromCharCode(pdf[position] ?? 0))) position += 1;
  return position;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dtia-tamper-'));
  services = createServices({ dataDir: join(work, 'data'), resourcesDir: RESOURCES_DIR, now: () => NOW, appVersion: '1.2.3' });
  identity = createThrowawayIdentity(NOW);
  report = await services.reports.renderAndSign(fullAssessment(), identity);
  pdf = report.pdf;
  const match = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1'));
  const [start, firstLength, secondStart, secondLength] = (match ?? []).slice(1).map(Number) as number[];
  range = { start: start ?? 0, firstLength: firstLength ?? 0, secondStart: secondStart ?? 0, secondLength: secondLength ?? 0 };
});

afterAll(() => {
  services.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the untouched report', () => {
  it('is valid for us and for poppler, and covers the whole file', () => {
    expect(verifyPdf(pdf)).toMatchObject({ valid: true, coversWholeDocument: true, changedAfterSigning: false, contentHash: report.contentHash });
    expect(pdfsig(pdf, 'original.pdf')).toContain('Signature is Valid.');
    expect(range.secondStart + range.secondLength).toBe(pdf.length);
  });
});

describe('one changed byte inside the signed ranges', () => {
  const positions: [string, () => number][] = [
    ['the PDF version in the header', () => at('%PDF-1.', 7)],
    ['the first page’s compressed content stream', () => at('stream\n', 20, at('/Type /Page'))],
    ['an embedded font program', () => solidByte(at('stream\n', 500, at('/FontFile2')))],
    ['the content hash in the document information', () => at('(', 10, at(`(${report.contentHash}`))],
    ['the creator in the document information', () => at('(DTIA Studio', 3)],
    ['the cross-reference table of the report', () => at('\nxref\n', 40)],
    ['the byte range itself', () => at('/ByteRange [0 ', 15)],
    ['the signing reason in the signature dictionary', () => at('/Reason (Approval', 12)],
    ['the signing time in the signature dictionary', () => at('/M (D:', 8, range.secondStart - 2000)],
    ['the trailer of the signature’s update', () => pdf.lastIndexOf('/Root') + 6],
  ];

  for (const [where, position] of positions) {
    it(`is detected by us and by poppler: ${where}`, () => {
      const index = position();
      expect(isSigned(index), where).toBe(true);
      expect(/\s/.test(String.fromCharCode(pdf[index] ?? 0)), `${where} is not whitespace`).toBe(false);
      const tampered = flip(pdf, index);
      expectRejected(tampered, where);
      expect(pdfsig(tampered, 'flipped.pdf'), where).not.toContain('Signature is Valid.');
    });
  }

  it('is never accepted and never breaks verification, wherever it is (200 random positions)', () => {
    for (let i = 0; i < 200; i++) {
      const index = randomBytes(4).readUInt32BE(0) % pdf.length;
      const tampered = flip(pdf, index);
      if (isSigned(index)) expectRejected(tampered, `byte ${index}`);
      else expect(['result', 'failure']).toContain(outcome(tampered).kind);
    }
  });
});

describe('bytes added after the signature', () => {
  it('flags appended bytes as a change after signing, while the signature itself still holds', () => {
    const appended = Buffer.concat([pdf, Buffer.from('\n% appended after signing\n', 'latin1')]);
    expect(verifyPdf(appended)).toMatchObject({ valid: true, coversWholeDocument: false, changedAfterSigning: true });
    expect(pdfsig(appended, 'appended.pdf')).toContain('Not total document signed');
  });

  it('flags an incremental update that rewrites the document information, and still reads the signed content hash', () => {
    const text = pdf.toString('latin1');
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
    const trailer = [...text.matchAll(/trailer\s*<<([\s\S]*?)>>/g)].pop()?.[1] ?? '';
    const size = Number(/\/Size (\d+)/.exec(trailer)?.[1]);
    const root = /\/Root (\d+ \d+ R)/.exec(trailer)?.[1];
    const object = `\n${size} 0 obj\n<< /Title (Changed after signing) /DTIAContentHash (${'0'.repeat(64)}) >>\nendobj\n`;
    const xrefAt = pdf.length + object.length;
    const update =
      `${object}xref\n${size} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
      `trailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const updated = Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
    const infoPath = join(work, 'updated.pdf');
    writeFileSync(infoPath, updated);
    expect(spawnSync('pdfinfo', [infoPath], { encoding: 'utf8' }).stdout).toContain('Changed after signing');

    expect(verifyPdf(updated)).toMatchObject({
      valid: true,
      coversWholeDocument: false,
      changedAfterSigning: true,
      contentHash: report.contentHash,
    });
    expect(pdfsig(updated, 'updated.pdf')).toContain('Not total document signed');
  });
});

describe('damaged and foreign input', () => {
  it('answers truncated copies with NOT_A_PDF, UNSIGNED_PDF or "not valid"', () => {
    const cuts = [0, 1, 5, 100, 1000, Math.floor(pdf.length / 2), range.firstLength - 10, range.firstLength + 100, range.secondStart + 10, pdf.length - 6, pdf.length - 1];
    for (const cut of cuts) expectRejected(pdf.subarray(0, cut), `first ${cut} bytes`);
  });

  it('answers random bytes with NOT_A_PDF', () => {
    for (const size of [0, 1, 10, 1024, 100_000]) {
      expect(outcome(randomBytes(size))).toEqual({ kind: 'failure', code: 'NOT_A_PDF' });
    }
    expect(outcome(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'))).toEqual({ kind: 'failure', code: 'UNSIGNED_PDF' });
  });

  it('answers hand-made broken signatures with a clean "not valid"', () => {
    const shell = (dictionary: string) => Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Sig ${dictionary} >>\nendobj\n%%EOF`, 'latin1');
    const broken = [
      shell('/ByteRange [0 10 20 999999999999] /Contents <00>'),
      shell('/ByteRange [0 0 0 0] /Contents <>'),
      shell('/ByteRange [5 10 20 30] /Contents <00>'),
      shell('/ByteRange [0 999999999999999 999999999999999 1] /Contents <00>'),
    ];
    // Well-formed byte ranges around contents that are no signature, so that verification gets as far as reading them.
    const around = (contents: string) => {
      const head = '%PDF-1.7\n1 0 obj\n<< /Type /Sig /ByteRange [0 ########## ########## ##########] /Contents ';
      const tail = ' /Reason (x) >>\nendobj\n%%EOF';
      const numbers = [head.length, head.length + contents.length, tail.length].map((n) => String(n).padEnd(10, ' '));
      let filled = head;
      for (const number of numbers) filled = filled.replace('##########', number);
      return Buffer.from(filled + contents + tail, 'latin1');
    };
    for (const contents of ['<zz>', '<3082>', `<${randomBytes(300).toString('hex')}>`, '<>', '<0>', `<${'00'.repeat(400)}>`]) {
      broken.push(around(contents));
    }
    broken.forEach((bytes, index) => expectRejected(bytes, `broken signature ${index}`));
  });

  it('rejects a signature taken from another report', async () => {
    const other = await services.reports.renderAndSign({ ...fullAssessment(), title: 'Another assessment' }, identity);
    const contents = (bytes: Buffer) => {
      const match = /\/ByteRange\s*\[\s*\d+\s+(\d+)\s+(\d+)/.exec(bytes.toString('latin1'));
      return { from: Number(match?.[1]), to: Number(match?.[2]) };
    };
    const mine = contents(pdf);
    const theirs = contents(other.pdf);
    const theirSignature = other.pdf.subarray(theirs.from, theirs.to);
    expect(theirSignature.length).toBe(mine.to - mine.from);
    const swapped = Buffer.concat([pdf.subarray(0, mine.from), theirSignature, pdf.subarray(mine.to)]);
    expectRejected(swapped, 'swapped signature');
    expect(pdfsig(swapped, 'swapped.pdf')).not.toContain('Signature is Valid.');
  });
});
