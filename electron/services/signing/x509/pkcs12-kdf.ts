import { createHash } from 'node:crypto';

/**
 * The key derivation of PKCS #12 (RFC 7292, appendix B.2), which the integrity MAC of a .p12 file still uses even
 * where the contents are encrypted with PBES2.
 */

const BLOCK_BYTES: Record<string, number> = { sha1: 64, sha256: 64, sha384: 128, sha512: 128 };

/** The password as a BMPString with its terminating zero, as B.1 prescribes. */
export function bmpPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}

function repeatToBlocks(data: Buffer, blockBytes: number): Buffer {
  if (data.length === 0) return data;
  const length = blockBytes * Math.ceil(data.length / blockBytes);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) out[i] = data[i % data.length] ?? 0;
  return out;
}

/** `id` 1 derives an encryption key, 2 an IV, 3 a MAC key. */
export function pkcs12Kdf(hash: string, password: Buffer, salt: Buffer, id: 1 | 2 | 3, iterations: number, length: number): Buffer {
  const v = BLOCK_BYTES[hash];
  if (v === undefined) throw new Error(`unsupported hash ${hash}`);
  const diversifier = Buffer.alloc(v, id);
  const input = Buffer.concat([repeatToBlocks(salt, v), repeatToBlocks(password, v)]);
  const out: Buffer[] = [];
  let produced = 0;
  while (produced < length) {
    let a = createHash(hash).update(diversifier).update(input).digest();
    for (let i = 1; i < iterations; i += 1) a = createHash(hash).update(a).digest();
    out.push(a);
    produced += a.length;
    if (produced >= length) break;
    // I_j = (I_j + B + 1) mod 2^(8v) for every v-byte block of I, where B repeats A to v bytes.
    const b = repeatToBlocks(a, v).subarray(0, v);
    for (let j = 0; j < input.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k -= 1) {
        const sum = (input[j + k] ?? 0) + (b[k] ?? 0) + carry;
        input[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(out).subarray(0, length);
}
