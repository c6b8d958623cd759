import { writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LIMITS } from '../../shared/domain/assessment';
import { INTERCHANGE_VERSION, parseInterchange, type ParsedInterchange } from '../../shared/domain/interchange';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { createI18n } from '../../shared/i18n';
import { verifyHistoryFile } from '../services/audit/verify-history-file';
import { heldByRunningInstance } from '../services/data-dir-lock';
import { DATABASE_FILE } from '../services/index';
import { loadLawLibrary } from '../services/law-library';
import { defaultDataDir, resourcesDir } from '../services/paths';
import { MAX_P12_BYTES, MAX_PDF_BYTES } from '../../shared/ipc/contract';
import { AppFailure } from '../../shared/domain/result';
import { createThrowawayIdentity, loadP12Identity } from '../services/signing/identity';
import type { UnlockedIdentity } from '../services/types';
import type { Command } from './args';
import { assessOutput } from './assess-output';
import { json, readFileLimited, readTextLimited, type CliIo } from './io';
import { withScratchServices, withServices } from './services';

type Of<N extends Command['name']> = Extract<Command, { name: N }>;

export const EXIT = { ok: 0, invalid: 1, error: 2 } as const;

/** The signer of `export` and `countersign`: the given .p12, or a throwaway identity (said on stderr). */
function identityFor(command: { p12: string | null; passphraseEnv: string | null }, io: CliIo): UnlockedIdentity {
  if (command.p12 === null || command.passphraseEnv === null) {
    const identity = createThrowawayIdentity(io.now());
    io.stderr(`No --p12 given: signed with a throwaway identity (${identity.info.certificateSha256})\n`);
    return identity;
  }
  const passphrase = io.env[command.passphraseEnv];
  if (passphrase === undefined) {
    throw new AppFailure('INVALID_REQUEST', `The environment variable ${command.passphraseEnv} (the passphrase of --p12) is not set.`);
  }
  return loadP12Identity(readFileLimited(command.p12, MAX_P12_BYTES, 'identity file'), passphrase);
}

function writeOutput(path: string, content: Buffer): string {
  const out = resolve(path);
  try {
    writeFileSync(out, content);
  } catch (error) {
    throw new AppFailure('INVALID_REQUEST', `Cannot write ${out}: ${(error as Error).message}`);
  }
  return out;
}

/** Reads and validates an assessment file; an older format version is migrated and the user is told on stderr. */
function readAssessmentFile(path: string, io: CliIo): ParsedInterchange {
  const parsed = parseInterchange(readTextLimited(path, LIMITS.importBytes, 'assessment file'));
  if (!parsed.ok) throw new AppFailure(parsed.error.code, parsed.error.message, parsed.error.details);
  if (parsed.value.migratedFromVersion !== null) io.stderr(migratedNotice(path, parsed.value.migratedFromVersion));
  return parsed.value;
}

function migratedNotice(path: string, fromVersion: number): string {
  return `${path} has format version ${fromVersion}; it was converted to version ${INTERCHANGE_VERSION} (check the transfer map and confirm the conclusion again).\n`;
}

export async function exportReport(command: Of<'export'>, io: CliIo): Promise<number> {
  const file = readAssessmentFile(command.input, io);
  const identity = identityFor(command, io);
  const report = await withScratchServices((services) => {
    services.settings.saveSigning({ timestampUrl: command.tsa });
    return services.reports.renderAndSign(file.assessment, identity, {
      language: command.language,
      confidentiality: command.confidentiality,
      appearance: command.invisible ? 'invisible' : 'visible',
    });
  });
  const out = writeOutput(command.out, report.pdf);
  io.stdout(
    json({
      out,
      signer: identity.info.name,
      certificateSha256: identity.info.certificateSha256,
      contentHash: report.contentHash,
      fileSha256: report.fileSha256,
    }),
  );
  return EXIT.ok;
}

export async function countersignReport(command: Of<'countersign'>, io: CliIo): Promise<number> {
  const pdf = readFileLimited(command.pdf, MAX_PDF_BYTES, 'report');
  const identity = identityFor(command, io);
  const signed = await withScratchServices((services) => {
    services.settings.saveSigning({ timestampUrl: command.tsa });
    return services.reports.countersign(pdf, identity, command.invisible ? 'invisible' : 'visible');
  });
  const out = writeOutput(command.out, signed.pdf);
  io.stdout(json({ out, signer: identity.info.name, certificateSha256: identity.info.certificateSha256, fileSha256: signed.fileSha256 }));
  return EXIT.ok;
}

export async function verifyReport(command: Of<'verify'>, io: CliIo): Promise<number> {
  const pdf = readFileLimited(command.pdf, MAX_PDF_BYTES, 'report');
  const certificates = command.trust.map((path) => ({ name: basename(path), content: readFileLimited(path, MAX_P12_BYTES, 'certificate') }));
  const result = await withScratchServices((services) => {
    for (const certificate of certificates) services.trust.add(certificate.name, certificate.content);
    return services.reports.verify(pdf);
  });
  io.stdout(json(result));
  return result.valid ? EXIT.ok : EXIT.invalid;
}

/**
 * A report PDF brings its embedded assessment; anything else is read as a `.dtia.json` file. The command line cannot
 * ask, so an assessment whose id is taken is kept beside the stored one, under a new id and its title marked "(2)".
 */
export async function importAssessment(command: Of<'import'>, io: CliIo): Promise<number> {
  const isPdf = /\.pdf$/i.test(command.file);
  const name = basename(command.file);
  const { assessment, migratedFromVersion } = isPdf
    ? await withServices(command.dataDir, (services) => services.assessments.importPdf(name, readFileLimited(command.file, MAX_PDF_BYTES, 'report'), 'keep-both'))
    : await withServices(command.dataDir, (services) =>
        services.assessments.importFile(name, readTextLimited(command.file, LIMITS.importBytes, 'assessment file'), 'keep-both'),
      );
  if (migratedFromVersion !== null) io.stderr(migratedNotice(command.file, migratedFromVersion));
  io.stdout(json({ id: assessment.id, title: assessment.title }));
  return EXIT.ok;
}

export async function listAssessments(command: Of<'list'>, io: CliIo): Promise<number> {
  const summaries = await withServices(command.dataDir, (services) => services.assessments.list());
  io.stdout(json(summaries));
  return EXIT.ok;
}

export async function assessFile(command: Of<'assess'>, io: CliIo): Promise<number> {
  const file = readAssessmentFile(command.file, io);
  const library = loadLawLibrary(resourcesDir());
  const today = command.today ?? io.now().toISOString().slice(0, 10);
  const evaluation = evaluateAssessment(file.assessment, library, today);
  const i18n = createI18n('en');
  const output = assessOutput(file.assessment, evaluation, (key, params) => i18n.t(key, params), {
    evaluatedOn: today,
    migratedFromVersion: file.migratedFromVersion,
  });
  io.stdout(json(output));
  return evaluation.outcome.outcome === 'do-not-proceed' ? EXIT.invalid : EXIT.ok;
}

/** Opens the database read-only, beside a running app if there is one: the history is looked at, never migrated. */
export async function verifyHistory(command: Of<'verify-history'>, io: CliIo): Promise<number> {
  const dataDir = resolve(command.dataDir ?? defaultDataDir());
  const result = verifyHistoryFile(join(dataDir, DATABASE_FILE), { attached: heldByRunningInstance(dataDir) });
  io.stdout(json(result));
  return result.ok ? EXIT.ok : EXIT.invalid;
}
