// An app instance on a data folder, run as a child process by data-dir-lock.test.ts.
// Usage: node hold-data-dir.mjs <dataDir> <resourcesDir>. Prints one JSON line with its pid and health, then obeys
// lines on stdin: "create <title>" (answers "created <id>"), "count" (answers "count <n>"), "close" (closes, exits).
import { createInterface } from 'node:readline';
import { createServices } from '../../../electron/services/index';

const [dataDir, resourcesDir] = process.argv.slice(2);
if (!dataDir || !resourcesDir) {
  process.stderr.write('usage: hold-data-dir <dataDir> <resourcesDir>\n');
  process.exit(2);
}

const services = createServices({ dataDir, resourcesDir, appVersion: 'test' });
process.stdout.write(`${JSON.stringify({ pid: process.pid, health: services.health() })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.startsWith('create ')) {
    process.stdout.write(`created ${services.assessments.create(line.slice('create '.length)).id}\n`);
  } else if (line === 'count') {
    process.stdout.write(`count ${services.assessments.list().length}\n`);
  } else if (line === 'close') {
    services.close();
    process.exit(0);
  }
}).on('close', () => {
  // The test went away without saying "close".
  services.close();
  process.exit(0);
});
