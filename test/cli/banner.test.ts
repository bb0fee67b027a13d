import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const BIN = join(process.cwd(), 'bin', 'junction');
const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts `junction serve` on a fresh store; resolves once it logged its first start, then stops it. */
async function firstStart(extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-banner-'));
  dirs.push(dataDir);
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JUNCTION_SECRET: '', PORT: '0', LOG_LEVEL: 'info', ...extra };
  const child = spawn(BIN, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no first-start line:\n${stdout}\n${stderr}`)), 15_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      if (/first start/.test(stdout)) {
        clearTimeout(timer);
        resolve(Number(/listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1]));
      }
    });
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    dataDir,
    port,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return { stdout, stderr };
    },
  };
}

test('the first-start banner with the admin token is on stderr; stdout is JSON lines with ISO times and no token', async () => {
  const server = await firstStart({ LOG_FORMAT: 'json' });
  const { stdout, stderr } = await server.stop();
  const token = /admin token \(all\.Organization, shown once\): (\S+)/.exec(stderr)?.[1];
  assert.ok(token, stderr);
  assert.match(stderr, /curl -H "Authorization: Bearer /);
  const lines = stdout.trim().split('\n');
  assert.ok(lines.length >= 2);
  for (const line of lines) {
    const entry = JSON.parse(line); // every line of the log is JSON: no banner in it
    assert.match(entry.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  }
  assert.ok(!stdout.includes(token), 'the token is not in the log');
  assert.ok(lines.some((l) => JSON.parse(l).msg === 'first start: admin token shown on stderr'));
});

test('ADMIN_TOKEN_FILE: the token goes to a file of mode 0600, and neither stream shows it', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'junction-token-')), 'admin-token');
  dirs.push(join(file, '..'));
  const server = await firstStart({ LOG_FORMAT: 'json', ADMIN_TOKEN_FILE: file });
  const token = readFileSync(file, 'utf8').trim();
  const reply = await fetch(`http://127.0.0.1:${server.port}/applications`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(reply.status, 200, 'the written token works');
  const { stdout, stderr } = await server.stop();
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.ok(!stdout.includes(token) && !stderr.includes(token));
  assert.match(stderr, new RegExp(`written to ${file.replaceAll('/', '\\/')} \\(mode 0600\\)`));
});

test('LOG_FORMAT=pretty writes lines a person reads', async () => {
  const server = await firstStart({ LOG_FORMAT: 'pretty' });
  const { stdout } = await server.stop();
  assert.match(stdout, /^\d\d:\d\d:\d\d\.\d{3} INFO {2}Server listening at http:\/\/127\.0\.0\.1:\d+/m);
  assert.throws(() => JSON.parse(stdout.split('\n')[0]));
});
