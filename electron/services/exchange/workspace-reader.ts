import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { describeIssues } from '../../../shared/domain/interchange';
import { AppFailure } from '../../../shared/domain/result';
import {
  MAX_WORKSPACE_LINE_BYTES,
  RECORD_ORDER,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  workspaceHeaderSchema,
  workspaceRecordSchema,
  type WorkspaceCounts,
  type WorkspaceHeader,
  type WorkspaceRecord,
} from '../../../shared/exchange/workspace-format';
import type { ProgressReport } from './workspace-types';

/**
 * Reads a `.dtia-workspace` file line by line and checks everything the format promises: the header first, every
 * record valid and in order, the end record last with the right number of lines and the SHA-256 of all of them, the
 * counts the header announced. The records are handed over as they are read, so a caller that writes them must do so
 * in a transaction it rolls back when this throws: the file is only known to be whole at its end.
 */

export type DataRecord = Exclude<WorkspaceRecord, { type: 'end' }>;

export interface WorkspaceReadout {
  header: WorkspaceHeader;
  /** SHA-256 of the file's bytes as read (compressed). */
  fileSha256: string;
}

export interface ReadHandlers {
  header?(header: WorkspaceHeader): void | Promise<void>;
  record(record: DataRecord, line: number): void | Promise<void>;
}

function damaged(message: string, details?: string[]): AppFailure {
  return new AppFailure('WORKSPACE_DAMAGED', message, details);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The header's own checks, so that a file of another kind or a newer version is named as such, not as damaged. */
function parseHeader(value: unknown): WorkspaceHeader {
  const candidate = value as { format?: unknown; version?: unknown } | null;
  if (candidate === null || typeof candidate !== 'object' || candidate.format !== WORKSPACE_FORMAT) {
    throw new AppFailure('NOT_DTIA_FILE', `The file is not a DTIA Studio workspace (its first line has no "format": "${WORKSPACE_FORMAT}").`);
  }
  if (candidate.version !== WORKSPACE_VERSION) {
    const newer = typeof candidate.version === 'number' && candidate.version > WORKSPACE_VERSION;
    throw new AppFailure(
      'UNSUPPORTED_VERSION',
      newer
        ? `The workspace has format version ${String(candidate.version)}, written by a newer version of DTIA Studio; this version reads version ${WORKSPACE_VERSION}. Please update DTIA Studio to import it.`
        : `The workspace has format version ${JSON.stringify(candidate.version)}; this version of DTIA Studio reads version ${WORKSPACE_VERSION}.`,
    );
  }
  const parsed = workspaceHeaderSchema.safeParse(value);
  if (!parsed.success) throw damaged('The first line of the workspace file is damaged.', describeIssues(parsed.error).map((issue) => `line 1: ${issue}`));
  return parsed.data;
}

function recordName(value: unknown): string {
  const record = value as { assessment?: { title?: unknown }; vendor?: { name?: unknown }; template?: { name?: unknown } } | null;
  const name = record?.assessment?.title ?? record?.vendor?.name ?? record?.template?.name;
  return typeof name === 'string' ? ` (“${name.slice(0, 80)}”)` : '';
}

function emptyCounts(): WorkspaceCounts {
  return { assessments: 0, versions: 0, vendors: 0, templates: 0, audit: 0, importedAudit: 0 };
}

function countRecord(counts: WorkspaceCounts, record: DataRecord): void {
  switch (record.type) {
    case 'assessment':
      counts.assessments += 1;
      counts.versions += record.versions.length;
      return;
    case 'vendor':
      counts.vendors += 1;
      return;
    case 'template':
      counts.templates += 1;
      return;
    case 'audit':
      counts.audit += 1;
      return;
    case 'imported-audit':
      counts.importedAudit += 1;
      return;
  }
}

/** The decompressed lines of the file, each without its line feed, and the hash of the compressed bytes. */
async function* lines(file: string, onProgress: ProgressReport | undefined, fileHash: ReturnType<typeof createHash>): AsyncGenerator<Buffer> {
  let size: number;
  try {
    size = Math.max(1, statSync(file).size);
  } catch (error) {
    throw new AppFailure('NOT_FOUND', `The workspace file cannot be read: ${describe(error)}`);
  }
  let read = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fileHash.update(chunk);
      read += chunk.length;
      done(null, chunk);
    },
  });
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(hashing).pipe(gunzip);
  hashing.on('error', (error) => gunzip.destroy(error));
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, end);
        yield pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
        pending = [];
        pendingBytes = 0;
        start = end + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > MAX_WORKSPACE_LINE_BYTES) throw damaged(`A line of the workspace file is longer than ${MAX_WORKSPACE_LINE_BYTES / (1024 * 1024)} MB.`);
      }
      onProgress?.(Math.min(1, read / size));
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new AppFailure('NOT_FOUND', `The workspace file cannot be read: ${describe(error)}`);
    throw damaged('The workspace file is damaged or incomplete: it cannot be decompressed.', [describe(error)]);
  } finally {
    input.destroy();
  }
  if (pendingBytes > 0) yield Buffer.concat(pending);
}

/**
 * Reads the whole file, handing each valid record to `handlers.record` in order. Throws NOT_DTIA_FILE,
 * UNSUPPORTED_VERSION or WORKSPACE_DAMAGED (naming the line) on the first problem, and WORKSPACE_DAMAGED at the end
 * when the end record is missing or does not match what came before.
 */
export async function readWorkspace(file: string, handlers: ReadHandlers, onProgress?: ProgressReport): Promise<WorkspaceReadout> {
  const fileHash = createHash('sha256');
  const linesHash = createHash('sha256');
  const counts = emptyCounts();
  let header: WorkspaceHeader | null = null;
  let end: { records: number; sha256: string; digest: string } | null = null;
  let lineNumber = 0;
  let order = 0;

  for await (const bytes of lines(file, onProgress, fileHash)) {
    lineNumber += 1;
    if (end !== null) {
      if (bytes.length === 0) continue;
      throw damaged(`The workspace file goes on after its end (line ${lineNumber}).`);
    }
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw lineNumber === 1
        ? new AppFailure('NOT_DTIA_FILE', 'The file is not a DTIA Studio workspace.', [describe(error)])
        : damaged(`Line ${lineNumber} of the workspace file is not valid JSON.`, [describe(error)]);
    }
    if (header === null) {
      header = parseHeader(value);
      await handlers.header?.(header);
      linesHash.update(bytes).update('\n');
      continue;
    }
    const parsed = workspaceRecordSchema.safeParse(value);
    if (!parsed.success) {
      throw damaged(
        `Line ${lineNumber} of the workspace file${recordName(value)} does not match the workspace format.`,
        describeIssues(parsed.error).map((issue) => `line ${lineNumber}: ${issue}`),
      );
    }
    const record = parsed.data;
    const position = RECORD_ORDER.indexOf(record.type);
    if (position < order) throw damaged(`Line ${lineNumber} of the workspace file is out of order: a ${record.type} record after the ${RECORD_ORDER[order]} records.`);
    order = position;
    if (record.type === 'end') {
      end = { records: record.records, sha256: record.sha256, digest: linesHash.digest('hex') };
      continue;
    }
    linesHash.update(bytes).update('\n');
    countRecord(counts, record);
    await handlers.record(record, lineNumber);
  }

  if (header === null) throw new AppFailure('NOT_DTIA_FILE', 'The file is empty; it is not a DTIA Studio workspace.');
  if (end === null) throw damaged('The workspace file is incomplete: its end is missing, so it was cut short.', [`${lineNumber} lines read`]);
  const linesBeforeEnd = 1 + Object.values(counts).reduce((sum, n) => sum + n, 0) - counts.versions;
  if (end.records !== linesBeforeEnd || end.sha256 !== end.digest) {
    throw damaged('The workspace file was changed after it was written: its checksum does not match its content.', [
      `lines before the end: ${linesBeforeEnd}, recorded ${end.records}`,
      `SHA-256 of the lines: ${end.digest}, recorded ${end.sha256}`,
    ]);
  }
  const announced = header.counts;
  const differing = (Object.keys(announced) as (keyof WorkspaceCounts)[]).filter((key) => announced[key] !== counts[key]);
  if (differing.length > 0) {
    throw damaged(
      'The workspace file does not hold what its first line announces.',
      differing.map((key) => `${key}: ${counts[key]} found, ${announced[key]} announced`),
    );
  }
  return { header, fileSha256: fileHash.digest('hex') };
}
