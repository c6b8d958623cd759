import { closeSync, fsyncSync, openSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';

/** Forces a file's bytes to disk, so that a rename that follows cannot reach the disk before the content. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Forces a folder's entries (a rename, a new file) to disk. Windows cannot open a folder this way and makes renames
 * durable by itself, so a refusal there is not an error.
 */
export function fsyncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    closeSync(fd);
  }
}

/** Moves a complete file into place: its content reaches the disk first, then the new name. */
export function renameDurably(from: string, to: string): void {
  fsyncFile(from);
  renameSync(from, to);
  fsyncDirectory(dirname(to));
}
