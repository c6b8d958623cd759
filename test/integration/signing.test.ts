import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationResultSchema } from '../../shared/ipc/contract';
import { readDocumentLanguage } from '../../electron/services/signing/pdf/document-language';
import { signPdf } from '../../electron/services/signing/sign';
import { verifyPdf } from '../../electron/services/signing/verify';
import { rejectionCode } from './support/failures';
import { GERMAN_SIGNER, POLISH_SIGNER, createOpensslIdentity, opensslFingerprint, type OpensslIdentity } from './support/openssl-identity';
import { SIGNOFF_BOXES, SIGNOFF_PAGE, ToolFolder, runTool, samplePdf, signingOptions, type QpdfObjects } from './support/signing-pdf';
import { startTestTsa, type TestTsa } from './support/tsa-server';

const CONTENT_HASH = 'a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef';

let tools: ToolFolder;
let rsa: OpensslIdentity;
let ec: OpensslIdentity;
let unsigned: Buffer;

/** Whole seconds, as /M records the time. */
const now = () => new Date(Math.floor(Date.now() / 1000) * 1000);

const value = (objects: QpdfObjects, reference: unknown) => objects[`obj:${String(reference)}`]?.value as Record<string, unknown>;
const streamDict = (objects: QpdfObjects, reference: unknown) => objects[`obj:${String(reference)}`]?.stream?.dict as Record<string, unknown>;
const pageRefs = (objects: QpdfObjects): string[] => {
  const catalog = value(objects, (objects.trailer?.value as Record<string, unknown>)['/Root']);
  return value(objects, catalog['/Pages'])['/Kids'] as string[];
};

/** One page rendered by poppler as 8-bit grey pixels (PGM). */
function renderGrey(pdf: Buffer, page: number, dpi: number): { width: number; height: number; pixels: Buffer } {
  const path = tools.write(pdf);
  const prefix = `${path}-render`;
  const run = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', path, prefix]);
  expect(run.status).toBe(0);
  const image = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(image.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no PGM');
  return { width: Number(header[1]), height: Number(header[2]), pixels: image.subarray(header[0].length) };
}

beforeAll(async () => {
  tools = new ToolFolder();
  rsa = createOpensslIdentity(tools.dir, 'rsa', { algorithm: 'rsa-3072', subject: POLISH_SIGNER });
  const authority = createOpensslIdentity(tools.dir, 'authority', {
    algorithm: 'rsa-3072',
    authority: true,
    subject: { name: 'Beispiel Test-CA', email: 'ca@example.de', organisation: 'Beispiel CA GmbH' },
  });
  ec = createOpensslIdentity(tools.dir, 'ec', { algorithm: 'ecdsa-p256', issuer: authority, subject: GERMAN_SIGNER });
  unsigned = await samplePdf({ contentHash: CONTENT_HASH });
});

afterAll(() => tools?.remove());

describe('signing a pdfkit document', () => {
  it('signs visibly with RSA: poppler finds a valid PAdES signature over the whole file, qpdf finds no errors', async () => {
    const signingTime = now();
    const signed = await signPdf(unsigned, signingOptions(rsa, 'assessor', 'visible', { signingTime }));
    expect(signed.subarray(0, unsigned.length).equals(unsigned), 'the original bytes stay as they were').toBe(true);

    const poppler = tools.pdfsig(signed);
    expect(poppler.output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(poppler.signatures).toEqual([
      { fieldName: 'Assessor signature', signer: POLISH_SIGNER.name, type: 'ETSI.CAdES.detached', valid: true, totalDocument: true },
    ]);
    const check = tools.qpdfCheck(signed);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('No syntax or stream encoding errors found');

    const result = verifyPdf(signed, new Set([opensslFingerprint(rsa.certificateFile)]));
    expect(verificationResultSchema.parse(result)).toEqual(result);
    expect(result).toMatchObject({
      valid: true,
      documentBytes: signed.length,
      revisions: 1,
      contentHash: CONTENT_HASH,
      embedded: null,
      changedAfterLastSignature: false,
      problems: [],
    });
    expect(result.signatures).toEqual([
      {
        index: 1,
        fieldName: 'Assessor signature',
        role: 'assessor',
        subFilter: 'ETSI.CAdES.detached',
        valid: true,
        signer: POLISH_SIGNER.name,
        signerEmail: POLISH_SIGNER.email,
        signerOrganisation: POLISH_SIGNER.organisation,
        certificateSha256: opensslFingerprint(rsa.certificateFile),
        trusted: true,
        selfSigned: true,
        signedAt: signingTime.toISOString(),
        timestamp: null,
        reason: 'I am the assessor of this transfer impact assessment',
        revision: 1,
        coversBytes: signed.length,
        laterChanges: 'none',
        problems: [],
      },
    ]);
    expect(verifyPdf(signed, new Set()).signatures[0]?.trusted).toBe(false);
  });

  it('signs invisibly with ECDSA P-256 and a CA-issued certificate', async () => {
    const signed = await signPdf(unsigned, signingOptions(ec, 'assessor', 'invisible'));
    expect(tools.pdfsig(signed).signatures).toEqual([
      { fieldName: 'Assessor signature', signer: GERMAN_SIGNER.name, type: 'ETSI.CAdES.detached', valid: true, totalDocument: true },
    ]);
    expect(tools.qpdfCheck(signed).status).toBe(0);

    const objects = tools.qpdfObjects(signed);
    const catalog = value(objects, (objects.trailer?.value as Record<string, unknown>)['/Root']);
    const [widgetRef] = (catalog['/AcroForm'] as Record<string, string[]>)['/Fields'] ?? [];
    const widget = value(objects, widgetRef);
    expect(widget).toMatchObject({ '/Rect': [0, 0, 0, 0], '/F': 132, '/FT': '/Sig', '/Subtype': '/Widget' });
    expect(widget['/AP']).toBeUndefined();

    const result = verifyPdf(signed, new Set());
    expect(result.valid).toBe(true);
    expect(result.signatures[0]).toMatchObject({ signer: GERMAN_SIGNER.name, selfSigned: false, trusted: false, certificateSha256: opensslFingerprint(ec.certificateFile) });
  });

  it('does not accept a signing time at which the certificate was not yet valid', async () => {
    const backdated = new Date('2020-01-01T00:00:00Z');
    const signed = await signPdf(unsigned, signingOptions(rsa, 'assessor', 'visible', { signingTime: backdated }));
    const [signature] = verifyPdf(signed, new Set()).signatures;
    expect(signature).toMatchObject({ valid: false, signedAt: backdated.toISOString() });
    expect(signature?.problems.join(' ')).toContain('not valid at the claimed signing time');
  });

  it('adds the signature in an incremental update that keeps every object that was there', async () => {
    const signingTime = now();
    const signed = await signPdf(unsigned, signingOptions(rsa, 'assessor', 'visible', { signingTime }));
    const before = tools.qpdfObjects(unsigned);
    const after = tools.qpdfObjects(signed);
    const beforeTrailer = before.trailer?.value as Record<string, unknown>;
    const afterTrailer = after.trailer?.value as Record<string, unknown>;
    const rootRef = beforeTrailer['/Root'];
    const pageRef = pageRefs(before)[SIGNOFF_PAGE];

    for (const [key, object] of Object.entries(before)) {
      if (key === 'trailer' || key === `obj:${String(rootRef)}` || key === `obj:${String(pageRef)}`) continue;
      expect(after[key], key).toEqual(object);
    }
    expect(afterTrailer).toMatchObject({ '/Root': rootRef, '/Info': beforeTrailer['/Info'], '/ID': beforeTrailer['/ID'] });
    expect(afterTrailer['/Prev']).toBe(Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(unsigned.toString('latin1'))?.[1]));

    const oldCatalog = value(before, rootRef);
    const newCatalog = value(after, rootRef);
    const { '/AcroForm': acroForm, ...catalogRest } = newCatalog;
    expect(catalogRest).toEqual(oldCatalog);
    const fields = (acroForm as Record<string, unknown>)['/Fields'] as string[];
    expect(acroForm).toEqual({ '/Fields': fields, '/SigFlags': 3 });

    const oldPage = value(before, pageRef);
    const newPage = value(after, pageRef);
    expect({ ...newPage, '/Annots': undefined }).toEqual({ ...oldPage, '/Annots': undefined });
    expect(newPage['/Annots']).toEqual([...((oldPage['/Annots'] as string[] | undefined) ?? []), fields[0]]);

    const widget = value(after, fields[0]);
    const box = SIGNOFF_BOXES[0]!.rect;
    expect(widget).toMatchObject({ '/Type': '/Annot', '/Subtype': '/Widget', '/FT': '/Sig', '/T': 'u:Assessor signature', '/F': 132, '/P': pageRef, '/Rect': box });
    const appearance = streamDict(after, (widget['/AP'] as Record<string, unknown>)['/N']);
    expect(appearance).toMatchObject({ '/Type': '/XObject', '/Subtype': '/Form', '/BBox': [0, 0, box[2] - box[0], box[3] - box[1]] });

    const signature = value(after, widget['/V']);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `D:${signingTime.getUTCFullYear()}${pad(signingTime.getUTCMonth() + 1)}${pad(signingTime.getUTCDate())}${pad(signingTime.getUTCHours())}${pad(signingTime.getUTCMinutes())}${pad(signingTime.getUTCSeconds())}Z`;
    expect(signature).toMatchObject({
      '/Type': '/Sig',
      '/Filter': '/Adobe.PPKLite',
      '/SubFilter': '/ETSI.CAdES.detached',
      '/M': `u:${date}`,
      '/Name': `u:${POLISH_SIGNER.name}`,
      '/Reason': 'u:I am the assessor of this transfer impact assessment',
      '/ContactInfo': `u:${POLISH_SIGNER.email}`,
    });
  });

  it('keeps an AcroForm the document already has, with its fields', async () => {
    const withForm = await samplePdf({ formField: true });
    const signed = await signPdf(withForm, signingOptions(ec, 'assessor', 'visible'));
    const form = JSON.parse(runTool('qpdf', ['--json=2', '--json-key=acroform', tools.write(signed)]).output) as {
      acroform: { fields: { fullname: string; fieldtype: string }[] };
    };
    expect(form.acroform.fields.map((field) => [field.fullname, field.fieldtype])).toEqual([
      ['reviewer', '/Tx'],
      ['Assessor signature', '/Sig'],
    ]);
    expect(tools.pdfsig(signed).signatures.map((signature) => signature.valid)).toEqual([true]);
    expect(tools.qpdfCheck(signed).status).toBe(0);
    expect(verifyPdf(signed, new Set()).valid).toBe(true);
  });

  it('puts a visible signature at the bottom of the last page of a PDF that is not one of the reports', async () => {
    const foreign = await samplePdf({ boxes: null });
    const signed = await signPdf(foreign, signingOptions(rsa, 'approver', 'visible'));
    const objects = tools.qpdfObjects(signed);
    const catalog = value(objects, (objects.trailer?.value as Record<string, unknown>)['/Root']);
    const widget = value(objects, (catalog['/AcroForm'] as Record<string, string[]>)['/Fields']?.[0]);
    expect(widget['/P']).toBe(pageRefs(objects).at(-1));
    const [x1, y1, x2, y2] = widget['/Rect'] as number[];
    expect(y1).toBeGreaterThan(0);
    expect(y2).toBeLessThan(200);
    expect(x2! - x1!).toBeGreaterThan(150);
    expect(x2).toBeLessThan(595.28);
    expect(widget['/T']).toBe('u:Approver signature');
    expect(tools.pdfsig(signed).signatures.map((signature) => signature.valid)).toEqual([true]);
  });

  it('draws the visible block inside its box and nothing anywhere else; the invisible one draws nothing', async () => {
    const dpi = 80;
    const page = SIGNOFF_PAGE + 1;
    const plain = renderGrey(unsigned, page, dpi);
    const visible = renderGrey(await signPdf(unsigned, signingOptions(rsa, 'assessor', 'visible')), page, dpi);
    const invisible = renderGrey(await signPdf(unsigned, signingOptions(rsa, 'assessor', 'invisible')), page, dpi);
    expect(invisible.pixels.equals(plain.pixels)).toBe(true);

    const [x1, y1, x2, y2] = SIGNOFF_BOXES[0]!.rect.map((coordinate) => (coordinate * dpi) / 72) as [number, number, number, number];
    const pageHeight = plain.height;
    let changedOutside = 0;
    let darkInside = 0;
    for (let y = 0; y < plain.height; y++) {
      for (let x = 0; x < plain.width; x++) {
        const index = y * plain.width + x;
        const inside = x >= x1 - 1 && x <= x2 + 1 && y >= pageHeight - y2 - 1 && y <= pageHeight - y1 + 1;
        if (!inside && visible.pixels[index] !== plain.pixels[index]) changedOutside += 1;
        if (inside && (visible.pixels[index] ?? 255) < 128 && (plain.pixels[index] ?? 255) >= 128) darkInside += 1;
      }
    }
    expect(changedOutside).toBe(0);
    // Five lines of text at 80 dpi blacken well over a thousand pixels.
    expect(darkInside).toBeGreaterThan(1000);
  });

  it('timestamps the signature when a time-stamping authority is configured', async () => {
    let tsa: TestTsa | null = null;
    try {
      tsa = await startTestTsa(tools.dir);
      const signed = await signPdf(unsigned, signingOptions(rsa, 'assessor', 'visible', { timestampUrl: tsa.url }));
      expect(tsa.requests).toHaveLength(1);
      expect(tools.pdfsig(signed).signatures.map((signature) => signature.valid)).toEqual([true]);
      const result = verifyPdf(signed, new Set());
      expect(result.valid).toBe(true);
      expect(result.signatures[0]?.timestamp).toMatchObject({ authority: tsa.authorityName, valid: true });
    } finally {
      await tsa?.close();
    }
  });

  it('refuses PDFs it cannot update: cross-reference streams, encryption, no PDF at all', async () => {
    const source = tools.write(unsigned, 'source.pdf');
    const compressed = join(tools.dir, 'object-streams.pdf');
    const encrypted = join(tools.dir, 'encrypted.pdf');
    expect(runTool('qpdf', ['--object-streams=generate', source, compressed]).status).toBe(0);
    expect(runTool('qpdf', ['--encrypt', 'user', 'owner', '256', '--', source, encrypted]).status).toBe(0);
    const options = signingOptions(rsa, 'assessor', 'visible');
    expect(await rejectionCode(() => signPdf(readFileSync(compressed), options))).toBe('UNSUPPORTED_PDF');
    expect(await rejectionCode(() => signPdf(readFileSync(encrypted), options))).toBe('UNSUPPORTED_PDF');
    expect(await rejectionCode(() => signPdf(randomBytes(4000), options))).toBe('NOT_A_PDF');
    expect(await rejectionCode(() => signPdf(unsigned.subarray(0, unsigned.length - 200), options))).not.toBe('none');
  });
});

describe('readDocumentLanguage', () => {
  it('reads the primary language subtag of the catalog’s /Lang, lower-case', async () => {
    expect(readDocumentLanguage(unsigned)).toBe('de');
    expect(readDocumentLanguage(await signPdf(unsigned, signingOptions(ec, 'assessor', 'invisible')))).toBe('de');
    const english = Buffer.from(unsigned.toString('latin1').replace('/Lang (de-DE)', '/Lang (EN-gb)'), 'latin1');
    expect(readDocumentLanguage(english)).toBe('en');
  });

  it('answers null when there is no language or no readable PDF', async () => {
    const withoutLanguage = Buffer.from(unsigned.toString('latin1').replace('/Lang (de-DE)', '/Lanx (de-DE)'), 'latin1');
    expect(readDocumentLanguage(withoutLanguage)).toBeNull();
    expect(readDocumentLanguage(randomBytes(1000))).toBeNull();
    expect(readDocumentLanguage(Buffer.alloc(0))).toBeNull();
  });
});
