#!/usr/bin/env node
// Builds the web console (console/ → console/dist), installing its own dependencies first when needed.
// Run by `npm install` (prepare) and `npm test`; prints how long it took.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args) => {
  const result = spawnSync(npm, args, { cwd: 'console', stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const installed = 'console/node_modules/.package-lock.json';
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync('console/package-lock.json').mtimeMs) {
  run(['ci', '--no-audit', '--no-fund', '--loglevel=error']);
}
run(['run', 'build', '--silent']);
process.stdout.write(`console built into console/dist in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
