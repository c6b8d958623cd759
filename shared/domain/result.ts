/** Errors cross every boundary (IPC, CLI, services) as values with a stable code, never as thrown objects. */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'INVALID_JSON',
  'NOT_DTIA_FILE',
  'UNSUPPORTED_VERSION',
  'INVALID_ASSESSMENT',
  'TOO_LARGE',
  'NO_SIGNING_IDENTITY',
  'WRONG_PASSPHRASE',
  'INVALID_IDENTITY',
  'INVALID_CERTIFICATE',
  'NOT_A_PDF',
  'UNSIGNED_PDF',
  'TIMESTAMP_FAILED',
  'NO_EMBEDDED_ASSESSMENT',
  'UNSUPPORTED_PDF',
  'DATABASE_NEWER',
  'DATABASE_ERROR',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'BACKUP_NOT_FOUND',
  'BACKUP_DAMAGED',
  'ASSESSMENT_INCOMPLETE',
  'INVALID_TRANSITION',
  'ASSESSMENT_ARCHIVED',
  'IMPORT_CONFLICT',
  'WORKSPACE_DAMAGED',
  'CANCELLED',
  'VENDOR_NAME_TAKEN',
  'VENDOR_IN_USE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field-level findings, e.g. "step1.importer.country: expected an ISO 3166-1 alpha-2 code". */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: string[]): Result<never> => ({
  ok: false,
  error: details && details.length > 0 ? { code, message, details } : { code, message },
});

/** Thrown inside services to abort with a code; converted to a Result at the boundary. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}
