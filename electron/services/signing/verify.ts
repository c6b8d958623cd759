import { parseInterchange } from '../../../shared/domain/interchange';
import { AppFailure } from '../../../shared/domain/result';
import type { SignatureCheck, SignerRole, VerificationResult } from '../../../shared/ipc/contract';
import { contentHash } from '../report/content-hash';
import { readEmbeddedAssessment } from '../report/embedded-assessment';
import { INFO_CONTENT_HASH } from '../report/pdf-info-keys';
import { PdfDocument } from '../pdf-reader/pdf-document';
import { PdfName, textOf, type PdfDict } from '../pdf-reader/pdf-values';
import { checkCmsSignature } from './cades/check';
import { findSignatures, hasUnfilledSignature, looksLikePdf, type SignatureLocation } from './pdf-structure';
import { revisionChange, type RevisionChange } from './pdf/later-changes';
import { findRevisions, revisionsWithin, type Revision } from './pdf/revisions';
import { signatureFieldNames } from './pdf/signature-fields';
import { readCertificate, validAt } from './x509/certificate';

const CONTENT_HASH = /^[0-9a-f]{64}$/;
const PADES = 'ETSI.CAdES.detached';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A PDF date (D:YYYYMMDDHHmmSSOHH'mm') as an ISO instant, or null. */
export function parsePdfDate(value: string | null): string | null {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(value ?? '');
  if (!match) return null;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', , sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const offset = sign ? `${sign}${offsetHours}:${offsetMinutes}` : 'Z';
  const time = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

function text(dictionary: PdfDict | null, key: string): string | null {
  return textOf(dictionary?.get(key));
}

function roleOf(fieldName: string | null): SignerRole | null {
  const match = /^(assessor|approver) signature\b/i.exec(fieldName ?? '');
  return match ? ((match[1] ?? '').toLowerCase() as SignerRole) : null;
}

/** Signature field names from the newest revision that can be read, then from older ones for what is still missing. */
function fieldNames(pdf: Buffer, revisions: Revision[]): Map<number, string> {
  const names = new Map<number, string>();
  for (const revision of [...revisions].reverse()) {
    try {
      for (const [num, name] of signatureFieldNames(PdfDocument.open(pdf, revision.startxref))) if (!names.has(num)) names.set(num, name);
    } catch {
      // A revision that cannot be read names no fields.
    }
  }
  return names;
}

function certificateValidAt(certificate: Buffer | null, time: string): boolean {
  if (!certificate) return true;
  try {
    return validAt(readCertificate(certificate), new Date(time));
  } catch {
    return false;
  }
}

const normaliseFingerprint = (value: string) => value.replace(/:/g, '').toLowerCase();

interface Context {
  pdf: Buffer;
  revisions: Revision[];
  /** Revisions of the unsigned original before the first signature's: revision 1 is the original plus that signature. */
  unsignedRevisions: number;
  trusted: ReadonlySet<string>;
  fieldNames: Map<number, string>;
  laterChanges: (coversBytes: number) => SignatureCheck['laterChanges'];
}

function checkSignature(location: SignatureLocation, index: number, context: Context): SignatureCheck {
  const { byteRange, dictionary } = location;
  const [start, firstLength, secondStart, secondLength] = byteRange;
  const coversBytes = secondStart + secondLength;
  const subFilter = dictionary?.get('SubFilter');
  const claimedAt = parsePdfDate(text(dictionary, 'M'));
  const fieldName = location.objectNumber === null ? null : (context.fieldNames.get(location.objectNumber) ?? null);
  const result: SignatureCheck = {
    index: index + 1,
    fieldName,
    role: roleOf(fieldName),
    subFilter: subFilter instanceof PdfName ? subFilter.value : null,
    valid: false,
    signer: null,
    signerEmail: null,
    signerOrganisation: null,
    certificateSha256: null,
    trusted: false,
    selfSigned: false,
    signedAt: claimedAt,
    timestamp: null,
    reason: text(dictionary, 'Reason'),
    revision: revisionsWithin(context.revisions, coversBytes) - context.unsignedRevisions,
    coversBytes,
    laterChanges: location.problems.length === 0 ? context.laterChanges(coversBytes) : 'other',
    problems: [...location.problems],
  };
  if (location.problems.length > 0) return result;

  const signedParts = [context.pdf.subarray(start, start + firstLength), context.pdf.subarray(secondStart, secondStart + secondLength)];
  const check = checkCmsSignature(location.contents, signedParts);
  const fingerprint = check.certificateSha256 === null ? null : normaliseFingerprint(check.certificateSha256);
  Object.assign(result, {
    signer: check.signer?.name || null,
    signerEmail: check.signer?.email || null,
    signerOrganisation: check.signer?.organisation || null,
    certificateSha256: check.certificateSha256,
    trusted: fingerprint !== null && [...context.trusted].some((trusted) => normaliseFingerprint(trusted) === fingerprint),
    selfSigned: check.selfSigned,
    signedAt: result.signedAt ?? check.signedAt,
    timestamp: check.timestamp,
  });
  result.problems.push(...check.problems);
  if (result.subFilter === PADES && check.signingCertificateMatches === null) {
    result.problems.push('The signature lacks the signing-certificate attribute that PAdES requires.');
  }
  // The CMS check covers its own signing-time attribute and timestamp; the time in /M is the PDF's to check.
  if (claimedAt && !certificateValidAt(check.certificate, claimedAt)) {
    result.problems.push(`The signer’s certificate was not valid at the claimed signing time (${claimedAt}).`);
  }
  result.valid = check.digestMatches && check.signatureVerifies && check.signingCertificateMatches !== false && result.problems.length === 0;
  return result;
}

/** Reads later changes per revision once, however many signatures ask. */
function laterChangesReader(pdf: Buffer, revisions: Revision[]): Context['laterChanges'] {
  const changes = new Map<number, RevisionChange>();
  const changeOf = (index: number): RevisionChange => {
    let change = changes.get(index);
    if (change === undefined) {
      const previous = revisions[index - 1];
      const next = revisions[index];
      change = previous && next ? revisionChange(pdf, previous, next) : 'other';
      changes.set(index, change);
    }
    return change;
  };
  const lastEnd = revisions[revisions.length - 1]?.end ?? 0;
  return (coversBytes) => {
    if (coversBytes === pdf.length) return 'none';
    if (coversBytes > pdf.length || lastEnd < pdf.length) return 'other';
    const firstLater = revisions.findIndex((revision) => revision.eofEnd > coversBytes);
    if (firstLater <= 0) return 'other';
    for (let index = firstLater; index < revisions.length; index++) if (changeOf(index) === 'other') return 'other';
    return 'signatures';
  };
}

/** The cover's content hash, from the document as the first signature covers it, so that no later update can alter it. */
function coverContentHash(covered: Buffer, revisions: Revision[]): string | null {
  const revision = revisions.filter((candidate) => candidate.eofEnd <= covered.length).pop();
  let hash: string | null;
  try {
    if (!revision) throw new Error('no complete revision');
    const doc = PdfDocument.open(covered, revision.startxref);
    hash = doc.text(doc.info()?.get(INFO_CONTENT_HASH));
  } catch {
    // Damaged cross-reference data: the objects found by scanning may still name the hash.
    const doc = PdfDocument.scan(covered);
    hash = doc?.text(doc.info()?.get(INFO_CONTENT_HASH)) ?? null;
  }
  return hash !== null && CONTENT_HASH.test(hash) ? hash : null;
}

function embeddedAssessment(covered: Buffer, coverHash: string | null, problems: string[]): VerificationResult['embedded'] {
  let file: ReturnType<typeof readEmbeddedAssessment>;
  try {
    file = readEmbeddedAssessment(covered);
  } catch (error) {
    problems.push(`The embedded assessment cannot be read: ${describe(error)}`);
    return null;
  }
  if (!file) return null;
  const parsed = parseInterchange(file.content);
  if (!parsed.ok) {
    problems.push(`The embedded assessment ${file.fileName} cannot be read: ${parsed.error.message}`);
    return null;
  }
  const hash = contentHash(parsed.value.assessment);
  if (hash !== coverHash) problems.push('The embedded assessment does not match the content hash on the cover.');
  return { fileName: file.fileName, contentHash: hash, matchesCover: hash === coverHash };
}

/**
 * Checks every signature of a PDF and what was changed after each. Throws only NOT_A_PDF and UNSIGNED_PDF; every
 * other defect, however malformed the file, comes back as a result with `valid: false` and the problems found.
 */
export function verifyPdf(pdf: Buffer, trusted: ReadonlySet<string>): VerificationResult {
  if (!looksLikePdf(pdf)) throw new AppFailure('NOT_A_PDF', 'The file is not a PDF document (or it is incomplete).');
  const text = pdf.toString('latin1');
  const locations = findSignatures(text);
  if (locations.length === 0) {
    const message = hasUnfilledSignature(text) ? 'The PDF has an empty signature field but no signature.' : 'The PDF carries no digital signature.';
    throw new AppFailure('UNSIGNED_PDF', message);
  }

  const revisions = findRevisions(text);
  const [firstLocation] = locations as [SignatureLocation];
  const unsignedRevisions = Math.max(0, revisionsWithin(revisions, firstLocation.byteRange[2] + firstLocation.byteRange[3]) - 1);
  const context: Context = {
    pdf,
    revisions,
    unsignedRevisions,
    trusted,
    fieldNames: fieldNames(pdf, revisions),
    laterChanges: laterChangesReader(pdf, revisions),
  };
  const signatures = locations.map((location, index) => checkSignature(location, index, context));
  const first = signatures[0] as SignatureCheck;
  const last = signatures[signatures.length - 1] as SignatureCheck;

  const problems: string[] = [];
  const changedAfterLastSignature = last.coversBytes !== pdf.length;
  if (changedAfterLastSignature) problems.push('The document was changed after the last signature: bytes follow its signed range.');
  if (first.laterChanges === 'other') problems.push('After the first signature, the document was changed in other ways than by adding signatures.');
  signatures.forEach((signature) => {
    if (!signature.valid) problems.push(`Signature ${signature.index} is not valid.`);
  });

  const covered = pdf.subarray(0, Math.min(first.coversBytes, pdf.length));
  const coverHash = coverContentHash(covered, revisions);
  const embedded = embeddedAssessment(covered, coverHash, problems);

  return {
    valid: signatures.every((signature) => signature.valid) && first.laterChanges !== 'other' && last.laterChanges === 'none',
    documentBytes: pdf.length,
    revisions: revisions.length - unsignedRevisions,
    signatures,
    contentHash: coverHash,
    embedded,
    changedAfterLastSignature,
    problems,
  };
}
