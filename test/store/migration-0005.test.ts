/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sealJson } from '../../src/core/shared/sealed-json.js';
import { deriveKey } from '../../src/lib/crypto.js';
import { call, startTestServer, TEST_SECRET, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

const ORG = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const INTEGRATION = 'bbbbbbbbbbbbbbbbbbbbbbbb';
const ACCOUNT = 'cccccccccccccccccccccccc';
const ORPHAN = 'dddddddddddddddddddddddd';
const T0 = '2026-01-02T03:04:05.000Z';

let server: TestServer;
let upstream: Upstream;

before(async () => {
  upstream = await startUpstream((q, r) => json(r, 200, { items: [], key: q.headers['x-key'] }));
  const config = {
    base_url: `${upstream.url}/{{context.region}}`,
    credentials: { format: 'api_key', config: {} },
    authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
    resources: { items: { list: { path: '/items', response_path: 'items' } } },
  };
  const sealed = sealJson(deriveKey(TEST_SECRET, 'encryption'), { api_key: 'migrated-key', region: 'eu' });
  server = await startTestServer({
    seed: {
      // The schema as 0004 left it: accounts in their own table.
      through: '0004-runtime',
      async run(db: any) {
        await db.insertInto('organizations').values({ id: ORG, name: 'default', created_at: T0, updated_at: T0 }).execute();
        await db
          .insertInto('integrations')
          .values({
            id: INTEGRATION,
            organization_id: ORG,
            application_id: null,
            name: 'helpdesk',
            name_lower: 'helpdesk',
            description: null,
            integration_type: null,
            category: null,
            enabled: 1,
            sharing: 'deny',
            is_beta: 0,
            version: 1,
            attributes: '{}',
            config: JSON.stringify(config),
            settings: '{}',
            secrets: null,
            created_at: T0,
            updated_at: T0,
          })
          .execute();
        const account = { organization_id: ORG, application_id: null, authentication_method: 'api_key', status: 'active', version: 3 };
        await db
          .insertInto('integrated_accounts')
          .values([
            {
              ...account,
              id: ACCOUNT,
              integration_id: INTEGRATION,
              context: JSON.stringify(sealed.plain),
              secrets: sealed.sealed,
              created_at: T0,
              updated_at: T0,
            },
            {
              ...account,
              id: ORPHAN,
              integration_id: 'eeeeeeeeeeeeeeeeeeeeeeee',
              context: '{}',
              secrets: null,
              created_at: T0,
              updated_at: T0,
            },
          ])
          .execute();
        await db
          .insertInto('upstream_calls')
          .values({
            id: 'ffffffffffffffffffffffff',
            organization_id: ORG,
            integrated_account_id: ACCOUNT,
            integration_id: INTEGRATION,
            resource: 'items',
            method: 'list',
            http_method: 'GET',
            path: '/eu/items',
            status: 200,
            duration_ms: 5,
            attempts: 1,
            error: null,
            created_at: T0,
          })
          .execute();
      },
    },
  });
});
after(async () => {
  await upstream.close();
  await server.close();
});

test('0005 moves every connected account into resources with its id, times, version and still-sealed secrets', async () => {
  assert.equal(server.tenant.organizationId, ORG);
  const account = await call(server, 'GET', `/integrated-account/${ACCOUNT}`);
  assert.equal(account.status, 200);
  assert.deepEqual(
    { ...account.body, updated_at: undefined },
    {
      id: ACCOUNT,
      integration_id: INTEGRATION,
      environment_id: null,
      authentication_method: 'api_key',
      status: 'active',
      context: { api_key: '********', region: 'eu' },
      created_at: T0,
      updated_at: undefined,
    },
  );
  const connection = await call(server, 'GET', `/v1/connections/${ACCOUNT}`);
  assert.equal(connection.body.name, 'helpdesk');
  assert.equal(connection.body.http.baseURI, `${upstream.url}/eu`);
  assert.equal(connection.body.createdAt, T0);
  // An account whose integration is gone keeps a default name.
  assert.equal((await call(server, 'GET', `/v1/connections/${ORPHAN}`)).body.name, 'Connected account');

  const row = await server.core.store.db.selectFrom('resources').selectAll().where('id', '=', ACCOUNT).executeTakeFirstOrThrow();
  assert.equal(Number(row.version), 3);
  assert.equal(row.kind, 'connection');

  // The secret still opens with the server key: the proxy sends it.
  const proxied = await call(server, 'GET', `/proxy/items?integrated_account_id=${ACCOUNT}`);
  assert.equal(proxied.status, 200);
  assert.equal(upstream.seen.at(-1)?.headers['x-key'], 'migrated-key');

  const calls = await call(server, 'GET', `/integrated-account/${ACCOUNT}/calls`);
  assert.deepEqual(
    calls.body.result.map((c: any) => c.id),
    [calls.body.result[0].id, 'ffffffffffffffffffffffff'],
  );
});
