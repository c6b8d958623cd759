import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../electron/cli/args';

describe('parseCommandLine', () => {
  it('reads each command with its options', () => {
    expect(parseCommandLine(['export', 'a.dtia.json', '--out', 'r.pdf'])).toEqual({
      name: 'export',
      input: 'a.dtia.json',
      out: 'r.pdf',
      p12: null,
      passphraseEnv: null,
    });
    expect(parseCommandLine(['export', '--p12', 'me.p12', 'a.dtia.json', '--passphrase-env', 'PASS', '--out', 'r.pdf'])).toEqual({
      name: 'export',
      input: 'a.dtia.json',
      out: 'r.pdf',
      p12: 'me.p12',
      passphraseEnv: 'PASS',
    });
    expect(parseCommandLine(['verify', 'r.pdf'])).toEqual({ name: 'verify', pdf: 'r.pdf' });
    expect(parseCommandLine(['import', 'a.dtia.json', '--data-dir=/d'])).toEqual({ name: 'import', file: 'a.dtia.json', dataDir: '/d' });
    expect(parseCommandLine(['list'])).toEqual({ name: 'list', dataDir: null });
    expect(parseCommandLine(['assess', 'a.dtia.json'])).toEqual({ name: 'assess', file: 'a.dtia.json', today: null });
    expect(parseCommandLine(['assess', 'a.dtia.json', '--today', '2024-02-29'])).toEqual({ name: 'assess', file: 'a.dtia.json', today: '2024-02-29' });
  });

  it('answers help wherever it is asked for', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['list', '--help'], ['export', '-h']]) {
      expect(parseCommandLine(argv)).toEqual({ name: 'help' });
    }
  });

  it('refuses what does not fit the usage', () => {
    for (const argv of [
      ['frobnicate'],
      ['list', 'extra'],
      ['list', '--verbose'],
      ['verify'],
      ['verify', 'a.pdf', 'b.pdf'],
      ['import', 'a.dtia.json', '--data-dir'],
      ['import', 'a.dtia.json', '--data-dir', ''],
      ['export', 'a.dtia.json'],
      ['export', 'a.dtia.json', '--out', 'r.pdf', '--p12', 'me.p12'],
      ['export', 'a.dtia.json', '--out', 'r.pdf', '--passphrase-env', 'PASS'],
      ['verify', 'r.pdf', '--data-dir', '/d'],
      ['assess'],
      ['assess', 'a.dtia.json', '--today', '2026-02-30'],
      ['assess', 'a.dtia.json', '--today', '14.07.2026'],
      ['assess', 'a.dtia.json', '--data-dir', '/d'],
    ]) {
      expect(() => parseCommandLine(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});
