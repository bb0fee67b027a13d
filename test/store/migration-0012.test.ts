/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MQTT_EXAMPLE } from '../api/losant/fixtures.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaa1';
const APP = 'aaaaaaaaaaaaaaaaaaaaaaa2';
const T0 = '2026-01-02T03:04:05.000Z';
const integration = (n: number, applicationId: string | null) => ({
  id: `bbbbbbbbbbbbbbbbbbbbbb${String(n).padStart(2, '0')}`,
  organization_id: ORG,
  application_id: applicationId,
  name: `seeded ${n}`,
  name_lower: `seeded ${n}`,
  description: null,
  integration_type: null,
  category: null,
  enabled: 1,
  sharing: 'deny',
  is_beta: 0,
  version: 1,
  attributes: '{}',
  config: '{}',
  settings: '{}',
  secrets: null,
  created_at: T0,
  updated_at: T0,
});

let server: TestServer;
before(async () => {
  server = await startTestServer({
    seed: {
      // Integrations stored before the counts existed.
      through: '0011-mcp-servers',
      async run(db: any) {
        await db.insertInto('organizations').values({ id: ORG, name: 'default', created_at: T0, updated_at: T0 }).execute();
        await db
          .insertInto('applications')
          .values({ id: APP, organization_id: ORG, name: 'seeded', description: null, created_at: T0, updated_at: T0 })
          .execute();
        await db
          .insertInto('integrations')
          .values([integration(1, APP), integration(2, APP), integration(3, APP), integration(4, null)])
          .execute();
      },
    },
  });
});
after(() => server.close());

test('0012 counts the integrations already stored, and the count follows later writes', async () => {
  const token = await server.token(['all.Application'], APP);
  const path = `/applications/${APP}/integrations`;
  const listed = await call(server, 'GET', `${path}?perPage=2`, { token });
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  assert.equal(listed.body.totalCount, 3);
  assert.deepEqual(
    listed.body.items.map((i: any) => i.name),
    ['seeded 1', 'seeded 2'],
  );
  assert.equal((await call(server, 'POST', path, { token, body: MQTT_EXAMPLE })).status, 201);
  assert.equal((await call(server, 'DELETE', `${path}/${integration(1, APP).id}`, { token })).status, 200);
  assert.equal((await call(server, 'GET', `${path}?perPage=2`, { token })).body.totalCount, 3);
});
