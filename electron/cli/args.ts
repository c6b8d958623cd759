import { parseArgs } from 'node:util';

/** The command line, parsed and checked; nothing here touches files or services. */
export type Command =
  | { name: 'help' }
  | { name: 'export'; input: string; out: string; p12: string | null; passphraseEnv: string | null }
  | { name: 'verify'; pdf: string }
  | { name: 'import'; file: string; dataDir: string | null }
  | { name: 'list'; dataDir: string | null }
  | { name: 'assess'; file: string; today: string | null };

/** A command line that does not fit the usage; the caller prints the usage and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: dtia <command> [options]

Commands:
  export <assessment.dtia.json> --out <report.pdf> [--p12 <file> --passphrase-env <VAR>]
      Render the signed PDF report of an assessment file. Without --p12 the report is signed with a
      throwaway identity. The passphrase of the .p12 file is read from the environment variable VAR.
  verify <report.pdf>
      Check the signature of a report and print the result as JSON.
      Exit status: 0 valid, 1 invalid or altered, 2 not a readable PDF or not signed.
  import <file.dtia.json> [--data-dir <dir>]
      Add an assessment file to the data folder of DTIA Studio and print its id and title as JSON.
  list [--data-dir <dir>]
      Print the stored assessments as JSON.
  assess <file.dtia.json> [--today <YYYY-MM-DD>]
      Evaluate an assessment file with the shipped law library and print the result as JSON: the tool and SCC
      module per transfer, the verdict per law, the risk model with every factor, and the proposed outcome with
      its reasons. --today fixes the date the evaluation is made on (default: today), for reproducible output.
      Exit status: 0 evaluated, 1 the proposed outcome is "do not proceed", 2 not a readable assessment file.

Options:
  --data-dir <dir>   Data folder (default: the folder DTIA Studio uses, or $DTIA_DATA_DIR)
  -h, --help         Show this help
`;

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const HELP: OptionSpec = { help: { type: 'boolean', short: 'h' } };
const DATA_DIR: OptionSpec = { 'data-dir': { type: 'string' } };

function parse(args: string[], options: OptionSpec, positionalCount: number, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...HELP, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help === true) return { help: true as const, values, positionals: parsed.positionals };
  if (parsed.positionals.length !== positionalCount) {
    throw new UsageError(`Expected: ${usage}`);
  }
  for (const [name, value] of Object.entries(values)) {
    if (value === '') throw new UsageError(`Option --${name} needs a value.`);
  }
  return { help: false as const, values, positionals: parsed.positionals };
}

const text = (value: string | boolean | undefined): string | null => (typeof value === 'string' ? value : null);

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
      const spec: OptionSpec = { out: { type: 'string' }, p12: { type: 'string' }, 'passphrase-env': { type: 'string' } };
      const { help, values, positionals } = parse(rest, spec, 1, 'export <assessment.dtia.json> --out <report.pdf>');
      if (help) return { name: 'help' };
      const out = text(values.out);
      if (out === null) throw new UsageError('export needs --out <report.pdf>.');
      const p12 = text(values.p12);
      const passphraseEnv = text(values['passphrase-env']);
      if ((p12 === null) !== (passphraseEnv === null)) {
        throw new UsageError('--p12 and --passphrase-env go together.');
      }
      return { name: 'export', input: positionals[0] as string, out, p12, passphraseEnv };
    }
    case 'verify': {
      const { help, positionals } = parse(rest, {}, 1, 'verify <report.pdf>');
      return help ? { name: 'help' } : { name: 'verify', pdf: positionals[0] as string };
    }
    case 'import': {
      const { help, values, positionals } = parse(rest, DATA_DIR, 1, 'import <file.dtia.json> [--data-dir <dir>]');
      return help ? { name: 'help' } : { name: 'import', file: positionals[0] as string, dataDir: text(values['data-dir']) };
    }
    case 'list': {
      const { help, values } = parse(rest, DATA_DIR, 0, 'list [--data-dir <dir>]');
      return help ? { name: 'help' } : { name: 'list', dataDir: text(values['data-dir']) };
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
