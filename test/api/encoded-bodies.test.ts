/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { writeLiveStatus } from '../../src/store/repositories/live-status.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { integrationsPath, MQTT_EXAMPLE } from './losant/fixtures.js';

// Encoded bodies are kept per version: what is answered must be what a write made, on this node or another.
let nodeA: TestServer;
let nodeB: TestServer;
before(async () => {
  nodeA = await startTestServer();
  nodeB = await startTestServer({ sameStoreAs: nodeA });
});
after(async () => {
  await nodeB.close();
  await nodeA.close();
});

async function created() {
  const reply = await call(nodeA, 'POST', integrationsPath(nodeA.tenant.applicationId), { body: MQTT_EXAMPLE });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.id as string;
}

test('Losant GET: an ETag per version, 304 while it holds, a new body after a write on another node', async () => {
  const id = await created();
  const url = `${integrationsPath(nodeA.tenant.applicationId)}/${id}`;
  const first = await call(nodeA, 'GET', url);
  const again = await call(nodeA, 'GET', url);
  assert.equal(first.status, 200);
  assert.deepEqual(again.body, first.body);
  const tag = String(first.headers.etag);
  assert.match(tag, /^"1-[0-9a-z-]+"$/);
  assert.notEqual(again.body.mqttConfig.password, MQTT_EXAMPLE.mqttConfig.password, 'the secret stays masked in the cached body');

  const unchanged = await call(nodeA, 'GET', url, { headers: { 'if-none-match': tag } });
  assert.equal(unchanged.status, 304);
  assert.equal(unchanged.body, undefined);
  assert.equal((await call(nodeA, 'GET', url, { headers: { 'if-none-match': `"0-x", W/${tag}` } })).status, 304);

  const patched = await call(nodeB, 'PATCH', url, { body: { topics: ['changed/on/b'] } });
  assert.equal(patched.status, 200);
  const after = await call(nodeA, 'GET', url, { headers: { 'if-none-match': tag } });
  assert.equal(after.status, 200, 'the old tag no longer matches');
  assert.deepEqual(after.body.topics, ['changed/on/b']);
  assert.notEqual(after.headers.etag, tag);
  assert.equal((await call(nodeA, 'GET', url, { headers: { 'if-none-match': String(after.headers.etag) } })).status, 304);
});

test('Losant list: rows served from encoded bodies show the write another node made', async () => {
  const id = await created();
  const list = `${integrationsPath(nodeA.tenant.applicationId)}?sortField=name&perPage=100`;
  const before = await call(nodeA, 'GET', list);
  const one = await call(nodeA, 'GET', `${integrationsPath(nodeA.tenant.applicationId)}/${id}`);
  assert.deepEqual(
    before.body.items.find((i: any) => i.id === id),
    one.body,
  );
  await call(nodeB, 'PATCH', `${integrationsPath(nodeA.tenant.applicationId)}/${id}`, { body: { name: 'renamed on b' } });
  const after = await call(nodeA, 'GET', list);
  assert.equal(after.body.items.find((i: any) => i.id === id).name, 'renamed on b');
  assert.equal(after.body.count, after.body.items.length);
  assert.equal(after.body.totalCount, before.body.totalCount);
});

test('integrator.io GET: a delete on another node is a 404 here at once; another tenant gets 404, not the cached body', async () => {
  const id = await created();
  const url = `/v1/integrations/${id}`;
  const first = await call(nodeA, 'GET', url);
  assert.equal(first.status, 200);
  assert.equal((await call(nodeA, 'GET', url)).status, 200);
  const other = await nodeA.otherTenant('cache other');
  assert.equal((await call(nodeA, 'GET', url, { token: other.token })).status, 404);
  const elsewhere = await nodeA.token(['all.Application'], other.applicationId);
  assert.equal((await call(nodeA, 'GET', url, { token: elsewhere })).status, 404);

  await call(nodeB, 'PATCH', url, { body: [{ op: 'replace', path: '/settings', value: { seen: 'b' } }] });
  assert.deepEqual((await call(nodeA, 'GET', url)).body.settings, { seen: 'b' });
  const removed = await call(nodeB, 'DELETE', `${integrationsPath(nodeA.tenant.applicationId)}/${id}`);
  assert.equal(removed.status, 200);
  assert.equal((await call(nodeA, 'GET', url)).status, 404);
  assert.equal((await call(nodeA, 'GET', `${integrationsPath(nodeA.tenant.applicationId)}/${id}`)).status, 404);
});

test('Losant GET and list: a live status written apart from the version shows at once', async () => {
  const id = await created();
  const url = `${integrationsPath(nodeA.tenant.applicationId)}/${id}`;
  const list = `${integrationsPath(nodeA.tenant.applicationId)}?sortField=name&perPage=100`;
  const first = await call(nodeA, 'GET', url);
  await call(nodeA, 'GET', list);
  const connectedAt = '2026-03-04T05:06:07.000Z';
  await writeLiveStatus(nodeB.core.store.db, {
    integration_id: id,
    connected_at: connectedAt,
    disconnected_at: null,
    error: null,
    last_keep_alive_at: connectedAt,
    next_attempt_at: null,
    updated_at: connectedAt,
  });
  const after = await call(nodeA, 'GET', url, { headers: { 'if-none-match': String(first.headers.etag) } });
  assert.equal(after.status, 200);
  assert.equal(after.body.status.connectInfo.ts, Date.parse(connectedAt));
  assert.notEqual(after.headers.etag, first.headers.etag);
  const listed = (await call(nodeA, 'GET', list)).body.items.find((i: any) => i.id === id);
  assert.deepEqual(listed.status, after.body.status);
});

test('each surface: a write on this node shows in its next GET, after GETs it answered from memory', async () => {
  const id = await created();
  const losant = `${integrationsPath(nodeA.tenant.applicationId)}/${id}`;
  const celigo = `/v1/integrations/${id}`;
  for (const url of [losant, celigo, losant, celigo]) assert.equal((await call(nodeA, 'GET', url)).status, 200);
  assert.equal((await call(nodeA, 'PATCH', losant, { body: { topics: ['changed/here'] } })).status, 200);
  assert.deepEqual((await call(nodeA, 'GET', losant)).body.topics, ['changed/here']);
  const patched = await call(nodeA, 'PATCH', celigo, { body: [{ op: 'replace', path: '/settings', value: { changed: 'here' } }] });
  assert.equal(patched.status, 204, JSON.stringify(patched.body));
  assert.deepEqual((await call(nodeA, 'GET', celigo)).body.settings, { changed: 'here' });

  const truto = await call(nodeA, 'POST', '/integration', { body: { name: 'truto_here', config: {} } });
  assert.equal(truto.status, 201, JSON.stringify(truto.body));
  const trutoUrl = `/integration/${truto.body.id}`;
  const read = await call(nodeA, 'GET', trutoUrl);
  assert.equal((await call(nodeA, 'GET', trutoUrl)).status, 200);
  const changed = await call(nodeA, 'PATCH', trutoUrl, { body: { version: read.body.version, category: 'changed here' } });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  const after = await call(nodeA, 'GET', trutoUrl);
  assert.equal(after.body.category, 'changed here');
  assert.equal(after.body.version, changed.body.version);
});
