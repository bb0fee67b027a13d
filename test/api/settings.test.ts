import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

const ORIGIN = 'http://127.0.0.1:5173';

function preflight(server: TestServer, origin: string, method = 'PATCH') {
  return server.app.inject({
    method: 'OPTIONS',
    url: `/applications/${server.tenant.applicationId}/integrations`,
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': 'authorization,content-type' },
  });
}

describe('CORS_ORIGINS', () => {
  let off: TestServer;
  let on: TestServer;
  before(async () => {
    off = await startTestServer();
    on = await startTestServer({ corsOrigins: [ORIGIN, 'https://admin.localhost'] });
  });
  after(async () => {
    await on.close();
    await off.close();
  });

  test('unset: a preflight is not answered and no response carries CORS headers', async () => {
    const reply = await preflight(off, ORIGIN);
    assert.equal(reply.statusCode, 404);
    assert.equal(reply.headers['access-control-allow-origin'], undefined);
    const get = await call(off, 'GET', `/applications/${off.tenant.applicationId}/integrations`, { headers: { origin: ORIGIN } });
    assert.equal(get.status, 200);
    assert.equal(get.headers['access-control-allow-origin'], undefined);
  });

  test('set: a listed origin gets its preflight answered and the headers it may read; another origin gets none', async () => {
    const reply = await preflight(on, ORIGIN);
    assert.equal(reply.statusCode, 204);
    assert.equal(reply.headers['access-control-allow-origin'], ORIGIN);
    assert.match(String(reply.headers['access-control-allow-methods']), /PATCH/);
    assert.match(String(reply.headers['access-control-allow-headers']), /authorization/);
    assert.equal(reply.headers['access-control-max-age'], '600');
    const get = await call(on, 'GET', `/applications/${on.tenant.applicationId}/integrations`, { headers: { origin: ORIGIN } });
    assert.equal(get.status, 200);
    assert.equal(get.headers['access-control-allow-origin'], ORIGIN);
    assert.match(String(get.headers['access-control-expose-headers']), /x-request-id/);
    const stranger = await preflight(on, 'http://localhost:9999');
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
  });
});

describe('TRUST_PROXY', () => {
  let direct: TestServer;
  let proxied: TestServer;
  before(async () => {
    direct = await startTestServer({ rateLimit: { burst: 2, perSecond: 1 } });
    proxied = await startTestServer({ trustProxy: true, rateLimit: { burst: 2, perSecond: 1 } });
  });
  after(async () => {
    await proxied.close();
    await direct.close();
  });

  const viaHttps = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'junction.localhost' };

  test('HSTS only on requests that came over HTTPS, which only a trusted proxy can say', async () => {
    const hsts = async (server: TestServer, headers: Record<string, string> = {}) =>
      (await call(server, 'GET', '/health', { token: null, headers })).headers['strict-transport-security'];
    assert.equal(await hsts(direct), undefined, 'plain HTTP');
    assert.equal(await hsts(direct, viaHttps), undefined, 'an untrusted X-Forwarded-Proto');
    assert.equal(await hsts(proxied), undefined);
    assert.match(String(await hsts(proxied, viaHttps)), /^max-age=31536000/);
  });

  test('URLs Junction builds use the forwarded scheme and host behind a trusted proxy', async () => {
    const created = await call(proxied, 'POST', '/v1/integrations', { body: { name: 'behind a proxy' } });
    assert.equal(created.status, 201);
    const link = await call(proxied, 'GET', `/v1/integrations/${created.body._id}/template`, { headers: viaHttps });
    assert.match(link.body.signedURL, /^https:\/\/junction\.localhost\/v1\/templates\//);
  });

  test('client addresses come from X-Forwarded-For behind a trusted proxy: token-less buckets are per client', async () => {
    const statuses = async (server: TestServer, client: string) => {
      const out: number[] = [];
      for (let i = 0; i < 3; i++) {
        out.push((await call(server, 'GET', '/', { token: null, headers: { 'x-forwarded-for': client } })).status);
      }
      return out;
    };
    assert.deepEqual(await statuses(proxied, '127.0.0.11'), [200, 200, 429]);
    assert.deepEqual(await statuses(proxied, '127.0.0.12'), [200, 200, 429], 'another client has its own bucket');
    assert.deepEqual(await statuses(direct, '127.0.0.11'), [200, 200, 429]);
    assert.deepEqual(await statuses(direct, '127.0.0.12'), [429, 429, 429], 'untrusted: one bucket for the proxy');
  });
});

test('GET / points to the console, the reference and the OpenAPI document', async () => {
  const server = await startTestServer();
  try {
    const reply = await call(server, 'GET', '/', { token: null });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { name: 'Junction', console: '/console', docs: '/docs', openapi: '/openapi.json', health: '/health' });
    assert.match(String(reply.headers.link), /<\/docs>; rel="help"/);
  } finally {
    await server.close();
  }
});
