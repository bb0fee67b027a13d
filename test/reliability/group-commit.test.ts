/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertTrutoError, SMALL_CONFIG } from '../api/truto/fixtures.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

// Issue 16: concurrent writes share one COMMIT on SQLite (one transaction per write on PostgreSQL); each
// still gets its own version check, audit event and error. Requests sent at once join one batch.
let server: TestServer;
let app: string;
before(async () => {
  server = await startTestServer();
  app = `/applications/${server.tenant.applicationId}`;
});
after(() => server.close());

const MQTT = { host: '127.0.0.1', port: 1883, protocol: 'mqtt' };

async function created(url: string, body: unknown) {
  const reply = await call(server, 'POST', url, { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

const storedVersion = async (id: string) =>
  Number((await server.core.store.db.selectFrom('integrations').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version);

const updateEvents = async (id: string) =>
  (await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: id, limit: 1000 }))
    .filter((event) => event.event === 'update')
    .reverse();

test('Losant: 40 PATCHes of one integration sent at once are all acknowledged, one version and one audit event each', async () => {
  const { id } = await created(`${app}/integrations`, { name: 'grouped', integrationType: 'mqtt', enabled: false, mqttConfig: MQTT });
  const url = `${app}/integrations/${id}`;
  const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => call(server, 'PATCH', url, { body: { topics: [`t/${i}`] } })));
  for (const reply of replies) assert.equal(reply.status, 200, JSON.stringify(reply.body));
  assert.equal(await storedVersion(id), 41);
  const events = await updateEvents(id);
  assert.equal(events.length, 40);
  // Applied one after another: each event starts from the topics the one before left.
  const topics = (event: any) => event.fieldChanges.find((change: any) => change.fieldPath === 'attributes.topics');
  let previous: unknown = [];
  const seen = new Set<string>();
  for (const event of events) {
    const change = topics(event);
    assert.ok(change, JSON.stringify(event.fieldChanges));
    assert.deepEqual(change.oldValue ?? [], previous);
    previous = change.newValue;
    seen.add(JSON.stringify(change.newValue));
  }
  assert.equal(seen.size, 40, 'every write is in the log once');
  const final = await call(server, 'GET', url);
  assert.deepEqual(final.body.topics, previous);
});

test('Truto: a stale version in a batch is refused alone with its own error; its batch-mates are stored', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push((await created('/integration', { name: `batch-${i}`, config: SMALL_CONFIG })).id);
  const [stale, ...fresh] = ids;
  const replies = await Promise.all([
    ...fresh.map((id) => call(server, 'PATCH', `/integration/${id}`, { body: { version: 1, category: `fresh ${id}` } })),
    call(server, 'PATCH', `/integration/${stale}`, { body: { version: 7, category: 'stale' } }),
    ...fresh.map((id) => call(server, 'PATCH', `/integration/${id}`, { body: { version: 1, category: 'second, stale' } })),
  ]);
  const firsts = replies.slice(0, fresh.length);
  const refused = replies[fresh.length];
  const seconds = replies.slice(fresh.length + 1);
  assertTrutoError(refused, 400, 'Bad Request');
  assert.match(refused.body.message, /version/);
  // Both PATCHes of a pair carry version 1: exactly one wins (on PostgreSQL either may commit first).
  for (const [i, id] of fresh.entries()) {
    const pair = [firsts[i], seconds[i]];
    const won = pair.filter((reply) => reply.status === 200);
    assert.equal(won.length, 1, JSON.stringify(pair.map((reply) => reply.body)));
    assert.equal(won[0].body.version, 2);
    for (const reply of pair) if (reply.status !== 200) assertTrutoError(reply, 400, 'Bad Request');
    const read = await call(server, 'GET', `/integration/${id}`);
    assert.equal(read.body.category, won[0].body.category);
    assert.equal(read.body.version, 2);
    assert.equal((await updateEvents(id)).length, 1);
  }
  assert.equal(await storedVersion(stale), 1);
  assert.equal((await updateEvents(stale)).length, 0);
});

test('Losant: a PATCH failing in the core rolls back alone and answers its own 400; the others in its batch are stored', async () => {
  const good = await created(`${app}/integrations`, { name: 'good', integrationType: 'mqtt', enabled: false, mqttConfig: MQTT });
  const bad = await created(`${app}/integrations`, { name: 'bad', integrationType: 'mqtt', enabled: false, mqttConfig: MQTT });
  const replies = await Promise.all([
    call(server, 'PATCH', `${app}/integrations/${good.id}`, { body: { name: 'good 1' } }),
    // Valid for the route's schema; refused by the core's type-config rule inside the transaction.
    call(server, 'PATCH', `${app}/integrations/${bad.id}`, { body: { name: 'renamed', sqsConfig: { queueUrl: 'q' } } }),
    call(server, 'PATCH', `${app}/integrations/${good.id}`, { body: { topics: ['good/2'] } }),
  ]);
  assert.equal(replies[0].status, 200, JSON.stringify(replies[0].body));
  assert.equal(replies[2].status, 200, JSON.stringify(replies[2].body));
  assert.equal(replies[1].status, 400);
  assert.deepEqual(replies[1].body, {
    type: 'Validation',
    message: 'sqsConfig is not allowed on an integration of type mqtt (only mqttConfig)',
  });
  const stored = await call(server, 'GET', `${app}/integrations/${good.id}`);
  assert.equal(stored.body.name, 'good 1');
  assert.deepEqual(stored.body.topics, ['good/2']);
  assert.equal(await storedVersion(good.id), 3);
  assert.equal((await call(server, 'GET', `${app}/integrations/${bad.id}`)).body.name, 'bad');
  assert.equal(await storedVersion(bad.id), 1);
  assert.equal((await updateEvents(bad.id)).length, 0);
});

test('integrator.io: JSON Patches of one integration sent at once each land as their own version', async () => {
  const { id } = await created(`${app}/integrations`, { name: 'patched', integrationType: 'mqtt', enabled: false, mqttConfig: MQTT });
  const replies = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      call(server, 'PATCH', `/v1/integrations/${id}`, { body: [{ op: 'replace', path: '/settings', value: { n: i } }] }),
    ),
  );
  for (const reply of replies) assert.ok(reply.status >= 200 && reply.status < 300, JSON.stringify(reply.body));
  assert.equal(await storedVersion(id), 21);
  assert.equal((await updateEvents(id)).length, 20);
});
