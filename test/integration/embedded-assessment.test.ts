import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/assessment';
import { serializeInterchange } from '../../shared/domain/interchange';
import {
  findEmbeddedAssessment,
  readEmbeddedAssessment,
  type EmbeddedAssessmentFile,
} from '../../electron/services/report/embedded-assessment';
import { exportFileName } from '../../electron/services/file-name';
import { createThrowawayIdentity } from '../../electron/services/signing/identity';
import { signPdf } from '../../electron/services/signing/sign';
import type { PdfSignatureOptions } from '../../electron/services/signing/signing-types';
import {
  appendAttachment,
  appendRevision,
  embeddedJsonStream,
  makePdf,
  pdfWithAssessment,
  tool,
  withPdfFile,
} from '../fixtures/pdf-attachments';
import { reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';

const DESCRIPTION = 'Die Bewertung als .dtia.json, zum Import in DTIA Studio';

let file: EmbeddedAssessmentFile;
let pdf: Buffer;

beforeAll(async () => {
  const assessment = reportAssessment(shippedLawLibrary());
  file = { fileName: exportFileName(assessment.title), content: serializeInterchange(assessment, '2026-11-22T10:00:00.000Z') };
  pdf = await pdfWithAssessment(file, DESCRIPTION);
});

/** A replacement `.dtia.json` whose stream is written with the given dictionary and data. */
const withNewerAttachment = (dict: string, data: Buffer) => appendAttachment(pdf, 'newer.dtia.json', { dict, data });

describe('attachAssessment', () => {
  it('writes a PDF that qpdf finds free of errors', () => {
    const check = withPdfFile(pdf, (path) => tool('qpdf', ['--check', path]));
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('embeds the file so that qpdf and poppler list it, with its description and media type', () => {
    const { listed, detach, json } = withPdfFile(pdf, (path) => ({
      listed: tool('qpdf', ['--list-attachments', '--verbose', path]).stdout,
      detach: tool('pdfdetach', ['-list', '-enc', 'UTF-8', path]).stdout,
      json: JSON.parse(tool('qpdf', ['--json=2', '--json-key=attachments', path]).stdout) as {
        attachments: Record<string, { description: string; streams: Record<string, { mimetype: string }> }>;
      },
    }));
    expect(listed).toContain(`${file.fileName} ->`);
    expect(detach).toContain(`1: ${file.fileName}`);
    const entry = json.attachments[file.fileName];
    expect(entry?.description).toBe(DESCRIPTION);
    expect(entry?.streams['/F']?.mimetype).toBe('application/json');
  });

  it('makes the file an associated file of the document, as its source', () => {
    const { catalog, filespec } = withPdfFile(pdf, (path) => {
      const root = /\/Root (\d+) 0 R/.exec(tool('qpdf', ['--show-object=trailer', path]).stdout)?.[1] ?? '';
      const catalogText = tool('qpdf', [`--show-object=${root}`, path]).stdout;
      const spec = /\/AF \[ (\d+) 0 R \]/.exec(catalogText)?.[1] ?? '';
      return { catalog: catalogText, filespec: tool('qpdf', [`--show-object=${spec}`, path]).stdout };
    });
    expect(catalog).toMatch(/\/AF \[ \d+ 0 R \]/);
    expect(filespec).toContain('/AFRelationship /Source');
    expect(filespec).toContain('/Type /Filespec');
  });

  it('keeps the bytes: what pdfdetach saves is the file that was attached', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtia-detach-'));
    try {
      const saved = withPdfFile(pdf, (path) => {
        const out = join(dir, 'saved.json');
        expect(tool('pdfdetach', ['-save', '1', '-o', out, path]).status).toBe(0);
        return readFileSync(out);
      });
      expect(saved.equals(Buffer.from(file.content, 'utf8'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readEmbeddedAssessment', () => {
  it('reads back the attached file', () => {
    expect(readEmbeddedAssessment(pdf)).toEqual(file);
  });

  it('reads a non-ASCII file name and an uncompressed stream', async () => {
    const named = { fileName: 'Zürich–Łódź.dtia.json', content: '{"title":"Übermittlung nach São Paulo"}\n' };
    const doc = await makePdf((d) => d.file(Buffer.from(named.content, 'utf8'), { name: named.fileName, type: 'application/json' }), false);
    expect(doc.includes(Buffer.from(named.content, 'utf8'))).toBe(true);
    expect(readEmbeddedAssessment(doc)).toEqual(named);
  });

  it('finds it after an incremental update that adds another attachment', () => {
    const updated = appendAttachment(pdf, 'notes.txt', {
      dict: '<< /Type /EmbeddedFile /Length 5 >>',
      data: Buffer.from('notes'),
    });
    expect(withPdfFile(updated, (path) => tool('qpdf', ['--check', path]).status)).toBe(0);
    expect(withPdfFile(updated, (path) => tool('pdfdetach', ['-list', path]).stdout)).toContain('notes.txt');
    expect(readEmbeddedAssessment(updated)).toEqual(file);
  });

  it('takes the newest .dtia.json, and the first revision alone still gives the original', () => {
    const newer = '{"newer":true}\n';
    const updated = appendAttachment(pdf, 'newer.dtia.json', embeddedJsonStream(newer));
    expect(withPdfFile(updated, (path) => tool('qpdf', ['--check', path]).status)).toBe(0);
    expect(readEmbeddedAssessment(updated)).toEqual({ fileName: 'newer.dtia.json', content: newer });
    // A verifier hands in only the bytes the first signature covers: a prefix of the file.
    expect(readEmbeddedAssessment(updated.subarray(0, pdf.length))).toEqual(file);
  });

  it('reads it from a signed and countersigned report, and from the bytes the first signature covers', async () => {
    const signingTime = new Date('2026-11-22T10:00:00.000Z');
    const options = (role: 'assessor' | 'approver'): PdfSignatureOptions => ({
      identity: createThrowawayIdentity(signingTime),
      role,
      appearance: 'invisible',
      signingTime,
      reason: 'Assessment approved',
      timestampUrl: null,
      labels: { signedBy: 'Signed by', role, roleLabel: 'Role', organisationLabel: 'Organisation', dateLabel: 'Date', reasonLabel: 'Reason', date: '22 November 2026' },
    });
    const countersigned = await signPdf(await signPdf(pdf, options('assessor')), options('approver'));
    const pdfsig = withPdfFile(countersigned, (path) => tool('pdfsig', [path]).stdout);
    expect(pdfsig.match(/Signature Validation: Signature is Valid\./g)).toHaveLength(2);

    expect(readEmbeddedAssessment(countersigned)).toEqual(file);
    const byteRange = /\/ByteRange\s*\[\s*0\s+\d+\s+(\d+)\s+(\d+)\s*\]/.exec(countersigned.toString('latin1'));
    const coveredEnd = Number(byteRange?.[1]) + Number(byteRange?.[2]);
    expect(coveredEnd).toBeGreaterThan(pdf.length);
    expect(coveredEnd).toBeLessThan(countersigned.length);
    expect(readEmbeddedAssessment(countersigned.subarray(0, coveredEnd))).toEqual(file);
  });

  it('takes the last definition of an object that a later revision redefines', () => {
    const replaced = '{"replaced":true}\n';
    const stream = embeddedJsonStream(replaced);
    const num = Number(/(\d+) 0 obj\s*<<\s*\/Type \/EmbeddedFile/.exec(pdf.toString('latin1'))?.[1]);
    const updated = appendRevision(pdf, [{ num, body: stream.dict, stream: stream.data }]);
    expect(withPdfFile(updated, (path) => tool('qpdf', ['--check', path]).status)).toBe(0);
    expect(readEmbeddedAssessment(updated)?.content).toBe(replaced);
  });

  it('ignores garbage appended after the end of the file', () => {
    expect(readEmbeddedAssessment(Buffer.concat([pdf, randomBytes(4096)]))).toEqual(file);
    const fakeTail = Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstartxref\n999999\n%%EOF\n', 'latin1');
    expect(readEmbeddedAssessment(Buffer.concat([pdf, randomBytes(512), fakeTail]))).toEqual(file);
  });

  it('recovers from a broken cross-reference table by scanning the objects', () => {
    const text = pdf.toString('latin1');
    const xref = text.lastIndexOf('\nxref\n') + 1;
    const broken = Buffer.from(pdf);
    broken.write('XXXX', xref, 'latin1');
    expect(readEmbeddedAssessment(broken)).toEqual(file);
  });

  it('returns null for a PDF without attachments and for files that are not PDFs', async () => {
    expect(readEmbeddedAssessment(await makePdf(() => undefined))).toBeNull();
    expect(findEmbeddedAssessment(await makePdf(() => undefined)).kind).toBe('absent');
    expect(readEmbeddedAssessment(Buffer.from(file.content, 'utf8'))).toBeNull();
    expect(readEmbeddedAssessment(Buffer.alloc(0))).toBeNull();
    expect(readEmbeddedAssessment(randomBytes(10_000))).toBeNull();
  });

  it('does not guess between several JSON attachments that are not .dtia.json', async () => {
    const one = await makePdf((d) => d.file(Buffer.from('{"a":1}'), { name: 'a.json', type: 'application/json' }));
    expect(readEmbeddedAssessment(one)?.content).toBe('{"a":1}');
    const two = await makePdf((d) => {
      d.file(Buffer.from('{"a":1}'), { name: 'a.json', type: 'application/json' });
      d.file(Buffer.from('{"b":2}'), { name: 'b.json', type: 'application/json' });
    });
    expect(readEmbeddedAssessment(two)).toBeNull();
  });
});

describe('readEmbeddedAssessment on hostile input', () => {
  it('returns null or the exact file for every truncation, never throws', () => {
    const streamEnd = pdf.indexOf('endstream', pdf.indexOf('/Type /EmbeddedFile'));
    for (let cut = 0; cut < pdf.length; cut += 97) {
      const found = readEmbeddedAssessment(pdf.subarray(0, cut));
      if (cut < streamEnd) expect(found).toBeNull();
      else if (found !== null) expect(found).toEqual(file);
    }
  });

  it('returns null or the exact content for 500 single-byte changes, never throws', () => {
    let nulls = 0;
    for (let i = 0; i < 500; i++) {
      const changed = Buffer.from(pdf);
      const at = (i * 7919) % changed.length;
      changed[at] = (changed[at] as number) ^ (1 + (i % 255));
      const found = readEmbeddedAssessment(changed);
      if (found === null) nulls += 1;
      else expect(found.content).toBe(file.content);
    }
    // Most bytes belong to the page and fonts; changes there must not matter.
    expect(nulls).toBeLessThan(500);
  });

  it('refuses a compression bomb without inflating it beyond the import limit', () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const start = process.hrtime.bigint();
    const honest = withNewerAttachment(
      `<< /Type /EmbeddedFile /Params << /Size ${64 * 1024 * 1024} >> /Filter /FlateDecode /Length ${bomb.length} >>`,
      bomb,
    );
    const lying = withNewerAttachment(`<< /Type /EmbeddedFile /Params << /Size 10 >> /Filter /FlateDecode /Length ${bomb.length} >>`, bomb);
    const silent = withNewerAttachment(`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${bomb.length} >>`, bomb);
    for (const hostile of [honest, lying, silent]) {
      expect(readEmbeddedAssessment(hostile)).toBeNull();
      expect(findEmbeddedAssessment(hostile).kind).toBe('too-large');
    }
    expect(Number(process.hrtime.bigint() - start) / 1e6).toBeLessThan(5000);
    expect(LIMITS.importBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('returns null when /Length is wrong, missing or points to nothing', () => {
    const good = embeddedJsonStream('{"newer":true}\n');
    const length = good.data.length;
    const dicts = [
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${length - 1} >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${length + 3} >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length 999999999 >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length -5 >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length 9999 0 R >>`,
      `<< /Type /EmbeddedFile /Filter /FlateDecode /Length (12) >>`,
    ];
    for (const dict of dicts) expect(readEmbeddedAssessment(withNewerAttachment(dict, good.data)), dict).toBeNull();
    // The same stream with the right length, direct and indirect, is read: the refusals above are about the length.
    expect(readEmbeddedAssessment(withNewerAttachment(good.dict, good.data))?.content).toBe('{"newer":true}\n');
  });

  it('reads an indirect /Length', () => {
    const good = embeddedJsonStream('{"indirect":true}\n');
    const size = Number(/\/Size (\d+)/.exec(pdf.toString('latin1').slice(pdf.lastIndexOf('trailer')))?.[1]);
    const withLength = appendRevision(pdf, [{ num: size, body: String(good.data.length) }]);
    const updated = appendAttachment(withLength, 'indirect.dtia.json', {
      dict: `<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${size} 0 R >>`,
      data: good.data,
    });
    expect(withPdfFile(updated, (path) => tool('qpdf', ['--check', path]).status)).toBe(0);
    expect(readEmbeddedAssessment(updated)?.content).toBe('{"indirect":true}\n');
  });

  it('returns null for damaged data, unknown filters, wrong checksums and invalid UTF-8', () => {
    const good = embeddedJsonStream('{"newer":true}\n');
    const flipped = Buffer.from(good.data);
    flipped[4] = (flipped[4] as number) ^ 0xff;
    const latin1 = deflateSync(Buffer.from('{"name":"Z\xfcrich"}', 'latin1'));
    const cases: Array<[string, Buffer]> = [
      [`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${flipped.length} >>`, flipped],
      [`<< /Type /EmbeddedFile /Filter /LZWDecode /Length ${good.data.length} >>`, good.data],
      [`<< /Type /EmbeddedFile /Filter [/FlateDecode /ASCIIHexDecode] /Length ${good.data.length} >>`, good.data],
      [`<< /Type /EmbeddedFile /Filter /FlateDecode /DecodeParms << /Predictor 12 >> /Length ${good.data.length} >>`, good.data],
      [`<< /Type /EmbeddedFile /Params << /Size 3 >> /Filter /FlateDecode /Length ${good.data.length} >>`, good.data],
      [`<< /Type /EmbeddedFile /Params << /CheckSum <00112233445566778899AABBCCDDEEFF> >> /Filter /FlateDecode /Length ${good.data.length} >>`, good.data],
      [`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${latin1.length} >>`, latin1],
    ];
    for (const [dict, data] of cases) {
      const hostile = withNewerAttachment(dict, data);
      expect(readEmbeddedAssessment(hostile), dict).toBeNull();
      expect(findEmbeddedAssessment(hostile).kind, dict).toBe('unreadable');
    }
  });

  it('survives deep nesting, reference cycles and lying cross-reference tables', () => {
    const header = Buffer.from('%PDF-1.7\n', 'latin1');
    const deep = Buffer.concat([header, Buffer.from(`1 0 obj\n${'['.repeat(200_000)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`)]);
    expect(readEmbeddedAssessment(deep)).toBeNull();

    const cycle = Buffer.from(
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Names 2 0 R /AF 3 0 R >>\nendobj\n2 0 obj\n<< /EmbeddedFiles 4 0 R >>\nendobj\n' +
        '3 0 obj\n3 0 R\nendobj\n4 0 obj\n<< /Kids [4 0 R 5 0 R] >>\nendobj\n5 0 obj\n<< /Kids [4 0 R] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    );
    expect(readEmbeddedAssessment(cycle)).toBeNull();

    const text = pdf.toString('latin1');
    const selfPrev = appendRevision(pdf, []);
    const selfPrevText = selfPrev.toString('latin1');
    const lastXref = /startxref\n(\d+)\n%%EOF\n$/.exec(selfPrevText)?.[1] ?? '0';
    const looping = Buffer.from(selfPrevText.replace(/\/Prev \d+ >>\nstartxref\n\d+\n%%EOF\n$/, `/Prev ${lastXref} >>\nstartxref\n${lastXref}\n%%EOF\n`), 'latin1');
    expect(() => readEmbeddedAssessment(looping)).not.toThrow();

    const hugeCount = Buffer.from(text.replace(/\nxref\n0 (\d+)\n/, '\nxref\n0 999999999\n'), 'latin1');
    expect(() => readEmbeddedAssessment(hugeCount)).not.toThrow();
    expect(readEmbeddedAssessment(hugeCount)).toEqual(file);
  });
});
