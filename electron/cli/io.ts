import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { AppFailure } from '../../shared/domain/result';

/** What a command may touch of the outside world; the entry point passes the real process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  now(): Date;
}

/** Reads a whole file, refusing before reading when it is larger than the command accepts. */
export function readFileLimited(path: string, maxBytes: number, what: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppFailure('NOT_FOUND', `Cannot read ${what} ${path}: no such file.`);
    throw new AppFailure('INVALID_REQUEST', `Cannot read ${what} ${path}: ${(error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new AppFailure('INVALID_REQUEST', `Cannot read ${what} ${path}: not a file.`);
    if (stat.size > maxBytes) {
      throw new AppFailure('TOO_LARGE', `The ${what} ${path} is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.`);
    }
    const buffer = Buffer.alloc(stat.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text of a file, without the byte-order mark some editors put in front. */
export function readTextLimited(path: string, maxBytes: number, what: string): string {
  return readFileLimited(path, maxBytes, what).toString('utf8').replace(/^\uFEFF/, '');
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One line: the code first, so scripts can match it. */
export function errorLine(error: unknown): string {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  if (error instanceof AppFailure) {
    const details = error.details && error.details.length > 0 ? ` (${error.details.map(oneLine).join('; ')})` : '';
    return `dtia: ${error.code}: ${oneLine(error.message)}${details}\n`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `dtia: INTERNAL: ${oneLine(message)}\n`;
}
