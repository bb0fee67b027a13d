import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { prettyLine } from '../../src/cli/logging.js';
import { ConfigError, loadConfig } from '../../src/config.js';

const dataDir = mkdtempSync(join(tmpdir(), 'junction-config-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const load = (env: Record<string, string>) => loadConfig({ DATA_DIR: dataDir, ...env });

/** Every variable name config.ts reads, from its source: nothing else reads the environment. */
function variablesRead(): string[] {
  const source = readFileSync(join(process.cwd(), 'src', 'config.ts'), 'utf8');
  const names = [...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|(?:positive|oneOf)\('([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] ?? m[2]);
  return [...new Set(names)].sort();
}

test('the README table and junction --help list every variable the server reads', async () => {
  const names = variablesRead();
  assert.ok(names.includes('REDIS_URL') && names.includes('RATE_LIMIT_BURST') && names.length >= 15, names.join());
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const help = (await promisify(execFile)(join(process.cwd(), 'bin', 'junction'), ['--help'])).stdout;
  for (const name of names) {
    assert.match(readme, new RegExp(`^\\| \`${name}\` \\|`, 'm'), `${name} in the README table`);
    assert.match(help, new RegExp(`^ {2}${name} `, 'm'), `${name} in --help`);
  }
});

test('defaults: metrics behind a token, no CORS, no trusted proxy, the log format chosen by the terminal', () => {
  const config = load({});
  assert.equal(config.metrics, 'token');
  assert.equal(config.corsOrigins, null);
  assert.equal(config.trustProxy, false);
  assert.equal(config.logFormat, 'auto');
  assert.equal(config.adminTokenFile, null);
});

test('CORS_ORIGINS, TRUST_PROXY, METRICS and LOG_FORMAT are parsed, and every bad value reported at once', () => {
  const config = load({
    CORS_ORIGINS: 'https://app.localhost, http://127.0.0.1:5173/',
    TRUST_PROXY: '10.0.0.0/8,loopback,::1',
    METRICS: 'public',
    LOG_FORMAT: 'json',
  });
  assert.deepEqual(config.corsOrigins, ['https://app.localhost', 'http://127.0.0.1:5173']);
  assert.equal(config.trustProxy, '10.0.0.0/8,loopback,::1');
  assert.equal(load({ TRUST_PROXY: '2' }).trustProxy, 2);
  assert.equal(load({ TRUST_PROXY: 'true' }).trustProxy, true);
  assert.deepEqual(load({ CORS_ORIGINS: '*' }).corsOrigins, ['*']);
  try {
    load({ CORS_ORIGINS: 'app.localhost,https://x.localhost/path', TRUST_PROXY: '10.0.0.0/99', METRICS: 'yes', LOG_FORMAT: 'xml' });
    assert.fail('accepted');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.problems.length, 5, error.message);
    for (const name of ['CORS_ORIGINS', 'TRUST_PROXY', 'METRICS', 'LOG_FORMAT']) assert.match(error.message, new RegExp(name));
  }
});

test('EGRESS_ALLOW is parsed once; its bad entries are reported with every other problem', () => {
  assert.deepEqual(load({}).egressAllow, { ranges: [], hosts: [] });
  const config = load({ EGRESS_ALLOW: '10.20.0.0/16, crm.internal' });
  assert.deepEqual(config.egressAllow.hosts, ['crm.internal']);
  assert.equal(config.egressAllow.ranges.length, 1);
  try {
    load({ EGRESS_ALLOW: '10.0.0.0/40,bad host', PORT: 'x' });
    assert.fail('accepted');
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.problems.length, 3, error.message);
    assert.match(error.message, /EGRESS_ALLOW: "10\.0\.0\.0\/40"/);
    assert.match(error.message, /EGRESS_ALLOW: "bad host"/);
  }
});

test('a pretty log line: time, level, message, request, then the other fields', () => {
  const line = JSON.stringify({
    level: 30,
    time: '2026-12-01T20:41:03.123Z',
    pid: 1,
    hostname: 'h',
    reqId: 'r-1',
    req: { method: 'GET', url: '/health' },
    msg: 'incoming request',
  });
  assert.equal(prettyLine(line), '20:41:03.123 INFO  incoming request GET /health reqId=r-1\n');
  assert.match(
    prettyLine(JSON.stringify({ level: 50, time: '2026-12-01T20:41:03.123Z', msg: 'x', err: { stack: 'E\n at y' } })),
    /ERROR x\n {2}E\n {3}at y\n$/,
  );
});
