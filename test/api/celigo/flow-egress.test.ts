/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createEgress } from '../../../src/runtime/egress/egress-agent.js';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, runAndWait } from '../../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';

// Two nodes over one store: `allowing` has the suite's loopback allow list, `strict` the default policy.
// A connection saved under an allow list that is later narrowed is refused when a step connects.
let allowing: TestServer;
let strict: TestServer;
let api: Upstream;

before(async () => {
  allowing = await startTestServer({ runtime: FAST_FLOWS });
  strict = await startTestServer({ sameStoreAs: allowing, runtime: { ...FAST_FLOWS, egress: createEgress() } });
  api = await startUpstream((q, r) => {
    if (q.method === 'GET') return json(r, 200, { data: [{ id: 1 }, { id: 2 }] });
    return json(r, 201, { ok: true });
  });
});
after(async () => {
  await api.close();
  await strict.close();
  await allowing.close();
});

const byHostName = () => `http://localhost:${new URL(api.url).port}`;

async function oneStepFlow(server: TestServer, baseURI: string) {
  const connection = await httpConnection(server, baseURI);
  // Only the export's first page: an empty second page would end it.
  const exportId = await httpExport(server, connection, { relativeURI: '/items', response: { resourcePath: 'data' } });
  const importId = await httpImport(server, connection, { method: ['POST'], relativeURI: ['/sink'], requestType: ['CREATE'] });
  return { connection, exportId, flowId: await flow(server, [exportId], [importId]) };
}

async function callsOf(server: TestServer, connectionId: string) {
  await server.core.flush();
  return server.core.store.db.selectFrom('upstream_calls').selectAll().where('integrated_account_id', '=', connectionId).execute();
}

async function assertStepRefused(server: TestServer, steps: { connection: string; exportId: string; flowId: string }, host: RegExp) {
  const seen = api.seen.length;
  const job = await runAndWait(server, steps.flowId);
  assert.equal(job.status, 'failed', JSON.stringify(job));
  assert.equal(api.seen.length, seen, 'the server saw no request');
  const errors = (await call(server, 'GET', `/v1/flows/${steps.flowId}/${steps.exportId}/errors`)).body.errors;
  assert.equal(errors.length, 1, JSON.stringify(errors));
  assert.equal(errors[0].code, 'egress_refused');
  assert.match(errors[0].message, host);
  assert.match(errors[0].message, /loopback address.*EGRESS_ALLOW/);
  const [line] = await callsOf(server, steps.connection);
  assert.equal(line.status, null);
  assert.match(String(line.error), /Junction does not connect to/);
}

test('default policy: a flow step at a loopback server by address is refused when it connects, logged, and nothing is sent', async () => {
  const steps = await oneStepFlow(allowing, api.url);
  await assertStepRefused(strict, steps, /127\.0\.0\.1/);
});

test('default policy: a flow step at a host name resolving to loopback is refused the same way', async () => {
  // A name is not refused when saved: only the address it resolves to at connect time says.
  const steps = await oneStepFlow(strict, byHostName());
  await assertStepRefused(strict, steps, /localhost \((127\.0\.0\.1|::1)\)/);
});

test('a ping of a connection the policy refuses is a 403 and does not mark it offline', async () => {
  const connection = await httpConnection(strict, byHostName(), { ping: { relativeURI: '/items', method: 'GET' } });
  const seen = api.seen.length;
  const ping = await call(strict, 'POST', `/v1/connections/${connection}/ping`);
  assert.equal(ping.status, 403, JSON.stringify(ping.body));
  assert.equal(ping.body.errors[0].code, 'egress_refused');
  assert.equal(api.seen.length, seen);
  assert.notEqual((await call(strict, 'GET', `/v1/connections/${connection}`)).body.offline, true);
});

test('a connection http.baseURI at a literal refused address is a 400 when saved or replaced', async () => {
  for (const baseURI of [
    'http://10.0.0.1',
    'https://172.16.0.1/api',
    'http://169.254.169.254',
    'http://[fe80::1]:8080',
    'http://0.0.0.0:80',
  ]) {
    const reply = await call(strict, 'POST', '/v1/connections', {
      body: { name: 'c', type: 'http', http: { baseURI, mediaType: 'json' } },
    });
    assert.equal(reply.status, 400, `${baseURI}: ${JSON.stringify(reply.body)}`);
    assert.deepEqual(
      reply.body.errors.map((e: any) => [e.code, e.field]),
      [['egress_refused', 'http.baseURI']],
    );
  }
  const named = await httpConnection(strict, 'https://api.vendor.test');
  const replaced = await call(strict, 'PUT', `/v1/connections/${named}`, {
    body: { name: 'c', type: 'http', http: { baseURI: 'http://192.168.1.1', mediaType: 'json' } },
  });
  assert.equal(replaced.status, 400, JSON.stringify(replaced.body));
  assert.equal(replaced.body.errors[0].code, 'egress_refused');
});

test('EGRESS_ALLOW: the same flow steps go through', async () => {
  for (const base of [api.url, byHostName()]) {
    const steps = await oneStepFlow(allowing, base);
    const seen = api.seen.length;
    const job = await runAndWait(allowing, steps.flowId);
    assert.equal(job.status, 'completed', JSON.stringify(job));
    assert.equal(job.numSuccess, 2);
    assert.deepEqual(
      api.seen.slice(seen).map((s) => `${s.method} ${s.url.pathname}`),
      ['GET /items', 'POST /sink', 'POST /sink'],
    );
  }
});
