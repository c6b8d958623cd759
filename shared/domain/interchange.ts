import { z } from 'zod';
import { LIMITS, assessmentSchema, type Assessment } from './assessment';
import { assessmentV1Schema } from './legacy/assessment-v1';
import { migrateAssessmentV1 } from './legacy/migrate-v1';
import { fail, ok, type Result } from './result';

/** The `.dtia.json` interchange format: one assessment, versioned so that later versions can migrate older files. */
export const INTERCHANGE_FORMAT = 'dtia-assessment';
export const INTERCHANGE_VERSION = 2;

export const interchangeSchema = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT),
    version: z.literal(INTERCHANGE_VERSION),
    exportedAt: z.string().datetime(),
    assessment: assessmentSchema,
  })
  .strict();

export type InterchangeFile = z.infer<typeof interchangeSchema>;

/** Version 1 files: one exporter–importer pair. Read only to be migrated. */
const interchangeV1Schema = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT),
    version: z.literal(1),
    exportedAt: z.string().datetime(),
    assessment: assessmentV1Schema,
  })
  .strict();

/** A parsed file, always in the current version; `migratedFromVersion` tells the user an older file was converted. */
export interface ParsedInterchange extends InterchangeFile {
  migratedFromVersion: number | null;
}

export function toInterchange(assessment: Assessment, exportedAt: string): InterchangeFile {
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION, exportedAt, assessment };
}

/** The file's text; a document without cited facts is written without the empty list (see withoutEmptyEvidence). */
export function serializeInterchange(assessment: Assessment, exportedAt: string): string {
  const file = toInterchange(assessment, exportedAt);
  return `${JSON.stringify({ ...file, assessment: withoutEmptyEvidence(file.assessment) }, null, 2)}\n`;
}

/** Formats zod issues as "path: message" lines a user can act on. */
export function describeIssues(error: z.ZodError, limit = 10): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
}

const utf8 = new TextEncoder();

/**
 * Parses an untrusted `.dtia.json` text. Never throws; every refusal names what is wrong. Version 1 files are
 * validated against the version 1 schema and migrated; files from a newer version are refused, not guessed at.
 */
export function parseInterchange(text: string): Result<ParsedInterchange> {
  // The limit is on bytes, as on disk: a character count lets multi-byte text through at up to four times the size.
  // Counting characters first skips the encoding for texts that are too large however they are encoded.
  if (text.length > LIMITS.importBytes || utf8.encode(text).byteLength > LIMITS.importBytes) {
    return fail('TOO_LARGE', `The file is larger than ${LIMITS.importBytes / (1024 * 1024)} MB.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('INVALID_JSON', `The file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('NOT_DTIA_FILE', 'The file is not a DTIA assessment.');
  }
  const header = raw as { format?: unknown; version?: unknown };
  if (header.format !== INTERCHANGE_FORMAT) {
    return fail('NOT_DTIA_FILE', `The file is not a DTIA assessment (expected "format": "${INTERCHANGE_FORMAT}").`);
  }
  if (header.version === 1) return parseVersion1(raw);
  if (header.version !== INTERCHANGE_VERSION) {
    const newer = typeof header.version === 'number' && Number.isInteger(header.version) && header.version > INTERCHANGE_VERSION;
    return fail(
      'UNSUPPORTED_VERSION',
      newer
        ? `The file has format version ${header.version}, written by a newer version of DTIA Studio; this version reads versions 1 to ${INTERCHANGE_VERSION}. Please update DTIA Studio to open it.`
        : `The file has format version ${JSON.stringify(header.version)}; this version of DTIA Studio reads versions 1 to ${INTERCHANGE_VERSION}.`,
    );
  }
  const parsed = interchangeSchema.safeParse(raw);
  if (!parsed.success) {
    return fail('INVALID_ASSESSMENT', 'The file does not match the assessment format.', describeIssues(parsed.error));
  }
  return ok({ ...parsed.data, migratedFromVersion: null });
}

function parseVersion1(raw: unknown): Result<ParsedInterchange> {
  const parsed = interchangeV1Schema.safeParse(raw);
  if (!parsed.success) {
    return fail('INVALID_ASSESSMENT', 'The file does not match the assessment format of version 1.', describeIssues(parsed.error));
  }
  const assessment = migrateAssessmentV1(parsed.data.assessment);
  // The migration is written to produce valid documents; checking again keeps a defect from reaching storage.
  const migrated = assessmentSchema.safeParse(assessment);
  if (!migrated.success) {
    return fail('INVALID_ASSESSMENT', 'The version 1 file could not be converted to the current format.', describeIssues(migrated.error));
  }
  return ok({
    format: INTERCHANGE_FORMAT,
    version: INTERCHANGE_VERSION,
    exportedAt: parsed.data.exportedAt,
    assessment: migrated.data,
    migratedFromVersion: 1,
  });
}

/** Stable JSON (keys sorted) so that the same content always hashes to the same value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * An assessment document as it is written and hashed: an empty `evidence` list is left out, so that a document
 * without cited facts reads exactly as it did before the list existed. Files it writes stay readable by earlier
 * versions, and every report, kept version and audit entry hashed before still matches the same document read today.
 */
export function withoutEmptyEvidence(document: unknown): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  const { evidence, ...rest } = document as Record<string, unknown>;
  return Array.isArray(evidence) && evidence.length === 0 ? rest : document;
}

/** The canonical JSON of an assessment document, as its content hash is taken (see withoutEmptyEvidence). */
export function canonicalAssessmentJson(document: unknown): string {
  return canonicalJson(withoutEmptyEvidence(document));
}
