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
  const created = await call(server, 'POST', path, { body: { name: 'contended', integrationType: 'mqtt', topics: ['start'] } });
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
