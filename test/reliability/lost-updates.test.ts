import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

const CLIENTS = 20;
const WRITES_PER_CLIENT = 200;

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function auditUpdates(integrationId: string) {
  const events = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: integrationId, limit: 100_000 });
  return events.filter((e) => e.event === 'update');
}

test(`Losant: ${CLIENTS} clients × ${WRITES_PER_CLIENT} PATCHes of one integration lose no write`, async () => {
  const path = `/applications/${server.tenant.applicationId}/integrations`;
  const created = await call(server, 'POST', path, {
    body: {
      name: 'contended',
      integrationType: 'mqtt',
      mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
      topics: ['start'],
    },
  });
  const url = `${path}/${created.body.id}`;
  const accepted: string[] = [];
  const refused: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < WRITES_PER_CLIENT; n++) {
        const topic = `c${client}/w${n}`;
        const reply = await call(server, 'PATCH', url, { body: { topics: [topic] } });
        if (reply.status === 200) accepted.push(topic);
        else refused.push(reply.status);
      }
    }),
  );
  for (const status of refused) assert.ok([409, 412].includes(status), `a refused write is a clean conflict, got ${status}`);
  const updates = await auditUpdates(created.body.id);
  assert.equal(updates.length, accepted.length, 'one audit event per accepted write');
  const stored = await server.core.integrations.get(null, created.body.id);
  assert.equal(stored.version, 1 + accepted.length, 'the version counts every accepted write');
  // Every accepted write is in the history: each one's topic appears as a new value exactly once.
  const written = updates
    .map((e) => (e.fieldChanges.find((c) => c.fieldPath === 'attributes.topics')?.newValue as string[] | undefined)?.[0])
    .sort();
  assert.deepEqual(written, [...accepted].sort());
  assert.equal(accepted.length + refused.length, CLIENTS * WRITES_PER_CLIENT);
});

test(`integrator.io: ${CLIENTS} clients × ${WRITES_PER_CLIENT} JSON-Patch PATCHes of one integration lose no write`, async () => {
  const created = await call(server, 'POST', '/v1/integrations', { body: { name: 'contended v1' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const url = `/v1/integrations/${created.body._id}`;
  const accepted: string[] = [];
  const refused: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < WRITES_PER_CLIENT; n++) {
        const tag = `c${client}/w${n}`;
        const reply = await call(server, 'PATCH', url, { body: [{ op: 'add', path: '/tag', value: tag }] });
        if (reply.status === 204) accepted.push(tag);
        else refused.push(reply.status);
      }
    }),
  );
  for (const status of refused) assert.ok([409, 412].includes(status), `a refused write is a clean conflict, got ${status}`);
  const updates = await auditUpdates(created.body._id);
  assert.equal(updates.length, accepted.length, 'one audit event per accepted write');
  const stored = await server.core.integrations.get(null, created.body._id);
  assert.equal(stored.version, 1 + accepted.length);
  const written = updates.map((e) => e.fieldChanges.find((c) => c.fieldPath === 'attributes.tag')?.newValue as string).sort();
  assert.deepEqual(written, [...accepted].sort());
});

test(`Truto: ${CLIENTS} clients × ${WRITES_PER_CLIENT} versioned PATCHes: stale versions are refused cleanly, accepted ones all land`, async () => {
  const created = await call(server, 'POST', '/integration', { body: { name: 'contended-truto' } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const url = `/integration/${created.body.id}`;
  const accepted: string[] = [];
  let conflicts = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let n = 0; n < WRITES_PER_CLIENT; n++) {
        const { version } = (await call(server, 'GET', url)).body;
        const category = `c${client}-w${n}`;
        const reply = await call(server, 'PATCH', url, { body: { version, category } });
        if (reply.status === 200) {
          accepted.push(category);
          assert.equal(reply.body.version, version + 1);
        } else {
          assert.equal(reply.status, 400, JSON.stringify(reply.body));
          assert.equal(reply.body.statusCode, 400);
          conflicts++;
        }
      }
    }),
  );
  assert.ok(accepted.length > 0);
  assert.equal(accepted.length + conflicts, CLIENTS * WRITES_PER_CLIENT);
  const updates = await auditUpdates(created.body.id);
  assert.equal(updates.length, accepted.length, 'one audit event per accepted write');
  const final = (await call(server, 'GET', url)).body;
  assert.equal(final.version, 1 + accepted.length, 'the version counts exactly the accepted writes');
  const written = updates.map((e) => e.fieldChanges.find((c) => c.fieldPath === 'category')?.newValue as string).sort();
  assert.deepEqual(written, [...accepted].sort());
});
