import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { LIMITS } from '../../shared/domain/assessment';
import { INTERCHANGE_VERSION, parseInterchange, type ParsedInterchange } from '../../shared/domain/interchange';
import { evaluateAssessment } from '../../shared/engine/evaluate';
import { createI18n } from '../../shared/i18n';
import { loadLawLibrary } from '../services/law-library';
import { resourcesDir } from '../services/paths';
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

function identityFor(command: Of<'export'>, io: CliIo): UnlockedIdentity {
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
  const report = await withScratchServices((services) => services.reports.renderAndSign(file.assessment, identity));
  const out = resolve(command.out);
  try {
    writeFileSync(out, report.pdf);
  } catch (error) {
    throw new AppFailure('INVALID_REQUEST', `Cannot write ${out}: ${(error as Error).message}`);
  }
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

export async function verifyReport(command: Of<'verify'>, io: CliIo): Promise<number> {
  const pdf = readFileLimited(command.pdf, MAX_PDF_BYTES, 'report');
  const result = await withScratchServices((services) => services.reports.verify(pdf));
  io.stdout(json(result));
  return result.valid && result.coversWholeDocument ? EXIT.ok : EXIT.invalid;
}

export async function importAssessment(command: Of<'import'>, io: CliIo): Promise<number> {
  const content = readTextLimited(command.file, LIMITS.importBytes, 'assessment file');
  const { assessment, migratedFromVersion } = await withServices(command.dataDir, (services) =>
    services.assessments.importFile(basename(command.file), content),
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
