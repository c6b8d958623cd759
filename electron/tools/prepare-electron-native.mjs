#!/usr/bin/env node
// better-sqlite3 in node_modules is built for Node (the CLI and the tests use it). Electron has its own ABI, so
// before the desktop app starts, a second copy is built for Electron into .cache/electron-native/<electron version>/.
// Both live side by side; nothing in node_modules is rebuilt.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const targetDir = join(root, '.cache/electron-native', electronVersion);
const target = join(targetDir, 'better_sqlite3.node');

if (existsSync(target)) process.exit(0);

const work = join(root, '.cache/electron-native/work/better-sqlite3');
rmSync(work, { recursive: true, force: true });
cpSync(join(root, 'node_modules/better-sqlite3'), work, {
  recursive: true,
  filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
});

const run = (command, args) => execFileSync(command, args, { cwd: work, stdio: 'inherit' });
console.log(`Preparing the SQLite module for Electron ${electronVersion} (once)…`);
try {
  run(process.execPath, [
    join(root, 'node_modules/prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
  ]);
} catch {
  const npmDir = dirname(dirname(process.env.npm_execpath ?? ''));
  const nodeGyp = join(npmDir, 'node_modules/node-gyp/bin/node-gyp.js');
  run(process.execPath, [
    nodeGyp,
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ]);
}
mkdirSync(targetDir, { recursive: true });
cpSync(join(work, 'build/Release/better_sqlite3.node'), target);
rmSync(join(root, '.cache/electron-native/work'), { recursive: true, force: true });
