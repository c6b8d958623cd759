import { z } from 'zod';
import { LIMITS, assessmentSchema, type Assessment } from './assessment';
import { fail, ok, type Result } from './result';

/** The `.dtia.json` interchange format: one assessment, versioned so that later versions can migrate older files. */
export const INTERCHANGE_FORMAT = 'dtia-assessment';
export const INTERCHANGE_VERSION = 1;

export const interchangeSchema = z
  .object({
    format: z.literal(INTERCHANGE_FORMAT),
    version: z.literal(INTERCHANGE_VERSION),
    exportedAt: z.string().datetime(),
    assessment: assessmentSchema,
  })
  .strict();

export type InterchangeFile = z.infer<typeof interchangeSchema>;

export function toInterchange(assessment: Assessment, exportedAt: string): InterchangeFile {
  return { format: INTERCHANGE_FORMAT, version: INTERCHANGE_VERSION, exportedAt, assessment };
}

export function serializeInterchange(assessment: Assessment, exportedAt: string): string {
  return `${JSON.stringify(toInterchange(assessment, exportedAt), null, 2)}\n`;
}

/** Formats zod issues as "path: message" lines a user can act on. */
export function describeIssues(error: z.ZodError, limit = 10): string[] {
  return error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
}

/** Parses an untrusted `.dtia.json` text. Never throws; every refusal names what is wrong. */
export function parseInterchange(text: string): Result<InterchangeFile> {
  if (text.length > LIMITS.importBytes) {
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
  if (header.version !== INTERCHANGE_VERSION) {
    return fail(
      'UNSUPPORTED_VERSION',
      `The file has format version ${JSON.stringify(header.version)}; this version of DTIA Studio reads version ${INTERCHANGE_VERSION}.`,
    );
  }
  const parsed = interchangeSchema.safeParse(raw);
  if (!parsed.success) {
    return fail('INVALID_ASSESSMENT', 'The file does not match the assessment format.', describeIssues(parsed.error));
  }
  return ok(parsed.data);
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
