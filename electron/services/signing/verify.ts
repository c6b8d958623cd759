import { AppFailure } from '../../../shared/domain/result';
import type { VerificationResult } from '../../../shared/ipc/contract';
import { INFO_CONTENT_HASH } from '../report/pdf-info-keys';
import { checkCmsSignature } from './cms-signature';
import {
  findLastSignature,
  hasUnfilledSignature,
  looksLikePdf,
  readDictionaryString,
  readInfoEntry,
  type SignatureLocation,
} from './pdf-structure';

const CONTENT_HASH = /^[0-9a-f]{64}$/;

function unverified(problems: string[]): VerificationResult {
  return {
    valid: false,
    signer: null,
    signerEmail: null,
    signerOrganisation: null,
    signedAt: null,
    coversWholeDocument: false,
    certificateSha256: null,
    changedAfterSigning: false,
    reason: null,
    contentHash: null,
    problems,
  };
}

/**
 * Checks the last signature of a PDF. Throws only NOT_A_PDF and UNSIGNED_PDF; every other defect, however
 * malformed the file, comes back as a result with `valid: false` and the problems found.
 */
export function verifyPdf(pdf: Buffer): VerificationResult {
  if (!looksLikePdf(pdf)) throw new AppFailure('NOT_A_PDF', 'The file is not a PDF document (or it is incomplete).');
  const text = pdf.toString('latin1');
  const location = findLastSignature(text);
  if (!location) {
    const message = hasUnfilledSignature(text)
      ? 'The PDF has an empty signature field but no signature.'
      : 'The PDF carries no digital signature.';
    throw new AppFailure('UNSIGNED_PDF', message);
  }

  const result = unverified([...location.problems]);
  try {
    checkSignature(pdf, text, location, result);
  } catch (error) {
    result.valid = false;
    result.problems.push(`The signature cannot be read: ${(error as Error)?.message ?? String(error)}`);
  }
  return result;
}

function checkSignature(pdf: Buffer, text: string, location: SignatureLocation, result: VerificationResult): void {
  result.reason = readDictionaryString(location.dictionary, 'Reason', text);
  if (location.problems.length > 0) return;

  const [start, firstLength, secondStart, secondLength] = location.byteRange;
  result.coversWholeDocument = secondStart + secondLength === pdf.length;
  result.changedAfterSigning = !result.coversWholeDocument;
  if (result.changedAfterSigning) result.problems.push('The document was changed after it was signed: bytes follow the signed range.');

  const signedParts = [pdf.subarray(start, start + firstLength), pdf.subarray(secondStart, secondStart + secondLength)];
  const hash = readInfoEntry(Buffer.concat(signedParts).toString('latin1'), INFO_CONTENT_HASH);
  result.contentHash = hash !== null && CONTENT_HASH.test(hash) ? hash : null;

  const check = checkCmsSignature(Buffer.from(text.slice(firstLength + 1, secondStart - 1), 'hex'), signedParts);
  result.signer = check.signer?.name || null;
  result.signerEmail = check.signer?.email || null;
  result.signerOrganisation = check.signer?.organisation || null;
  result.certificateSha256 = check.certificateSha256;
  result.signedAt = check.signedAt;
  result.valid = check.digestMatches && check.signatureVerifies;
  result.problems.push(...check.problems);
}
