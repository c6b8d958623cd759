import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * Writes the lines of a workspace file through gzip into a new file, keeping the SHA-256 of the lines (for the end
 * record) and of the compressed bytes (for the user). Waits whenever the disk is behind, so memory stays flat.
 */
export interface WorkspaceWriter {
  line(value: unknown): Promise<void>;
  /** Writes the end record and waits until every byte is in the file. */
  close(): Promise<{ bytes: number; sha256: string; records: number }>;
  /** Stops writing; the caller removes the file. */
  abort(): void;
}

export function createWorkspaceWriter(path: string): WorkspaceWriter {
  const linesHash = createHash('sha256');
  const fileHash = createHash('sha256');
  let records = 0;
  let bytes = 0;
  const gzip = createGzip({ level: 6 });
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      fileHash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // 'wx': never into a file that is already there; the caller chose a fresh temporary name.
  const finished = pipeline(gzip, counting, createWriteStream(path, { flags: 'wx' }));
  // Observed in close(); until then a failure must not surface as an unhandled rejection.
  finished.catch(() => {});

  return {
    async line(value) {
      const text = `${JSON.stringify(value)}\n`;
      linesHash.update(text, 'utf8');
      records += 1;
      if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), finished]);
    },

    async close() {
      gzip.end(`${JSON.stringify({ type: 'end', records, sha256: linesHash.digest('hex') })}\n`);
      await finished;
      return { bytes, sha256: fileHash.digest('hex'), records };
    },

    abort() {
      gzip.destroy();
    },
  };
}
