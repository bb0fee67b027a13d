import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { buildApp } from '../../src/app.js';
import { createCore } from '../../src/core/index.js';
import { openStore } from '../../src/store/database.js';
import { relay } from '../helpers/relay.js';
import { TEST_SECRET } from '../helpers/server.js';

const databaseUrl = process.env.DATABASE_URL;

test('PostgreSQL going away: fast 503s in the surface shape, /health says so, and recovery without a restart', {
  skip: databaseUrl ? false : 'DATABASE_URL is not set: skipping the lost-database test',
}, async () => {
  const target = new URL(databaseUrl as string);
  const first = relay(target);
  const port = await first.listen();
  const viaRelay = new URL(target);
  viaRelay.hostname = '127.0.0.1';
  viaRelay.port = String(port);
  const schema = `t_lost_${process.pid}`;
  const store = openStore({ dataDir: '/nonexistent', databaseUrl: viaRelay.toString(), pgSchema: schema });
  await store.migrate();
  const core = createCore(store, TEST_SECRET);
  const app = await buildApp({ config: { bodyLimit: 1 << 20, rateLimit: { burst: 1e6, perSecond: 1e6 }, redisUrl: null }, core });
  const tenant = await core.setup.init();
  const headers = { authorization: `Bearer ${tenant.token}` };
  const url = `/applications/${tenant.applicationId}/integrations`;
  try {
    assert.equal((await app.inject({ method: 'GET', url, headers })).statusCode, 200);

    await first.cut();
    await new Promise((r) => setTimeout(r, 1000)); // past the token cache
    const started = performance.now();
    const down = await app.inject({ method: 'GET', url, headers });
    const elapsed = performance.now() - started;
    assert.equal(down.statusCode, 503, down.body);
    assert.deepEqual(Object.keys(down.json()).sort(), ['message', 'type']);
    assert.equal(down.json().type, 'ServiceUnavailable');
    assert.ok(elapsed < 4000, `failed in ${elapsed.toFixed(0)} ms`);
    const health = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(health.statusCode, 503);
    assert.equal(health.json().store.status, 'unavailable');
    assert.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 503, 'not ready without its store');
    assert.equal((await app.inject({ method: 'GET', url: '/health/live' })).statusCode, 200, 'alive all the same');
    const write = await app.inject({ method: 'POST', url, headers, payload: { name: 'x', integrationType: 'mqtt' } });
    assert.equal(write.statusCode, 503);

    const second = relay(target, port);
    await second.listen();
    let recovered = 0;
    for (let i = 0; i < 50 && recovered !== 200; i++) {
      recovered = (await app.inject({ method: 'GET', url, headers })).statusCode;
      if (recovered !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(recovered, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/health/ready' })).statusCode, 200, 'ready again');
    await second.cut();
  } finally {
    await app.close();
    const direct = openStore({ dataDir: '/nonexistent', databaseUrl: databaseUrl as string });
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(direct.db);
    await direct.close();
    await store.close().catch(() => {});
  }
});
