import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'junction');
const dataDir = mkdtempSync(join(tmpdir(), 'junction-cli-'));
// The CLI runs on the embedded store here, whatever the suite's DATABASE_URL says.
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JUNCTION_SECRET: '', LOG_LEVEL: 'warn' };
after(() => rmSync(dataDir, { recursive: true, force: true }));

test('init --json is idempotent, prints exactly the three fields, and keeps the generated secret private', async () => {
  const first = JSON.parse((await run(BIN, ['init', '--json'], { env })).stdout);
  assert.deepEqual(Object.keys(first).sort(), ['applicationId', 'organizationId', 'token']);
  const second = JSON.parse((await run(BIN, ['init', '--json'], { env })).stdout);
  assert.equal(second.organizationId, first.organizationId);
  assert.equal(second.applicationId, first.applicationId);
  assert.notEqual(second.token, first.token);
  assert.equal(statSync(join(dataDir, 'secret')).mode & 0o777, 0o600);
});

test('token create issues an application token with the given scopes', async () => {
  const { applicationId } = JSON.parse((await run(BIN, ['init', '--json'], { env })).stdout);
  const out = JSON.parse(
    (
      await run(BIN, ['token', 'create', '--application', applicationId, '--scope', 'integrations.get', 'integration.get', '--json'], {
        env,
      })
    ).stdout,
  );
  assert.deepEqual(out.scope, ['integrations.get', 'integration.get']);
  assert.equal(out.applicationId, applicationId);
  await assert.rejects(run(BIN, ['token', 'create', '--application', applicationId], { env }), /at least one --scope/);
  await assert.rejects(
    run(BIN, ['token', 'create', '--application', '5f0000000000000000000000', '--scope', 'all.Application'], { env }),
    /Application was not found/,
  );
});

test('serve reports every configuration problem at once', async () => {
  const failed = await run(BIN, ['serve'], { env: { ...env, PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' } }).catch((e) => e);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /PORT must be/);
  assert.match(failed.stderr, /LOG_LEVEL must be/);
  assert.match(failed.stderr, /DATABASE_URL must be a postgres/);
  assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
});

test('serve with an unreachable PostgreSQL fails with a clear message', async () => {
  const failed = await run(BIN, ['serve'], {
    env: { ...env, DATABASE_URL: 'postgres://127.0.0.1:1/none', JUNCTION_SECRET: 'x'.repeat(40) },
  }).catch((e) => e);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /Cannot open the store \(PostgreSQL at DATABASE_URL\)/);
  assert.doesNotMatch(failed.stderr, /\n\s+at /);
});

test('serve answers /health, finishes in-flight requests and exits 0 on SIGTERM', async () => {
  const child: ChildProcess = spawn(BIN, ['serve'], { env: { ...env, PORT: '0', LOG_LEVEL: 'info' } });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listen line: ${output}`)), 15_000);
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  const health = await fetch(`http://127.0.0.1:${port}/health`);
  assert.equal(health.status, 200);
  let banner = '';
  child.stderr?.on('data', (chunk) => {
    banner += chunk;
  });
  for (let i = 0; i < 100 && !banner.includes('Console:'); i++) await new Promise((r) => setTimeout(r, 50));
  assert.match(banner, new RegExp(`Console: http://127\\.0\\.0\\.1:${port}/console \\(paste the admin token\\)`));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
