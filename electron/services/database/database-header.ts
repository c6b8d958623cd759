/**
 * What the 100-byte header of an SQLite file (https://www.sqlite.org/fileformat.html#the_database_header) says about
 * the file, checked against the file's size without SQLite: a file cut short or with an overwritten header is
 * recognised before any connection is opened on it.
 */

export const HEADER_BYTES = 100;
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface HeaderFinding {
  /** Completes "The database file is damaged: …". */
  reason: string;
  detail: string;
}

function pageSizeOf(header: Buffer): number {
  const raw = header.readUInt16BE(16);
  return raw === 1 ? 65536 : raw;
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

function impossibleFields(header: Buffer): string[] {
  const pageSize = pageSizeOf(header);
  const found: string[] = [];
  if (!isPowerOfTwo(pageSize) || pageSize < 512 || pageSize > 65536) found.push(`page size ${pageSize}`);
  const writeVersion = header.readUInt8(18);
  const readVersion = header.readUInt8(19);
  if (writeVersion < 1 || writeVersion > 2) found.push(`write version ${writeVersion}`);
  if (readVersion < 1 || readVersion > 2) found.push(`read version ${readVersion}`);
  const fractions = [header.readUInt8(21), header.readUInt8(22), header.readUInt8(23)];
  if (fractions.join() !== '64,32,32') found.push(`payload fractions ${fractions.join('/')} instead of 64/32/32`);
  return found;
}

/**
 * The page count in the header, when the header says it can be trusted (it is valid only when written by a version
 * that also wrote the matching "version-valid-for" number).
 */
function trustedPageCount(header: Buffer): number | null {
  const count = header.readUInt32BE(28);
  const changeCounter = header.readUInt32BE(24);
  const validFor = header.readUInt32BE(92);
  return count > 0 && changeCounter === validFor ? count : null;
}

/**
 * Null when the header is sound and the file has every page it claims. `header` holds the file's first bytes (up to
 * 100); `walHoldsFrames`: a non-empty -wal may hold pages the file has not received yet, so the page count is not
 * compared then.
 */
export function headerFinding(header: Buffer, fileSize: number, walHoldsFrames: boolean): HeaderFinding | null {
  if (fileSize === 0) {
    return { reason: 'the file is empty', detail: 'The file has 0 bytes; a database file holds at least one page.' };
  }
  const start = header.subarray(0, Math.min(MAGIC.length, fileSize));
  if (!start.equals(MAGIC.subarray(0, start.length))) {
    return {
      reason: 'it does not begin like an SQLite database, so it is another kind of file or its first bytes were overwritten',
      detail: `The file begins with the bytes ${start.toString('hex')}; an SQLite database begins with "SQLite format 3".`,
    };
  }
  if (fileSize < HEADER_BYTES) {
    return {
      reason: 'it was cut short inside its header',
      detail: `The file ends after ${fileSize} bytes, inside the ${HEADER_BYTES}-byte header.`,
    };
  }
  const impossible = impossibleFields(header);
  if (impossible.length > 0) {
    return {
      reason: 'its header holds values no database has, so it was overwritten',
      detail: `The header holds ${impossible.join(', ')}.`,
    };
  }
  const pageSize = pageSizeOf(header);
  if (fileSize % pageSize !== 0) {
    return {
      reason: 'it was cut short in the middle of a page',
      detail: `The file has ${fileSize} bytes, which is not a whole number of ${pageSize}-byte pages: the last page stops after ${fileSize % pageSize} bytes.`,
    };
  }
  const claimed = trustedPageCount(header);
  const held = fileSize / pageSize;
  if (claimed !== null && claimed > held && !walHoldsFrames) {
    return {
      reason: `it was cut short, keeping ${held} of its ${claimed} pages`,
      detail: `The header counts ${claimed} pages of ${pageSize} bytes (${claimed * pageSize} bytes); the file has ${fileSize} bytes.`,
    };
  }
  return null;
}
