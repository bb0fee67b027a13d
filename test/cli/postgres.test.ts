import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileP = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'junction');
const databaseUrl = process.env.DATABASE_URL;

async function junction(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await execFileP(BIN, args, { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('on an empty PostgreSQL database token commands create nothing; migrate runs without JUNCTION_SECRET', {
  skip: databaseUrl ? false : 'DATABASE_URL is not set: skipping the CLI PostgreSQL test',
}, async () => {
  // A database of its own: the CLI uses the default schema, which the suite's schemas must not disturb.
  const name = `junction_cli_${process.pid}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(databaseUrl as string);
  url.pathname = `/${name}`;
  const tables = async () => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
    await client.end();
    return rows[0].n as number;
  };
  try {
    const env = { DATABASE_URL: url.toString(), JUNCTION_SECRET: 'x'.repeat(40) };
    const listed = await junction(['token', 'list'], env);
    assert.equal(listed.code, 1, listed.stderr);
    assert.match(listed.stderr, /holds no Junction store/);
    assert.equal(await tables(), 0, 'token list created tables');
    const migrated = await junction(['migrate'], { ...env, JUNCTION_SECRET: '' });
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.equal(migrated.stdout, 'migrations applied\n');
    assert.ok((await tables()) > 0);
    assert.equal((await junction(['token', 'list'], env)).code, 0);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
