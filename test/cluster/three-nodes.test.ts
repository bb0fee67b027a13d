/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Cluster, startCluster } from '../helpers/cluster.js';
import { json, type Seen, startUpstream, type Upstream } from '../helpers/upstream.js';

// The compose topology of docs/deploy.md without containers: three `bin/junction serve` processes on
// one PostgreSQL and one Redis, every request sent to the next node in turn.
const databaseUrl = process.env.DATABASE_URL;
const redisUrl = process.env.REDIS_URL;
const skip = !databaseUrl
  ? 'DATABASE_URL is not set: skipping the three-node cluster tests'
  : !redisUrl
    ? 'REDIS_URL is not set: skipping the three-node cluster tests'
    : false;
const BURST = 400;

let cluster: Cluster;
let upstream: Upstream;
let tokenRequests: Seen[] = [];
before(async () => {
  if (skip) return;
  cluster = await startCluster({
    nodes: 3,
    databaseUrl: databaseUrl!,
    redisUrl: redisUrl!,
    env: { RATE_LIMIT_BURST: String(BURST), RATE_LIMIT_PER_SECOND: '1' },
  });
  upstream = await startUpstream(async (request, response) => {
    if (request.url.pathname === '/oauth/token') {
      tokenRequests.push(request);
      // Slow enough that the calls on the three nodes overlap with the request in flight.
      await new Promise((r) => setTimeout(r, 50));
      return json(response, 200, { access_token: `at-${tokenRequests.length}`, token_type: 'bearer', expires_in: 3600 });
    }
    return json(response, 200, { auth: request.headers.authorization });
  });
});
after(async () => {
  await upstream?.close();
  await cluster?.close();
});

test('a write on one node is read on the others, through every surface', { skip }, async () => {
  const created = await cluster.call<any>('POST', `/applications/${cluster.applicationId}/integrations`, {
    body: { name: 'one model', integrationType: 'mqtt', mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' } },
    node: 0,
  });
  assert.equal(created.status, 201);
  const id = created.body.id;
  const losant = await cluster.call<any>('GET', `/applications/${cluster.applicationId}/integrations/${id}`, { node: 1 });
  assert.equal(losant.body.name, 'one model');
  const celigo = await cluster.call<any>('GET', `/v1/integrations/${id}`, { node: 2 });
  assert.equal(celigo.status, 200);
  assert.equal(celigo.body.name, 'one model');
  const deleted = await cluster.call('DELETE', `/applications/${cluster.applicationId}/integrations/${id}`, { node: 2 });
  assert.equal(deleted.status, 200);
  for (const node of [0, 1]) {
    const gone = await cluster.call('GET', `/applications/${cluster.applicationId}/integrations/${id}`, { node });
    assert.equal(gone.status, 404, `deleted on node 2, gone on node ${node}`);
  }
});

test('20 clients patching one Truto integration through the round robin lose no update', { skip }, async () => {
  const created = await cluster.call<any>('POST', '/integration', { body: { name: 'cas-on-three-nodes', config: {} } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: 20 }, async (_, client) => {
      for (;;) {
        const current = await cluster.call<any>('GET', `/integration/${id}`);
        const patched = await cluster.call('PATCH', `/integration/${id}`, {
          body: { version: current.body.version, config: { headers: { [`x-client-${client}`]: String(client) } } },
        });
        if (patched.status === 200) return;
        // A stale version is refused with 400 on the Truto surface (docs/decisions.md), and changes nothing.
        assert.equal(patched.status, 400, JSON.stringify(patched.body));
        assert.match((patched.body as any).message, /stale/);
        conflicts++;
      }
    }),
  );
  const final = await cluster.call<any>('GET', `/integration/${id}`);
  assert.equal(Object.keys(final.body.config.headers).length, 20, `every client's key is there (${conflicts} conflicts retried)`);
  assert.equal(final.body.version, created.body.version + 20);
});

test('an expired OAuth token is refreshed by exactly one of three nodes for 21 concurrent calls', { skip }, async () => {
  const config = {
    base_url: upstream.url,
    credentials: {
      format: 'oauth2',
      config: {
        client: { id: 'cid', secret: 'csecret' },
        auth: { tokenHost: upstream.url, tokenPath: '/oauth/token' },
        options: { authorizationMethod: 'header', bodyFormat: 'form' },
      },
    },
    resources: { me: { get: { path: '/me' } } },
  };
  const integration = await cluster.call<any>('POST', '/integration', { body: { name: 'oauth-on-three-nodes', config } });
  assert.equal(integration.status, 201, JSON.stringify(integration.body));
  const expired = { access_token: 'at-expired', refresh_token: 'rt', expires_at: new Date(Date.now() - 60_000).toISOString() };
  const account = await cluster.call<any>('POST', '/integrated-account', {
    body: { integration_id: integration.body.id, context: { oauth: { token: expired } } },
  });
  assert.equal(account.status, 201, JSON.stringify(account.body));
  tokenRequests = [];
  const replies = await Promise.all(
    Array.from({ length: 21 }, () => cluster.call<any>('GET', `/proxy/me/1?integrated_account_id=${account.body.id}`)),
  );
  assert.deepEqual(new Set(replies.map((r) => r.node)), new Set([0, 1, 2]));
  assert.ok(
    replies.every((r) => r.status === 200),
    JSON.stringify(replies.map((r) => r.status)),
  );
  assert.equal(tokenRequests.length, 1);
  assert.deepEqual([...new Set(replies.map((r) => r.body.auth))], ['Bearer at-1']);
});

test("the three nodes share each token's request budget through Redis", { skip }, async () => {
  const issued = await cluster.call<any>('POST', `/applications/${cluster.applicationId}/tokens`, {
    body: { name: 'budget', scope: ['all.Application'] },
  });
  assert.equal(issued.status, 201, JSON.stringify(issued.body));
  const statuses: number[] = [];
  for (let batch = 0; batch < (BURST + 20) / 20; batch++) {
    const replies = await Promise.all(
      Array.from({ length: 20 }, () =>
        cluster.call('GET', `/applications/${cluster.applicationId}/integrations`, { token: issued.body.token }),
      ),
    );
    statuses.push(...replies.map((r) => r.status));
  }
  assert.equal(statuses.filter((s) => s === 200).length, BURST);
  assert.equal(statuses.filter((s) => s === 429).length, 20);
});
