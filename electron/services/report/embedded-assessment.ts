import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { LIMITS } from '../../../shared/domain/assessment';
import { isDict, isName, openPdfDocument, type PdfDocument } from '../pdf-reader/pdf-document';
import { decodeTextString, hasPdfHeader, type IndirectObject, type PdfDict, type PdfValue } from '../pdf-reader/pdf-syntax';

/**
 * The assessment travels inside its report as a PDF file attachment (an embedded `.dtia.json`), so that the report
 * can be imported back and its content hash checked against the cover.
 */

export interface EmbeddedAssessmentFile {
  fileName: string;
  /** The interchange JSON text, as `exportJson` writes it. */
  content: string;
}

export const EMBEDDED_ASSESSMENT_SUFFIX = '.dtia.json';
const JSON_MEDIA_TYPE = 'application/json';

/**
 * Adds the file to a pdfkit document (before `end()`), as an associated file of the document. `description` is the
 * attachment's description in the report's language, shown by viewers in their attachment list.
 */
export function attachAssessment(doc: PDFKit.PDFDocument, file: EmbeddedAssessmentFile, description?: string): void {
  // The document's own date keeps the output reproducible when the renderer fixes it.
  const date = doc.info.CreationDate instanceof Date ? doc.info.CreationDate : new Date();
  const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
    name: file.fileName,
    type: JSON_MEDIA_TYPE,
    creationDate: date,
    modifiedDate: date,
    // The report is a rendering of this file: it is the document's source in the sense of ISO 32000-2, 14.13.
    relationship: 'Source',
  };
  if (description !== undefined && description !== '') options.description = description;
  doc.file(Buffer.from(file.content, 'utf8'), options);
}

/** The embedded `.dtia.json` of a PDF (the last one added), or null. Never throws on malformed input. */
export function readEmbeddedAssessment(pdf: Buffer): EmbeddedAssessmentFile | null {
  const found = findEmbeddedAssessment(pdf);
  return found.kind === 'found' ? found.file : null;
}

export type EmbeddedAssessmentLookup =
  | { kind: 'found'; file: EmbeddedAssessmentFile }
  /** No attachment that could be an assessment. */
  | { kind: 'absent' }
  /** An attachment larger than an imported file may be. */
  | { kind: 'too-large' }
  /** An attachment whose data is damaged or encoded in a way this reader does not support. */
  | { kind: 'unreadable' };

/** As `readEmbeddedAssessment`, and tells why there is no file, so an import can say what went wrong. */
export function findEmbeddedAssessment(pdf: Buffer): EmbeddedAssessmentLookup {
  try {
    if (!hasPdfHeader(pdf)) return { kind: 'absent' };
    const doc = openPdfDocument(pdf);
    // Encrypted strings and streams cannot be read without the key; reports are never encrypted.
    if (!doc || doc.trailer.entries.has('Encrypt')) return { kind: 'absent' };
    const chosen = chooseAttachment(attachmentsOf(doc));
    return chosen ? decodeAttachment(doc, chosen) : { kind: 'absent' };
  } catch {
    // The reader is written not to throw; this keeps a defect in it from turning hostile input into a crash.
    return { kind: 'unreadable' };
  }
}

interface Attachment {
  name: string;
  stream: IndirectObject;
}

/** Bounds for hostile name trees; a report has one attachment. */
const MAX_TREE_DEPTH = 32;
const MAX_FILE_SPECS = 10_000;

/** Every embedded file the catalog names: in the /EmbeddedFiles name tree or among the associated files (/AF). */
function attachmentsOf(doc: PdfDocument): Attachment[] {
  const catalog = doc.resolve(doc.trailer.entries.get('Root'));
  if (!isDict(catalog)) return [];
  const specs: PdfValue[] = [];
  const names = doc.resolve(catalog.entries.get('Names'));
  if (isDict(names)) collectNameTree(doc, names.entries.get('EmbeddedFiles'), specs, 0, new Set());
  const associated = doc.resolve(catalog.entries.get('AF'));
  if (Array.isArray(associated)) specs.push(...associated.slice(0, MAX_FILE_SPECS));

  const byStream = new Map<number, Attachment>();
  for (const spec of specs) {
    const attachment = attachmentOf(doc, spec);
    if (attachment && !byStream.has(attachment.stream.num)) byStream.set(attachment.stream.num, attachment);
  }
  return [...byStream.values()];
}

function collectNameTree(doc: PdfDocument, value: PdfValue | undefined, specs: PdfValue[], depth: number, seen: Set<number>): void {
  if (depth > MAX_TREE_DEPTH || specs.length >= MAX_FILE_SPECS) return;
  if (value && typeof value === 'object' && !Array.isArray(value) && value.kind === 'ref') {
    if (seen.has(value.num)) return;
    seen.add(value.num);
  }
  const node = doc.resolve(value);
  if (!isDict(node)) return;
  const pairs = doc.resolve(node.entries.get('Names'));
  if (Array.isArray(pairs)) {
    for (let i = 1; i < pairs.length && specs.length < MAX_FILE_SPECS; i += 2) specs.push(pairs[i] as PdfValue);
  }
  const kids = doc.resolve(node.entries.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) collectNameTree(doc, kid, specs, depth + 1, seen);
}

function attachmentOf(doc: PdfDocument, value: PdfValue): Attachment | null {
  const spec = doc.resolve(value);
  if (!isDict(spec)) return null;
  const name = textOf(doc, spec.entries.get('UF')) ?? textOf(doc, spec.entries.get('F'));
  const embedded = doc.resolve(spec.entries.get('EF'));
  if (name === null || !isDict(embedded)) return null;
  const reference = embedded.entries.get('UF') ?? embedded.entries.get('F');
  // An embedded file is a stream, and streams are always indirect objects.
  if (!reference || typeof reference !== 'object' || Array.isArray(reference) || reference.kind !== 'ref') return null;
  const stream = doc.object(reference.num);
  return stream && stream.streamStart !== null && isDict(stream.value) ? { name, stream } : null;
}

function textOf(doc: PdfDocument, value: PdfValue | undefined): string | null {
  const resolved = doc.resolve(value);
  return resolved && typeof resolved === 'object' && !Array.isArray(resolved) && resolved.kind === 'string'
    ? decodeTextString(resolved.bytes)
    : null;
}

/**
 * The newest `.dtia.json` (an incremental update appends after what it updates, so the latest stream sits furthest
 * into the file); failing that, the only JSON attachment. Several other JSON files leave no way to tell which is meant.
 */
function chooseAttachment(attachments: Attachment[]): Attachment | null {
  const assessments = attachments.filter((a) => a.name.toLowerCase().endsWith(EMBEDDED_ASSESSMENT_SUFFIX));
  if (assessments.length > 0) return assessments.reduce((newest, a) => (a.stream.offset > newest.stream.offset ? a : newest));
  const json = attachments.filter((a) => a.name.toLowerCase().endsWith('.json') || isName(streamDict(a).entries.get('Subtype'), JSON_MEDIA_TYPE));
  return json.length === 1 ? (json[0] as Attachment) : null;
}

const streamDict = (attachment: Attachment): PdfDict => attachment.stream.value as PdfDict;

function decodeAttachment(doc: PdfDocument, attachment: Attachment): EmbeddedAssessmentLookup {
  const dict = streamDict(attachment);
  const params = doc.resolve(dict.entries.get('Params'));
  const declaredSize = isDict(params) ? doc.resolve(params.entries.get('Size')) : null;
  if (typeof declaredSize === 'number' && declaredSize > LIMITS.importBytes) return { kind: 'too-large' };

  const raw = doc.rawStream(attachment.stream);
  const compressed = isFlateOnly(doc, dict);
  if (raw === null || compressed === null) return { kind: 'unreadable' };
  let data: Buffer;
  if (compressed) {
    try {
      // The cap stops a small compressed stream from expanding into gigabytes.
      data = inflateSync(raw, { maxOutputLength: LIMITS.importBytes });
    } catch (error) {
      return { kind: (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'unreadable' };
    }
  } else {
    if (raw.length > LIMITS.importBytes) return { kind: 'too-large' };
    data = raw;
  }
  if (isDict(params) && !matchesParams(doc, params, data)) return { kind: 'unreadable' };

  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { kind: 'unreadable' };
  }
  return { kind: 'found', file: { fileName: attachment.name, content } };
}

/** True for /FlateDecode, false for no filter, null for anything else (other filters, predictors). */
function isFlateOnly(doc: PdfDocument, dict: PdfDict): boolean | null {
  const filter = doc.resolve(dict.entries.get('Filter'));
  const filters = Array.isArray(filter) ? filter.map((f) => doc.resolve(f)) : filter === null ? [] : [filter];
  const parms = doc.resolve(dict.entries.get('DecodeParms'));
  const hasParms = Array.isArray(parms) ? parms.some((p) => doc.resolve(p) !== null) : parms !== null;
  if (hasParms) return null;
  if (filters.length === 0) return false;
  return filters.length === 1 && isName(filters[0], 'FlateDecode') ? true : null;
}

/** The embedded file parameters' size and MD5 checksum (where given) must match what was decoded. */
function matchesParams(doc: PdfDocument, params: PdfDict, data: Buffer): boolean {
  const size = doc.resolve(params.entries.get('Size'));
  if (typeof size === 'number' && size !== data.length) return false;
  const checksum = doc.resolve(params.entries.get('CheckSum'));
  if (!checksum || typeof checksum !== 'object' || Array.isArray(checksum) || checksum.kind !== 'string') return true;
  const digest = createHash('md5').update(data).digest();
  // The standard asks for the 16 digest bytes; pdfkit writes them as 32 hex digits.
  if (checksum.bytes.length === 16) return checksum.bytes.equals(digest);
  const hex = checksum.bytes.toString('latin1');
  return /^[0-9a-fA-F]{32}$/.test(hex) ? hex.toLowerCase() === digest.toString('hex') : true;
}
