// The CLI prints only its own output: runtime warnings (deprecations in dependencies and the like) would mix into
// what scripts parse, so they are dropped before any dependency loads.
process.removeAllListeners('warning');

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  env: process.env,
  now: () => new Date(),
};

export {};

let status: number;
try {
  const { runCli } = await import('./main');
  status = await runCli(process.argv.slice(2), io);
} catch (error) {
  const { errorLine } = await import('./io');
  io.stderr(errorLine(error));
  status = 2;
}
process.exitCode = status;
// Exit even if a dependency left a handle open; unref'd, so a clean run ends as soon as its output is flushed.
setTimeout(() => process.exit(status), 2000).unref();
