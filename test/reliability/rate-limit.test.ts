import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import { call, startTestServer } from '../helpers/server.js';

test('a token past its burst gets 429 with Retry-After in the Losant shape; another token is unaffected', async () => {
  const server = await startTestServer({ rateLimit: { burst: 5, perSecond: 1 } });
  try {
    const path = `/applications/${server.tenant.applicationId}/integrations`;
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await call(server, 'GET', path)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
    const limited = await call(server, 'GET', path);
    assert.equal(limited.status, 429);
    assert.equal(limited.body.type, 'RateLimitExceeded');
    assert.match(String(limited.headers['retry-after']), /^\d+$/);
    const other = await server.token(['all.Application']);
    assert.equal((await call(server, 'GET', path, { token: other })).status, 200);
    assert.equal((await call(server, 'GET', '/health', { token: null })).status, 200, '/health is never limited');
  } finally {
    await server.close();
  }
});

const redisUrl = process.env.REDIS_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'junction-rl-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

test("two Junction processes sharing one Redis share each token's bucket", {
  skip: redisUrl ? false : 'REDIS_URL is not set: skipping the shared-bucket test',
}, async () => {
  const bin = join(process.cwd(), 'bin', 'junction');
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    REDIS_URL: redisUrl,
    RATE_LIMIT_BURST: '10',
    RATE_LIMIT_PER_SECOND: '1',
    LOG_LEVEL: 'warn',
  };
  const { token, applicationId } = JSON.parse((await promisify(execFile)(bin, ['init', '--json'], { env })).stdout);
  const nodes = [3971, 3972].map((port) => spawn(bin, ['serve'], { env: { ...env, PORT: String(port) }, stdio: 'ignore' }));
  try {
    const urls = ['http://127.0.0.1:3971', 'http://127.0.0.1:3972'];
    for (const url of urls) {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(`${url}/health`)).ok) break;
        } catch {}
        if (i > 3000) throw new Error(`${url} did not start`);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      for (const url of urls) {
        const response = await fetch(`${url}/applications/${applicationId}/integrations`, {
          headers: { authorization: `Bearer ${token}` },
        });
        statuses.push(response.status);
      }
    }
    assert.equal(statuses.filter((s) => s === 200).length, 10, `one bucket of 10 across both nodes: ${statuses}`);
    assert.equal(statuses.filter((s) => s === 429).length, 6);
  } finally {
    for (const node of nodes) node.kill('SIGTERM');
  }
});
