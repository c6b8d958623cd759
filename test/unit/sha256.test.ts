import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/domain/sha256';

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on multi-byte characters and on every padding length around block edges', () => {
    const samples = ['§1881a – Straße, „Zitat“ 0,74 %', 'Ł ž 中文 😀', 'a'.repeat(1000)];
    for (let length = 50; length <= 130; length++) samples.push('ä'.repeat(length % 7) + 'x'.repeat(length));
    for (const sample of samples) expect(sha256Hex(sample), sample.slice(0, 20)).toBe(nodeSha256(sample));
  });
});
