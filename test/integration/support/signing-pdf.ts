import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import type { SignatureAppearance, SignerRole } from '../../../shared/ipc/contract';
import { attachAssessment, type EmbeddedAssessmentFile } from '../../../electron/services/report/embedded-assessment';
import { INFO_CONTENT_HASH, INFO_SIGNOFF_BOXES, type SignOffBoxPlacement } from '../../../electron/services/report/pdf-info-keys';
import type { PdfSignatureOptions } from '../../../electron/services/signing/signing-types';
import type { UnlockedIdentity } from '../../../electron/services/types';

/**
 * Documents to sign, made with pdfkit the way the report renderer makes reports (classic cross-reference table, Info
 * entries for the sign-off boxes and the content hash), and the independent tools that check the signed result.
 */

export const SIGNOFF_PAGE = 2;
export const SIGNOFF_BOXES: SignOffBoxPlacement[] = [
  { role: 'assessor', page: SIGNOFF_PAGE, rect: [56, 120, 286, 210] },
  { role: 'approver', page: SIGNOFF_PAGE, rect: [310, 120, 540, 210] },
];

export interface SamplePdfOptions {
  pages?: number;
  /** Written to the Info dictionary under INFO_SIGNOFF_BOXES; none for a PDF that is not one of the app's reports. */
  boxes?: SignOffBoxPlacement[] | null;
  contentHash?: string;
  attachment?: EmbeddedAssessmentFile;
  /** A text form field, so that the PDF has an AcroForm (indirect, with a field) before it is signed. */
  formField?: boolean;
  /** Paragraphs per page, to make large files. */
  paragraphs?: number;
}

export function samplePdf(options: SamplePdfOptions = {}): Promise<Buffer> {
  const { pages = 3, boxes = SIGNOFF_BOXES, paragraphs = 4 } = options;
  const info: Record<string, string | Date> = { Title: 'Transfer impact assessment', CreationDate: new Date('2026-11-22T09:00:00Z') };
  if (boxes) info[INFO_SIGNOFF_BOXES] = JSON.stringify(boxes);
  if (options.contentHash) info[INFO_CONTENT_HASH] = options.contentHash;
  const doc = new PDFDocument({ size: 'A4', pdfVersion: '1.7', lang: 'de-DE', info: info as PDFKit.DocumentInfo, autoFirstPage: false });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (options.formField) doc.initForm();
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    doc.fontSize(16).text(`Page ${page + 1}: Transfer impact assessment`);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      doc.fontSize(10).text(`Paragraph ${paragraph + 1}. The exporter assessed the law and practice of the destination country.`);
    }
    if (page === 0) doc.link(72, 700, 120, 14, 'https://example.org/transfer');
    if (page === 0 && options.formField) doc.formText('reviewer', 72, 650, 200, 20);
    for (const box of boxes ?? []) {
      if (box.page !== page) continue;
      const [x1, y1, x2, y2] = box.rect;
      const height = doc.page.height;
      doc.rect(x1, height - y2, x2 - x1, y2 - y1).lineWidth(0.5).stroke('#999999');
    }
  }
  if (options.attachment) attachAssessment(doc, options.attachment);
  doc.end();
  return finished;
}

export function signingOptions(
  identity: UnlockedIdentity,
  role: SignerRole,
  appearance: SignatureAppearance,
  extra: Partial<PdfSignatureOptions> = {},
): PdfSignatureOptions {
  const signingTime = extra.signingTime ?? new Date();
  return {
    identity,
    role,
    appearance,
    signingTime,
    reason: role === 'assessor' ? 'I am the assessor of this transfer impact assessment' : 'I approve this transfer impact assessment',
    timestampUrl: null,
    labels: {
      signedBy: 'Digitally signed by',
      role: role === 'assessor' ? 'Assessor' : 'Approver',
      roleLabel: 'Role',
      organisationLabel: 'Organisation',
      dateLabel: 'Date',
      reasonLabel: 'Reason',
      date: signingTime.toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
    },
    ...extra,
  };
}

export interface ToolRun {
  status: number | null;
  output: string;
}

export function runTool(command: string, args: string[]): ToolRun {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: result.stdout + result.stderr };
}

const execFileAsync = promisify(execFile);

export async function runToolAsync(command: string, args: string[]): Promise<ToolRun> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { status: failed.code, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** Runs `work` over the items, at most `parallel` at a time, keeping the order of the results. */
export async function inBatches<T, R>(items: T[], parallel: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  return results;
}

export interface PdfsigSignature {
  fieldName: string | null;
  signer: string | null;
  type: string | null;
  valid: boolean;
  totalDocument: boolean;
}

/** pdfsig's report, one entry per signature. */
export function parsePdfsig(output: string): PdfsigSignature[] {
  return output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((block) => ({
      fieldName: /Signature Field Name: (.*)$/m.exec(block)?.[1] ?? null,
      signer: /Signer Certificate Common Name: (.*)$/m.exec(block)?.[1] ?? null,
      type: /Signature Type: (.*)$/m.exec(block)?.[1] ?? null,
      valid: block.includes('Signature Validation: Signature is Valid.'),
      totalDocument: block.includes('Total document signed') && !block.includes('Not total document signed'),
    }));
}

export interface QpdfObjects {
  [key: string]: { value?: unknown; stream?: { dict: Record<string, unknown> } };
}

/** A scratch folder for files the command line tools read. */
export class ToolFolder {
  readonly dir = mkdtempSync(join(tmpdir(), 'dtia-signing-'));
  private counter = 0;

  write(pdf: Buffer, name = `file-${++this.counter}.pdf`): string {
    const path = join(this.dir, name);
    writeFileSync(path, pdf);
    return path;
  }

  pdfsig(pdf: Buffer): ToolRun & { signatures: PdfsigSignature[] } {
    const run = runTool('pdfsig', [this.write(pdf)]);
    return { ...run, signatures: parsePdfsig(run.output) };
  }

  qpdfCheck(pdf: Buffer): ToolRun {
    return runTool('qpdf', ['--check', this.write(pdf)]);
  }

  /** Every object as qpdf reads it (the newest revision), keyed "obj:N G R", plus "trailer". */
  qpdfObjects(pdf: Buffer): QpdfObjects {
    const run = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', this.write(pdf)], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return (JSON.parse(run.stdout) as { qpdf: [unknown, QpdfObjects] }).qpdf[1];
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
