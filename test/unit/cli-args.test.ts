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
      language: 'en',
      confidentiality: '',
      invisible: false,
      tsa: null,
    });
    expect(parseCommandLine(['export', '--p12', 'me.p12', 'a.dtia.json', '--passphrase-env', 'PASS', '--out', 'r.pdf'])).toEqual({
      name: 'export',
      input: 'a.dtia.json',
      out: 'r.pdf',
      p12: 'me.p12',
      passphraseEnv: 'PASS',
      language: 'en',
      confidentiality: '',
      invisible: false,
      tsa: null,
    });
    expect(
      parseCommandLine(['export', 'a.dtia.json', '--out', 'r.pdf', '--language', 'de', '--confidentiality', ' Vertraulich ', '--invisible', '--tsa', 'http://127.0.0.1:8080/tsa']),
    ).toMatchObject({ language: 'de', confidentiality: 'Vertraulich', invisible: true, tsa: 'http://127.0.0.1:8080/tsa' });
    expect(parseCommandLine(['countersign', 'r.pdf', '--out', 'c.pdf'])).toEqual({
      name: 'countersign',
      pdf: 'r.pdf',
      out: 'c.pdf',
      p12: null,
      passphraseEnv: null,
      invisible: false,
      tsa: null,
    });
    expect(parseCommandLine(['verify', 'r.pdf'])).toEqual({ name: 'verify', pdf: 'r.pdf', trust: [] });
    expect(parseCommandLine(['verify', 'r.pdf', '--trust', 'a.pem', '--trust', 'b.cer'])).toEqual({ name: 'verify', pdf: 'r.pdf', trust: ['a.pem', 'b.cer'] });
    expect(parseCommandLine(['import', 'report.pdf'])).toEqual({ name: 'import', file: 'report.pdf', dataDir: null });
    expect(parseCommandLine(['import', 'a.dtia.json', '--data-dir=/d'])).toEqual({ name: 'import', file: 'a.dtia.json', dataDir: '/d' });
    expect(parseCommandLine(['list'])).toEqual({ name: 'list', dataDir: null });
    expect(parseCommandLine(['verify-history'])).toEqual({ name: 'verify-history', dataDir: null });
    expect(parseCommandLine(['verify-history', '--data-dir', '/d'])).toEqual({ name: 'verify-history', dataDir: '/d' });
    expect(parseCommandLine(['assess', 'a.dtia.json'])).toEqual({ name: 'assess', file: 'a.dtia.json', today: null });
    expect(parseCommandLine(['assess', 'a.dtia.json', '--today', '2024-02-29'])).toEqual({ name: 'assess', file: 'a.dtia.json', today: '2024-02-29' });
  });

  it('answers help wherever it is asked for', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help'], ['list', '--help'], ['export', '-h'], ['verify-history', '--help']]) {
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
      ['export', 'a.dtia.json', '--out', 'r.pdf', '--language', 'fr'],
      ['export', 'a.dtia.json', '--out', 'r.pdf', '--tsa', 'ftp://tsa.example'],
      ['export', 'a.dtia.json', '--out', 'r.pdf', '--confidentiality', 'x'.repeat(81)],
      ['countersign', 'r.pdf'],
      ['countersign', 'r.pdf', '--out', 'c.pdf', '--language', 'de'],
      ['assess'],
      ['assess', 'a.dtia.json', '--today', '2026-02-30'],
      ['assess', 'a.dtia.json', '--today', '14.07.2026'],
      ['assess', 'a.dtia.json', '--data-dir', '/d'],
      ['verify-history', 'dtia.sqlite'],
      ['verify-history', '--data-dir'],
      ['verify-history', '--data-dir', '/d', '--fix'],
    ]) {
      expect(() => parseCommandLine(argv), argv.join(' ')).toThrow(UsageError);
    }
  });
});
