#!/usr/bin/env node
// Runs every compiled test file with Node's test runner; prints which store the run uses.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findTests(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

const files = findTests('dist/test').sort();
const store = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'SQLite (DATABASE_URL unset: PostgreSQL-only tests skip)';
process.stdout.write(`Running ${files.length} test files against ${store}\n`);
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=2', '--test-timeout=600000', ...process.argv.slice(2), ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
