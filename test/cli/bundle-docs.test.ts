import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { startTestServer, type TestServer } from '../helpers/server.js';

// bin/junction runs the esbuild bundle (dist/server), which carries @fastify/swagger-ui inside it: its pages
// and static files must be what the unbundled app serves.
const dataDir = mkdtempSync(join(tmpdir(), 'junction-bundle-'));
const child = spawn(join(process.cwd(), 'bin', 'junction'), ['serve'], {
  env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JUNCTION_SECRET: '', PORT: '0', LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'ignore'],
});
let base = '';
let server: TestServer;
before(async () => {
  server = await startTestServer();
  let output = '';
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listen line: ${output}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
});
after(async () => {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

for (const path of [
  '/docs',
  '/docs/',
  '/docs/static/index.html',
  '/docs/static/logo.svg',
  '/docs/static/swagger-ui.css',
  '/docs/static/swagger-initializer.js',
]) {
  test(`the bundled server answers GET ${path} as the app does`, async () => {
    const bundled = await fetch(base + path, { redirect: 'manual' });
    const app = await server.app.inject({ method: 'GET', url: path });
    assert.equal(bundled.status, app.statusCode);
    assert.equal(bundled.headers.get('content-type'), app.headers['content-type'] ?? null);
    assert.equal(bundled.headers.get('location'), app.headers.location ?? null);
    assert.ok(Buffer.from(await bundled.arrayBuffer()).equals(app.rawPayload), `${path} body differs`);
  });
}

// The document depends on the configuration (the test app's differs): the bundle's /docs/json and /docs/yaml
// (yaml and @fastify/swagger inside the bundle) must carry its /openapi.json.
test('the bundled server serves one OpenAPI document as /openapi.json, /docs/json and /docs/yaml', async () => {
  const document = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
  assert.ok(document.paths['/health']);
  assert.deepEqual(await (await fetch(`${base}/docs/json`)).json(), document);
  assert.deepEqual(parse(await (await fetch(`${base}/docs/yaml`)).text()), document);
});
