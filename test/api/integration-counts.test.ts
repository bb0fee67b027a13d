/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { integrationsPath, MQTT_EXAMPLE } from './losant/fixtures.js';

// A Losant list's totalCount comes from a count kept with every write, and a whole page is kept per
// application generation: both must follow every write, on this node or another one on the same store.
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

async function newApplication(name: string) {
  const reply = await call(nodeA, 'POST', '/applications', { body: { name } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.id as string;
}

async function create(node: TestServer, applicationId: string, name: string) {
  const reply = await call(node, 'POST', integrationsPath(applicationId), { body: { ...MQTT_EXAMPLE, name } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.id as string;
}

const listOf = async (node: TestServer, applicationId: string, query = 'sortField=name&perPage=2') =>
  (await call(node, 'GET', `${integrationsPath(applicationId)}?${query}`)).body;

test('totalCount follows Losant creates and deletes on either node, unfiltered and filtered', async () => {
  const app = await newApplication('counts losant');
  assert.equal((await listOf(nodeA, app)).totalCount, 0);
  const ids = [await create(nodeA, app, 'count a1'), await create(nodeB, app, 'count b1'), await create(nodeA, app, 'other')];
  assert.equal((await listOf(nodeA, app)).totalCount, 3);
  assert.equal((await listOf(nodeA, app, 'filterField=name&filter=count*')).totalCount, 2);
  assert.equal((await call(nodeB, 'DELETE', `${integrationsPath(app)}/${ids[0]}`)).status, 200);
  const listed = await listOf(nodeA, app);
  assert.equal(listed.totalCount, 2);
  assert.deepEqual(
    listed.items.map((i: any) => i.id),
    [ids[1], ids[2]],
  );
  assert.equal((await listOf(nodeA, app, 'filterField=name&filter=count*')).totalCount, 1);
  await create(nodeB, app, 'count b2');
  assert.equal((await listOf(nodeA, app)).totalCount, 3);
  assert.equal((await listOf(nodeA, app, 'filterField=name&filter=count*')).totalCount, 2);
});

test('totalCount follows deletes through integrator.io and Truto, and another application is untouched', async () => {
  const app = await newApplication('counts surfaces');
  const other = await newApplication('counts untouched');
  await create(nodeA, other, 'untouched');
  const ids = [await create(nodeA, app, 's1'), await create(nodeA, app, 's2'), await create(nodeA, app, 's3')];
  assert.equal((await listOf(nodeA, app)).totalCount, 3);
  assert.equal((await call(nodeB, 'DELETE', `/v1/integrations/${ids[0]}`)).status, 204);
  assert.equal((await listOf(nodeA, app)).totalCount, 2);
  assert.equal((await call(nodeB, 'DELETE', `/integration/${ids[1]}`)).status, 200);
  const listed = await listOf(nodeA, app);
  assert.equal(listed.totalCount, 1);
  assert.deepEqual(
    listed.items.map((i: any) => i.id),
    [ids[2]],
  );
  assert.equal((await listOf(nodeA, other)).totalCount, 1);
});

test('a deleted application takes its count with it: its list is a 404 on both nodes', async () => {
  const app = await newApplication('counts deleted');
  await create(nodeA, app, 'd1');
  await create(nodeA, app, 'd2');
  assert.equal((await listOf(nodeA, app)).totalCount, 2);
  assert.equal((await call(nodeB, 'DELETE', `/applications/${app}`, { body: {} })).status, 200);
  assert.equal((await call(nodeA, 'GET', integrationsPath(app))).status, 404);
  assert.equal((await call(nodeB, 'GET', integrationsPath(app))).status, 404);
  const rows = await nodeA.core.store.db.selectFrom('integration_counts').selectAll().where('application_id', '=', app).execute();
  assert.deepEqual(rows, []);
});

test('a page kept on one node shows a PATCH made on the other through each surface at once', async () => {
  const app = await newApplication('counts patched');
  const id = await create(nodeA, app, 'patch me');
  const query = 'sortField=name&perPage=100';
  const first = await listOf(nodeA, app, query);
  assert.deepEqual(await listOf(nodeA, app, query), first, 'the kept page is the same answer');

  assert.equal((await call(nodeB, 'PATCH', `${integrationsPath(app)}/${id}`, { body: { name: 'renamed by losant' } })).status, 200);
  const afterLosant = await listOf(nodeA, app, query);
  assert.equal(afterLosant.items[0].name, 'renamed by losant');
  assert.equal(afterLosant.items[0].lastUpdated, (await call(nodeA, 'GET', `${integrationsPath(app)}/${id}`)).body.lastUpdated);

  const celigo = await call(nodeB, 'PATCH', `/v1/integrations/${id}`, {
    body: [{ op: 'replace', path: '/settings', value: { seen: 'integrator.io' } }],
  });
  assert.equal(celigo.status, 204, JSON.stringify(celigo.body));
  const afterCeligo = await listOf(nodeA, app, query);
  assert.equal(afterCeligo.items[0].lastUpdated, (await call(nodeA, 'GET', `${integrationsPath(app)}/${id}`)).body.lastUpdated);

  const version = (await call(nodeB, 'GET', `/integration/${id}`)).body.version;
  const truto = await call(nodeB, 'PATCH', `/integration/${id}`, { body: { name: 'renamed-by-truto', version } });
  assert.equal(truto.status, 200, JSON.stringify(truto.body));
  assert.equal((await listOf(nodeA, app, query)).items[0].name, 'renamed-by-truto');

  // Every page of the node that kept it is the answer a node without it gives.
  assert.deepEqual(await listOf(nodeA, app, query), await listOf(nodeB, app, query));
});

test('an application token of another application gets the 404, not a kept page', async () => {
  const app = await newApplication('counts private');
  await create(nodeA, app, 'private');
  assert.equal((await listOf(nodeA, app)).totalCount, 1);
  const elsewhere = await nodeA.token(['all.Application']);
  assert.equal((await call(nodeA, 'GET', `${integrationsPath(app)}?sortField=name&perPage=2`, { token: elsewhere })).status, 404);
  const other = await nodeA.otherTenant('counts other');
  assert.equal((await call(nodeA, 'GET', `${integrationsPath(app)}?sortField=name&perPage=2`, { token: other.token })).status, 404);
});
