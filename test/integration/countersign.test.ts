import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeInterchange } from '../../shared/domain/interchange';
import { verificationResultSchema } from '../../shared/ipc/contract';
import { exportFileName } from '../../electron/services/file-name';
import { contentHash } from '../../electron/services/report/content-hash';
import type { EmbeddedAssessmentFile } from '../../electron/services/report/embedded-assessment';
import { signPdf } from '../../electron/services/signing/sign';
import { verifyPdf } from '../../electron/services/signing/verify';
import { appendRevision } from '../fixtures/pdf-attachments';
import { reportAssessment, shippedLawLibrary } from '../fixtures/report-assessment';
import { GERMAN_SIGNER, POLISH_SIGNER, createOpensslIdentity, type OpensslIdentity } from './support/openssl-identity';
import { SIGNOFF_BOXES, SIGNOFF_PAGE, ToolFolder, runTool, samplePdf, signingOptions, type QpdfObjects } from './support/signing-pdf';

let tools: ToolFolder;
let assessor: OpensslIdentity;
let approver: OpensslIdentity;
let embedded: EmbeddedAssessmentFile;
let hash: string;
let assessorSigned: Buffer;
let countersigned: Buffer;

const objectNumber = (reference: unknown) => Number(String(reference).split(' ')[0]);
const trailerOf = (objects: QpdfObjects) => objects.trailer?.value as Record<string, unknown>;
const valueOf = (objects: QpdfObjects, reference: unknown) => objects[`obj:${String(reference)}`]?.value as Record<string, unknown>;

function signOffPage(objects: QpdfObjects): { ref: string; page: Record<string, unknown> } {
  const catalog = valueOf(objects, trailerOf(objects)['/Root']);
  const ref = (valueOf(objects, catalog['/Pages'])['/Kids'] as string[])[SIGNOFF_PAGE] as string;
  return { ref, page: valueOf(objects, ref) };
}

/** An object's text as qpdf prints it, to be redefined in a hand-made update. */
const showObject = (pdf: Buffer, num: number) => runTool('qpdf', [`--show-object=${num}`, tools.write(pdf)]).output.trim();

beforeAll(async () => {
  tools = new ToolFolder();
  assessor = createOpensslIdentity(tools.dir, 'assessor', { algorithm: 'rsa-3072', subject: POLISH_SIGNER });
  approver = createOpensslIdentity(tools.dir, 'approver', { algorithm: 'ecdsa-p256', subject: GERMAN_SIGNER });
  const assessment = reportAssessment(shippedLawLibrary());
  embedded = { fileName: exportFileName(assessment.title), content: serializeInterchange(assessment, '2026-11-22T10:00:00.000Z') };
  hash = contentHash(assessment);
  const unsigned = await samplePdf({ contentHash: hash, attachment: embedded });
  assessorSigned = await signPdf(unsigned, signingOptions(assessor, 'assessor', 'visible'));
  countersigned = await signPdf(assessorSigned, signingOptions(approver, 'approver', 'visible'));
});

afterAll(() => tools?.remove());

describe('a countersigned report', () => {
  it('keeps the assessor’s signature valid beside the approver’s, for poppler and qpdf', () => {
    expect(countersigned.subarray(0, assessorSigned.length).equals(assessorSigned)).toBe(true);
    expect(tools.pdfsig(countersigned).signatures).toEqual([
      { fieldName: 'Assessor signature', signer: POLISH_SIGNER.name, type: 'ETSI.CAdES.detached', valid: true, totalDocument: false },
      { fieldName: 'Approver signature', signer: GERMAN_SIGNER.name, type: 'ETSI.CAdES.detached', valid: true, totalDocument: true },
    ]);
    const check = tools.qpdfCheck(countersigned);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('No syntax or stream encoding errors found');
  });

  it('lists both signatures, who signed which revision, and that only a signature followed the first', () => {
    const result = verifyPdf(countersigned, new Set([approver.info.certificateSha256]));
    expect(verificationResultSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      valid: true,
      documentBytes: countersigned.length,
      revisions: 2,
      contentHash: hash,
      embedded: { fileName: embedded.fileName, contentHash: hash, matchesCover: true },
      changedAfterLastSignature: false,
      problems: [],
    });
    expect(result.signatures).toMatchObject([
      {
        index: 1,
        fieldName: 'Assessor signature',
        role: 'assessor',
        valid: true,
        signer: POLISH_SIGNER.name,
        trusted: false,
        revision: 1,
        coversBytes: assessorSigned.length,
        laterChanges: 'signatures',
        reason: 'I am the assessor of this transfer impact assessment',
        problems: [],
      },
      {
        index: 2,
        fieldName: 'Approver signature',
        role: 'approver',
        valid: true,
        signer: GERMAN_SIGNER.name,
        trusted: true,
        revision: 2,
        coversBytes: countersigned.length,
        laterChanges: 'none',
        reason: 'I approve this transfer impact assessment',
        problems: [],
      },
    ]);
  });

  it('adds the approver’s widget to the same page and form, keeping the assessor’s', () => {
    const before = tools.qpdfObjects(assessorSigned);
    const after = tools.qpdfObjects(countersigned);
    const oldAnnots = signOffPage(before).page['/Annots'] as string[];
    const newAnnots = signOffPage(after).page['/Annots'] as string[];
    expect(newAnnots.slice(0, -1)).toEqual(oldAnnots);
    const widget = valueOf(after, newAnnots.at(-1));
    expect(widget).toMatchObject({ '/T': 'u:Approver signature', '/Rect': SIGNOFF_BOXES[1]?.rect, '/P': signOffPage(after).ref });
    const form = valueOf(after, trailerOf(after)['/Root'])['/AcroForm'] as Record<string, unknown>;
    expect(form).toEqual({ '/Fields': [oldAnnots.at(-1), newAnnots.at(-1)], '/SigFlags': 3 });
  });

  it('fills the two boxes of the sign-off page', () => {
    const path = tools.write(countersigned, 'countersigned.pdf');
    const run = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', String(SIGNOFF_PAGE + 1), '-l', String(SIGNOFF_PAGE + 1), '-singlefile', path, `${path}-page`]);
    expect(run.status).toBe(0);
    const grey = spawnSync('pdftoppm', ['-gray', '-r', '72', '-f', String(SIGNOFF_PAGE + 1), '-l', String(SIGNOFF_PAGE + 1), '-singlefile', path, `${path}-grey`]);
    expect(grey.status).toBe(0);
    const image = readFileSync(`${path}-grey.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
    const [width, height] = [Number(header?.[1]), Number(header?.[2])];
    const pixels = image.subarray(header?.[0].length ?? 0);
    for (const box of SIGNOFF_BOXES) {
      const [x1, y1, x2, y2] = box.rect;
      let dark = 0;
      for (let y = Math.ceil(height - y2) + 3; y < height - y1 - 3; y++) {
        for (let x = Math.ceil(x1) + 3; x < x2 - 3; x++) if ((pixels[y * width + x] ?? 255) < 128) dark += 1;
      }
      expect(dark, `${box.role} box`).toBeGreaterThan(500);
    }
  });

  it('reports an incremental update after the last signature as a change, and keeps the signed content hash', () => {
    const infoRef = trailerOf(tools.qpdfObjects(countersigned))['/Info'];
    const info = showObject(countersigned, objectNumber(infoRef)).replace(/\/Title (\d+ 0 R|\([^)]*\)|<[^>]*>)/, '/Title (Changed after signing)');
    expect(info).toContain('/Title (Changed after signing)');
    const updated = appendRevision(countersigned, [{ num: objectNumber(infoRef), body: info }]);
    expect(runTool('pdfinfo', [tools.write(updated)]).output).toContain('Changed after signing');

    const result = verifyPdf(updated, new Set());
    expect(result).toMatchObject({ valid: false, changedAfterLastSignature: true, revisions: 3, contentHash: hash });
    expect(result.signatures.map(({ valid, laterChanges }) => ({ valid, laterChanges }))).toEqual([
      { valid: true, laterChanges: 'other' },
      { valid: true, laterChanges: 'other' },
    ]);
    expect(result.problems.join(' ')).toMatch(/changed after the last signature/);

    const poppler = tools.pdfsig(updated).signatures;
    expect(poppler.map(({ valid, totalDocument }) => ({ valid, totalDocument }))).toEqual([
      { valid: true, totalDocument: false },
      { valid: true, totalDocument: false },
    ]);
  });

  it('reports bytes appended without an update as a change', () => {
    const appended = Buffer.concat([countersigned, Buffer.from('% appended after signing\n', 'latin1')]);
    const result = verifyPdf(appended, new Set());
    expect(result).toMatchObject({ valid: false, changedAfterLastSignature: true });
    expect(result.signatures.map((signature) => signature.laterChanges)).toEqual(['other', 'other']);
    expect(tools.pdfsig(appended).signatures.at(-1)).toMatchObject({ valid: true, totalDocument: false });
  });
});

describe('changes between the signatures', () => {
  async function approvedAfter(changed: Buffer) {
    const signed = await signPdf(changed, signingOptions(approver, 'approver', 'visible'));
    return { result: verifyPdf(signed, new Set()), poppler: tools.pdfsig(signed).signatures };
  }

  it('tells a changed page content from a signature, though each signature on its own holds', async () => {
    const { page } = signOffPage(tools.qpdfObjects(assessorSigned));
    const drawing = Buffer.from('0 0 1 rg 100 400 200 100 re f\n', 'latin1');
    const changed = appendRevision(assessorSigned, [{ num: objectNumber(page['/Contents']), body: `<< /Length ${drawing.length} >>`, stream: drawing }]);
    const { result, poppler } = await approvedAfter(changed);
    expect(poppler.map((signature) => signature.valid)).toEqual([true, true]);
    expect(result.valid).toBe(false);
    expect(result.signatures.map(({ valid, laterChanges, revision }) => ({ valid, laterChanges, revision }))).toEqual([
      { valid: true, laterChanges: 'other', revision: 1 },
      { valid: true, laterChanges: 'none', revision: 3 },
    ]);
    expect(result.problems.join(' ')).toMatch(/changed in other ways than by adding signatures/);
  });

  it('tells an added annotation that is no signature from a signature', async () => {
    const objects = tools.qpdfObjects(assessorSigned);
    const { ref, page } = signOffPage(objects);
    const size = trailerOf(objects)['/Size'] as number;
    const pageText = showObject(assessorSigned, objectNumber(ref)).replace(/\/Annots \[([^\]]*)\]/, `/Annots [$1 ${size} 0 R]`);
    expect(pageText).toContain(`${size} 0 R]`);
    const changed = appendRevision(assessorSigned, [
      { num: objectNumber(ref), body: pageText },
      { num: size, body: `<< /Type /Annot /Subtype /Square /Rect [100 400 300 500] /IC [0 0 1] /P ${ref} >>` },
    ]);
    expect((page['/Annots'] as string[]).length).toBeGreaterThan(0);
    const { result } = await approvedAfter(changed);
    expect(result.valid).toBe(false);
    expect(result.signatures.map((signature) => signature.laterChanges)).toEqual(['other', 'none']);
  });

  it('names a second signature of the same role uniquely and numbers three revisions', async () => {
    const third = await signPdf(countersigned, signingOptions(approver, 'approver', 'invisible'));
    expect(tools.pdfsig(third).signatures.map(({ fieldName, valid }) => ({ fieldName, valid }))).toEqual([
      { fieldName: 'Assessor signature', valid: true },
      { fieldName: 'Approver signature', valid: true },
      { fieldName: 'Approver signature 2', valid: true },
    ]);
    const result = verifyPdf(third, new Set());
    expect(result.valid).toBe(true);
    expect(result.signatures.map(({ role, revision, laterChanges }) => ({ role, revision, laterChanges }))).toEqual([
      { role: 'assessor', revision: 1, laterChanges: 'signatures' },
      { role: 'approver', revision: 2, laterChanges: 'signatures' },
      { role: 'approver', revision: 3, laterChanges: 'none' },
    ]);
  });
});
