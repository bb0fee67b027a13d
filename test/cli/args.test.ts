import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'junction');
const root = mkdtempSync(join(tmpdir(), 'junction-args-'));
after(() => rmSync(root, { recursive: true, force: true }));
// A data directory that does not exist: no command here may create it.
const missingDir = join(root, 'missing');
const env = { ...process.env, DATA_DIR: missingDir, DATABASE_URL: '', JUNCTION_SECRET: '', LOG_LEVEL: 'warn', PORT: '0' };

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}
async function junction(args: string[], extraEnv: Record<string, string> = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await execFileP(BIN, args, { env: { ...env, ...extraEnv }, timeout: 15_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    assert.ok(!e.killed, `junction ${args.join(' ')} did not exit`);
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('--help and -h print help on stdout, exit 0 and run nothing, for every command', async () => {
  for (const args of [
    ['--help'],
    ['-h'],
    ['help'],
    ['init', '--help'],
    ['init', '--json', '-h'],
    ['migrate', '--help'],
    ['serve', '--help'],
    ['serve', '-h'],
    ['token', '--help'],
    ['token', 'create', '--help'],
    ['token', 'create', '--bogus', '--help'],
    ['token', 'list', '-h'],
    ['token', 'revoke', 'x', '--help'],
  ]) {
    const out = await junction(args);
    assert.equal(out.code, 0, args.join(' '));
    assert.match(out.stdout, /^Usage:/, args.join(' '));
    assert.equal(out.stderr, '', args.join(' '));
    assert.equal(existsSync(missingDir), false, `${args.join(' ')} created the data directory`);
  }
  assert.match((await junction(['init', '--help'])).stdout, /--new-token/);
});

test('--version prints the package version', async () => {
  const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));
  const out = await junction(['--version']);
  assert.equal(out.code, 0);
  assert.equal(out.stdout, `junction ${version}\n`);
});

test('unknown flags, commands and stray arguments exit 2 naming them, and run nothing', async () => {
  for (const [args, named] of [
    [['init', '--bogus'], /--bogus/],
    [['serve', '--bogus'], /--bogus/],
    [['migrate', '--bogus'], /--bogus/],
    [['token', 'list', '--bogus'], /--bogus/],
    [['token', 'create', '--application'], /--application/],
    [['init', 'extra'], /"extra"/],
    [['serve', 'extra'], /"extra"/],
    [['migrate', 'extra'], /"extra"/],
    [['token', 'revoke', 'a', 'b'], /"b"/],
    [['token', 'revoke'], /one token ID/],
    [['frobnicate'], /"frobnicate"/],
    [['--bogus'], /"--bogus"/],
    [['token', 'frob'], /"frob"/],
    [['token', 'create', '--scope', 'all.Application'], /--application/],
  ] as const) {
    const out = await junction([...args]);
    assert.equal(out.code, 2, args.join(' '));
    assert.match(out.stderr, named, args.join(' '));
    assert.match(out.stderr, /Usage:/);
    assert.equal(existsSync(missingDir), false, `${args.join(' ')} created the data directory`);
  }
});

test('token commands on a wrong DATA_DIR fail and create no store and no secret', async () => {
  const app = '5f0000000000000000000000';
  for (const args of [
    ['token', 'create', `--application=${app}`, '--scope', 'all.Application'],
    ['token', 'list'],
    ['token', 'revoke', app],
  ]) {
    for (const secret of ['', 'x'.repeat(40)]) {
      const out = await junction(args, { JUNCTION_SECRET: secret });
      assert.equal(out.code, 1, `${args.join(' ')}: ${out.stderr}`);
      assert.match(out.stderr, /DATA_DIR/);
      assert.equal(existsSync(missingDir), false, `${args.join(' ')} created the data directory`);
    }
  }
});

test('migrate needs no JUNCTION_SECRET on PostgreSQL, and a store it cannot reach is named as such', async () => {
  const out = await junction(['migrate'], { DATABASE_URL: 'postgres://127.0.0.1:1/none' });
  assert.equal(out.code, 1);
  assert.doesNotMatch(out.stderr, /JUNCTION_SECRET/);
  assert.match(out.stderr, /Cannot open the store \(PostgreSQL at DATABASE_URL\): connecting failed: ECONNREFUSED/);
  assert.doesNotMatch(out.stderr, /migration\s+failed/);
  assert.equal(existsSync(missingDir), false);
});
