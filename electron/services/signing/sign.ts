import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { AppFailure } from '../../../shared/domain/result';
import type { UnlockedIdentity } from '../types';
import { ReportSigner } from './report-signer';

export const SIGNING_REASON = 'Approval of the Data Transfer Impact Assessment';

/** Room for the PKCS#7 signature: a 3072-bit signature plus the certificates of the bundle, with a margin. */
function signatureLength(p12: Buffer): number {
  return Math.max(8192, 4096 + 2 * p12.length);
}

/**
 * placeholder-plain writes its `startxref` one byte early (at the newline before `xref`); strict readers such as
 * qpdf warn about it. The offset sits after the signed range's end is known but before signing, so it is corrected
 * here and the signature covers the corrected file.
 */
function pointStartxrefAtXref(pdf: Buffer): Buffer {
  const tail = pdf.subarray(pdf.lastIndexOf('startxref')).toString('latin1');
  const match = /^startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) return pdf;
  const offset = Number(match[1]);
  if (pdf.subarray(offset, offset + 5).toString('latin1') !== '\nxref') return pdf;
  const head = pdf.subarray(0, pdf.lastIndexOf('startxref'));
  return Buffer.concat([head, Buffer.from(`startxref\n${offset + 1}\n%%EOF`, 'latin1')]);
}

/** Signs a PDF with an incremental update holding an adbe.pkcs7.detached signature (SHA-256, RSA). */
export async function signPdf(pdf: Buffer, identity: UnlockedIdentity, signingTime: Date): Promise<Buffer> {
  const prepared = pointStartxrefAtXref(
    plainAddPlaceholder({
      pdfBuffer: pdf,
      reason: SIGNING_REASON,
      contactInfo: identity.info.email,
      name: identity.info.name,
      location: '',
      signingTime,
      signatureLength: signatureLength(identity.p12),
    }),
  );
  try {
    return await new SignPdf().sign(prepared, new ReportSigner(identity.p12, identity.passphrase), signingTime);
  } catch (error) {
    if (/MAC could not be verified|invalid password/i.test((error as Error).message ?? '')) {
      throw new AppFailure('WRONG_PASSPHRASE', 'The passphrase does not open the signing identity.');
    }
    throw new AppFailure('INTERNAL', 'The report could not be signed.', [(error as Error).message]);
  }
}
