import { parseArgs } from 'node:util';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../shared/ipc/contract';

/** The command line, parsed and checked; nothing here touches files or services. */
export type Command =
  | { name: 'help' }
  | {
      name: 'export';
      input: string;
      out: string;
      p12: string | null;
      passphraseEnv: string | null;
      language: ReportLanguage;
      confidentiality: string;
      invisible: boolean;
      tsa: string | null;
    }
  | { name: 'countersign'; pdf: string; out: string; p12: string | null; passphraseEnv: string | null; invisible: boolean; tsa: string | null }
  | { name: 'verify'; pdf: string; trust: string[] }
  | { name: 'import'; file: string; dataDir: string | null }
  | { name: 'list'; dataDir: string | null }
  | { name: 'verify-history'; dataDir: string | null }
  | { name: 'assess'; file: string; today: string | null };

/** A command line that does not fit the usage; the caller prints the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: dtia <command> [options]

Commands:
  export <assessment.dtia.json> --out <report.pdf> [--p12 <file> --passphrase-env <VAR>]
         [--language en|de] [--confidentiality <text>] [--invisible] [--tsa <url>]
      Render the PDF report of an assessment file and sign it as the assessor (PAdES). Without --p12 the
      report is signed with a throwaway identity. The passphrase of the .p12 file is read from the
      environment variable VAR. --confidentiality prints a marking such as "Confidential" on every page;
      --invisible signs without the visible block on the sign-off page; --tsa adds an RFC 3161 timestamp.
  countersign <report.pdf> --out <countersigned.pdf> [--p12 <file> --passphrase-env <VAR>] [--invisible] [--tsa <url>]
      Add the approver's signature to a signed report in an incremental update; earlier signatures stay valid.
  verify <report.pdf> [--trust <certificate.pem|.cer>]...
      Check every signature of a report and the embedded assessment, and print the result as JSON.
      --trust names a certificate to treat as trusted (repeatable).
      Exit status: 0 valid, 1 invalid or altered, 2 not a readable PDF or not signed.
  import <file.dtia.json | report.pdf> [--data-dir <dir>]
      Add an assessment file, or the assessment embedded in a report PDF, to the data folder of DTIA Studio
      and print its id and title as JSON.
  list [--data-dir <dir>]
      Print the stored assessments as JSON.
  verify-history [--data-dir <dir>]
      Check the audit log of the data folder: every change is chained to the one before by a SHA-256 hash, so
      a change, removal or reordering of entries, or entries cut from the end, breaks the chain. Prints
      {ok, entries, firstBroken: {seq, reason} | null} as JSON; the database is only read.
      Exit status: 0 intact, 1 broken, 2 no readable database.
  assess <file.dtia.json> [--today <YYYY-MM-DD>]
      Evaluate an assessment file with the shipped law library and print the result as JSON: the tool and SCC
      module per transfer, the verdict per law, the risk model with every factor, and the proposed outcome with
      its reasons. --today fixes the date the evaluation is made on (default: today), for reproducible output.
      Exit status: 0 evaluated, 1 the proposed outcome is "do not proceed", 2 not a readable assessment file.

Options:
  --data-dir <dir>   Data folder (default: the folder DTIA Studio uses, or $DTIA_DATA_DIR)
  -h, --help         Show this help
`;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

const HELP: OptionSpec = { help: { type: 'boolean', short: 'h' } };
const DATA_DIR: OptionSpec = { 'data-dir': { type: 'string' } };

function parse(args: string[], options: OptionSpec, positionalCount: number, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...HELP, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, OptionValue>;
  if (values.help === true) return { help: true as const, values, positionals: parsed.positionals };
  if (parsed.positionals.length !== positionalCount) {
    throw new UsageError(`Expected: ${usage}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === '') throw new UsageError(`Option --${name} needs a value.`);
  }
  return { help: false as const, values, positionals: parsed.positionals };
}

type OptionValue = string | boolean | string[] | undefined;
const text = (value: OptionValue): string | null => (typeof value === 'string' ? value : null);

const SIGNER: OptionSpec = {
  out: { type: 'string' },
  p12: { type: 'string' },
  'passphrase-env': { type: 'string' },
  invisible: { type: 'boolean' },
  tsa: { type: 'string' },
};

const isReportLanguage = (value: string): value is ReportLanguage => (REPORT_LANGUAGES as readonly string[]).includes(value);

function signerOptions(values: Record<string, OptionValue>, command: string) {
  const out = text(values.out);
  if (out === null) throw new UsageError(`${command} needs --out <file.pdf>.`);
  const p12 = text(values.p12);
  const passphraseEnv = text(values['passphrase-env']);
  if ((p12 === null) !== (passphraseEnv === null)) throw new UsageError('--p12 and --passphrase-env go together.');
  const tsa = text(values.tsa);
  if (tsa !== null && !/^https?:\/\/\S+$/i.test(tsa)) throw new UsageError(`--tsa needs an http or https address, not "${tsa}".`);
  return { out, p12, passphraseEnv, invisible: values.invisible === true, tsa };
}

/** A real day in YYYY-MM-DD (2026-02-30 is refused, not rolled over into March). */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function parseCommandLine(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') return { name: 'help' };
  switch (name) {
    case 'export': {
      const spec: OptionSpec = {
        ...SIGNER,
        language: { type: 'string' },
        confidentiality: { type: 'string' },
      };
      const { help, values, positionals } = parse(rest, spec, 1, 'export <assessment.dtia.json> --out <report.pdf>');
      if (help) return { name: 'help' };
      const language = text(values.language) ?? 'en';
      if (!isReportLanguage(language)) throw new UsageError(`--language must be one of ${REPORT_LANGUAGES.join(', ')}, not "${language}".`);
      const confidentiality = (text(values.confidentiality) ?? '').trim();
      if (confidentiality.length > 80) throw new UsageError('--confidentiality takes at most 80 characters.');
      return { name: 'export', input: positionals[0] as string, ...signerOptions(values, 'export'), language, confidentiality };
    }
    case 'countersign': {
      const { help, values, positionals } = parse(rest, SIGNER, 1, 'countersign <report.pdf> --out <countersigned.pdf>');
      if (help) return { name: 'help' };
      return { name: 'countersign', pdf: positionals[0] as string, ...signerOptions(values, 'countersign') };
    }
    case 'verify': {
      const spec: OptionSpec = { trust: { type: 'string', multiple: true } };
      const { help, values, positionals } = parse(rest, spec, 1, 'verify <report.pdf> [--trust <certificate>]');
      if (help) return { name: 'help' };
      const trust = values.trust;
      return { name: 'verify', pdf: positionals[0] as string, trust: Array.isArray(trust) ? trust : [] };
    }
    case 'import': {
      const { help, values, positionals } = parse(rest, DATA_DIR, 1, 'import <file.dtia.json | report.pdf> [--data-dir <dir>]');
      return help ? { name: 'help' } : { name: 'import', file: positionals[0] as string, dataDir: text(values['data-dir']) };
    }
    case 'list': {
      const { help, values } = parse(rest, DATA_DIR, 0, 'list [--data-dir <dir>]');
      return help ? { name: 'help' } : { name: 'list', dataDir: text(values['data-dir']) };
    }
    case 'verify-history': {
      const { help, values } = parse(rest, DATA_DIR, 0, 'verify-history [--data-dir <dir>]');
      return help ? { name: 'help' } : { name: 'verify-history', dataDir: text(values['data-dir']) };
    }
    case 'assess': {
      const spec: OptionSpec = { today: { type: 'string' } };
      const { help, values, positionals } = parse(rest, spec, 1, 'assess <file.dtia.json> [--today <YYYY-MM-DD>]');
      if (help) return { name: 'help' };
      const today = text(values.today);
      if (today !== null && !isCalendarDate(today)) throw new UsageError(`--today needs a date as YYYY-MM-DD, not "${today}".`);
      return { name: 'assess', file: positionals[0] as string, today };
    }
    default:
      throw new UsageError(`Unknown command: ${name}`);
  }
}
