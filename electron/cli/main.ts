import { parseCommandLine, USAGE, UsageError, type Command } from './args';
import { EXIT, assessFile, countersignReport, exportReport, importAssessment, listAssessments, verifyHistory, verifyReport } from './commands';
import { errorLine, type CliIo } from './io';

async function dispatch(command: Exclude<Command, { name: 'help' }>, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'export':
      return exportReport(command, io);
    case 'countersign':
      return countersignReport(command, io);
    case 'verify':
      return verifyReport(command, io);
    case 'import':
      return importAssessment(command, io);
    case 'list':
      return listAssessments(command, io);
    case 'assess':
      return assessFile(command, io);
    case 'verify-history':
      return verifyHistory(command, io);
  }
}

/** Runs one command line and returns the exit status; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`dtia: ${error.message}\n\n${USAGE}`);
    return EXIT.error;
  }
  if (command.name === 'help') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  try {
    return await dispatch(command, io);
  } catch (error) {
    io.stderr(errorLine(error));
    return EXIT.error;
  }
}
