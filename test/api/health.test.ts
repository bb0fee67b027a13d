import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { relay } from '../helpers/relay.js';
import { call, startTestServer } from '../helpers/server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const messages = (lines: string[], pattern: RegExp) => lines.map((l) => JSON.parse(l)).filter((l) => pattern.test(String(l.msg)));

describe('health', () => {
  test('/health reports the store and no Redis when none is set; ready and live answer 200', async () => {
    const server = await startTestServer();
    try {
      const health = await call(server, 'GET', '/health', { token: null });
      assert.equal(health.status, 200);
      assert.equal(health.body.status, 'ok');
      assert.equal(health.body.store.status, 'ok');
      assert.equal(health.body.store.dialect, server.dialect);
      assert.equal(typeof health.body.store.latencyMs, 'number');
      assert.equal(health.body.redis, undefined);
      assert.deepEqual((await call(server, 'GET', '/health/ready', { token: null })).body, { status: 'ok' });
      assert.deepEqual((await call(server, 'GET', '/health/live', { token: null })).body, { status: 'ok' });
    } finally {
      await server.close();
    }
  });

  test('an unreachable Redis degrades /health (still 200, still ready) and is logged once, not per reconnect', async () => {
    const logLines: string[] = [];
    const server = await startTestServer({ redisUrl: `redis://127.0.0.1:${await closedPort()}`, logLines });
    try {
      await sleep(2_500); // ioredis retries every 50…2,000 ms meanwhile
      const health = await call(server, 'GET', '/health', { token: null });
      assert.equal(health.status, 200);
      assert.equal(health.body.status, 'degraded');
      assert.equal(health.body.store.status, 'ok');
      assert.equal(health.body.redis.status, 'unavailable');
      assert.equal(health.body.redis.error, 'ECONNREFUSED');
      assert.equal((await call(server, 'GET', '/health/ready', { token: null })).status, 200);
      const url = `/applications/${server.tenant.applicationId}/integrations`;
      assert.equal((await call(server, 'GET', url)).status, 200, 'rate limits fall open without Redis');
      assert.equal(messages(logLines, /redis unreachable/).length, 1, logLines.filter((l) => /redis/i.test(l)).join('\n'));
    } finally {
      await server.close();
    }
  });

  const redisUrl = process.env.REDIS_URL;
  test('Redis lost and back: reported in /health and logged once per change', {
    skip: redisUrl ? false : 'REDIS_URL is not set: skipping the Redis outage test',
  }, async () => {
    const target = new URL(redisUrl as string);
    const first = relay(target, 0, 6379);
    const port = await first.listen();
    const viaRelay = new URL(target);
    viaRelay.hostname = '127.0.0.1';
    viaRelay.port = String(port);
    const logLines: string[] = [];
    const server = await startTestServer({ redisUrl: viaRelay.toString(), logLines });
    try {
      let health = await call(server, 'GET', '/health', { token: null });
      for (let i = 0; i < 50 && health.body.redis.status !== 'ok'; i++) {
        await sleep(50);
        health = await call(server, 'GET', '/health', { token: null });
      }
      assert.equal(health.body.status, 'ok');
      assert.equal(typeof health.body.redis.latencyMs, 'number');

      await first.cut();
      await sleep(2_000);
      health = await call(server, 'GET', '/health', { token: null });
      assert.equal(health.status, 200);
      assert.equal(health.body.status, 'degraded');
      assert.equal(health.body.redis.status, 'unavailable');

      const second = relay(target, port, 6379);
      await second.listen();
      for (let i = 0; i < 60 && health.body.redis.status !== 'ok'; i++) {
        await sleep(100);
        health = await call(server, 'GET', '/health', { token: null });
      }
      assert.equal(health.body.redis.status, 'ok', 'back without a restart');
      assert.equal(messages(logLines, /redis unreachable/).length, 1);
      assert.equal(messages(logLines, /redis reachable again/).length, 1);
      await second.cut();
    } finally {
      await server.close();
    }
  });

  test('the health answers are the bytes their response schemas serialize to (they skip compiling a serializer)', async () => {
    const server = await startTestServer({ redisUrl: `redis://127.0.0.1:${await closedPort()}` });
    try {
      type Serializer = (data: unknown) => string;
      type Compile = (route: { schema: unknown; method: string; url: string; httpStatus: string }) => Serializer;
      const compile = (SerializerSelector() as unknown as (external: object, options: object) => Compile)({}, {});
      for (const url of ['/health', '/health/ready', '/health/live']) {
        const response = await server.app.inject({ method: 'GET', url });
        const route = server.app.routeCatalogue.find((r) => r.method === 'GET' && r.url === url);
        assert.ok(route, url);
        const schema = (route.schema as { response: Record<number, unknown> }).response[response.statusCode];
        const serialize = compile({ schema, method: 'GET', url, httpStatus: String(response.statusCode) });
        assert.equal(response.body, serialize(JSON.parse(response.body)), url);
      }
      const degraded = JSON.parse((await server.app.inject({ method: 'GET', url: '/health' })).body);
      assert.deepEqual(Object.keys(degraded), ['status', 'store', 'redis']);
    } finally {
      await server.close();
    }
  });
});
