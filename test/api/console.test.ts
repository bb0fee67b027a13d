import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CONSOLE_DIR } from '../../src/api/common/console.js';
import { buildApp } from '../../src/app.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
const built = existsSync(join(CONSOLE_DIR, 'index.html'));

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

test('/console serves the built app with a same-origin-only CSP; hashed assets are cached for good', {
  skip: built ? false : 'the console is not built (npm run console:build)',
}, async () => {
  const bare = await server.app.inject({ url: '/console' });
  assert.equal(bare.statusCode, 301);
  assert.equal(bare.headers.location, '/console/');
  const page = await server.app.inject({ url: '/console/' });
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-type']), /^text\/html/);
  assert.equal(page.headers['cache-control'], 'no-cache');
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  // Everything the page loads is under /console/: no other origin.
  const refs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((r) => !r.startsWith('data:'));
  assert.ok(refs.length > 0 && refs.every((r) => r.startsWith('/console/')), refs.join(' '));
  const asset = readdirSync(join(CONSOLE_DIR, 'assets')).find((f) => f.endsWith('.js')) as string;
  const script = await server.app.inject({ url: `/console/assets/${asset}` });
  assert.equal(script.statusCode, 200);
  assert.match(String(script.headers['cache-control']), /immutable/);
  const missing = await server.app.inject({ url: '/console/assets/nope.js' });
  assert.equal(missing.statusCode, 404);
  // The API keeps its own headers: no console CSP on it.
  const api = await server.app.inject({ url: '/health' });
  assert.equal(api.headers['content-security-policy'], undefined);
});

test('without a build, /console says how to make one', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'junction-console-'));
  const app = await buildApp({
    config: { bodyLimit: 1024 * 1024, rateLimit: { burst: 1000, perSecond: 1000 }, redisUrl: null },
    core: server.core,
    consoleDir: empty,
  });
  try {
    for (const url of ['/console', '/console/', '/console/assets/x.js']) {
      const reply = await app.inject({ url });
      assert.equal(reply.statusCode, 404, url);
      assert.match(reply.json().message, /npm run console:build/);
    }
  } finally {
    await app.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
