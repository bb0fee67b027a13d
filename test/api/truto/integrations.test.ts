import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maskSecrets } from '../../../src/lib/secrets.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, MISSING_ID, SEED_CONFIG, SMALL_CONFIG } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const create = async (body: Record<string, unknown>) => {
  const reply = await call(server, 'POST', '/integration', { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
};

describe('POST /integration', () => {
  test('accepts the seed’s full example config and returns it unchanged', async () => {
    const created = await create({ name: 'zendesk', category: 'helpdesk', config: SEED_CONFIG });
    assert.match(created.id, /^[a-f\d]{24}$/);
    assert.deepEqual(created.config, maskSecrets(SEED_CONFIG), 'secrets masked, to the owner too');
    assert.equal(created.name, 'zendesk');
    assert.equal(created.category, 'helpdesk');
    assert.equal(created.is_beta, false);
    assert.equal(created.sharing, 'deny');
    assert.equal(created.version, 1);
    assert.equal(created.team_id, server.tenant.organizationId);
    assert.equal(created.team.id, server.tenant.organizationId);
    assert.equal(created.team.name, 'default');
    assert.deepEqual(created.installed_environment, []);
    assert.match(created.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const fetched = await call(server, 'GET', `/integration/${created.id}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(fetched.body, created);
    // The plural path is the same resource.
    assert.deepEqual((await call(server, 'GET', `/integrations/${created.id.toUpperCase()}`)).body, created);
  });

  test('keeps secrets of the config encrypted at rest', async () => {
    const created = await create({ name: 'secretive', config: SEED_CONFIG });
    const row = await server.core.store.db.selectFrom('integrations').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    assert.ok(!row.config.includes('your-client-secret'));
    assert.ok(!row.config.includes('your-webhook-secret'));
    assert.ok(row.secrets && !row.secrets.includes('your-client-secret'));
  });

  const invalid: [string, unknown][] = [
    ['a missing name', { category: 'crm' }],
    ['a name that is not a slug', { name: 'My CRM' }],
    ['an unknown field', { name: 'x', team_id: MISSING_ID }],
    ['a config that is not an object', { name: 'x', config: [] }],
    ['an unknown sharing', { name: 'x', sharing: 'public' }],
  ];
  for (const [what, body] of invalid) {
    test(`refuses ${what} with 400 and stores nothing`, async () => {
      const before = (await call(server, 'GET', '/integration?limit=1000')).body.result.length;
      assertTrutoError(await call(server, 'POST', '/integration', { body }), 400, 'Bad Request');
      assert.equal((await call(server, 'GET', '/integration?limit=1000')).body.result.length, before);
    });
  }
});

describe('PATCH /integration/:id', () => {
  test('the seed example: name, category, config and version on the plural path', async () => {
    const created = await create({ name: 'zendesk', category: 'helpdesk', config: SMALL_CONFIG });
    const reply = await call(server, 'PATCH', `/integrations/${created.id}`, {
      body: { name: 'my_custom_crm', category: 'crm', config: SEED_CONFIG, is_beta: true, sharing: 'allow', version: 1 },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.name, 'my_custom_crm');
    assert.equal(reply.body.category, 'crm');
    assert.equal(reply.body.is_beta, true);
    assert.equal(reply.body.sharing, 'allow');
    assert.equal(reply.body.version, 2);
    assert.deepEqual(reply.body.config.resources.users, SEED_CONFIG.resources.users);
    assert.deepEqual(reply.body.config.resources.orders, SEED_CONFIG.resources.orders);
    assert.ok(reply.body.updated_at >= created.updated_at);
    assert.deepEqual((await call(server, 'GET', `/integration/${created.id}`)).body, reply.body);
  });

  test('a stale or missing version is 400 and nothing changes', async () => {
    const created = await create({ name: 'locked', config: SMALL_CONFIG });
    assert.equal((await call(server, 'PATCH', `/integration/${created.id}`, { body: { category: 'a', version: 1 } })).status, 200);
    const stale = await call(server, 'PATCH', `/integration/${created.id}`, { body: { category: 'b', version: 1 } });
    assertTrutoError(stale, 400, 'Bad Request');
    assert.match(stale.body.message, /version/);
    const missing = await call(server, 'PATCH', `/integration/${created.id}`, { body: { category: 'c' } });
    assertTrutoError(missing, 400, 'Bad Request');
    assert.match(missing.body.message, /version/);
    const future = await call(server, 'PATCH', `/integration/${created.id}`, { body: { category: 'd', version: 9 } });
    assertTrutoError(future, 400, 'Bad Request');
    const stored = (await call(server, 'GET', `/integration/${created.id}`)).body;
    assert.equal(stored.category, 'a');
    assert.equal(stored.version, 2);
  });

  test('two concurrent PATCHes with the same version: exactly one wins', async () => {
    const created = await create({ name: 'raced', config: SMALL_CONFIG });
    const replies = await Promise.all(
      ['x', 'y', 'z'].map((category) => call(server, 'PATCH', `/integration/${created.id}`, { body: { category, version: 1 } })),
    );
    const winners = replies.filter((r) => r.status === 200);
    assert.equal(winners.length, 1, JSON.stringify(replies.map((r) => r.status)));
    for (const loser of replies.filter((r) => r.status !== 200)) assertTrutoError(loser, 400, 'Bad Request');
    const stored = (await call(server, 'GET', `/integration/${created.id}`)).body;
    assert.equal(stored.version, 2);
    assert.equal(stored.category, winners[0].body.category);
  });

  test('config is deep-merged and a null removes a key', async () => {
    const created = await create({ name: 'merged', config: SEED_CONFIG });
    const reply = await call(server, 'PATCH', `/integration/${created.id}`, {
      body: {
        version: 1,
        config: {
          headers: { 'User-Agent': null, 'X-Extra': '1' },
          resources: { users: { list: { response_path: 'data.items', examples: null } }, orders: null },
          webhook: null,
          label: 'Renamed',
        },
      },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    const config = reply.body.config;
    assert.deepEqual(config.headers, { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Extra': '1' });
    assert.equal(config.label, 'Renamed');
    assert.equal(config.resources.users.list.response_path, 'data.items');
    assert.equal(config.resources.users.list.path, '/users');
    assert.deepEqual(config.resources.users.list.pagination, SEED_CONFIG.resources.users.list.pagination);
    assert.equal('examples' in config.resources.users.list, false);
    assert.equal('orders' in config.resources, false);
    assert.equal('webhook' in config, false);
    // Untouched branches, secrets included, are kept.
    assert.deepEqual(config.credentials, maskSecrets(SEED_CONFIG.credentials));
    assert.deepEqual(config.actions, SEED_CONFIG.actions);
  });

  test('a merge that leaves an invalid config is refused and nothing changes', async () => {
    const created = await create({ name: 'guarded', config: SEED_CONFIG });
    const reply = await call(server, 'PATCH', `/integration/${created.id}`, {
      body: { version: 1, config: { resources: { users: { list: { path: null } } } } },
    });
    assertTrutoError(reply, 400, 'Bad Request');
    assert.deepEqual(reply.body.details.failures, [{ path: 'config.resources.users.list.path', message: 'is required' }]);
    const stored = (await call(server, 'GET', `/integration/${created.id}`)).body;
    assert.equal(stored.version, 1);
    assert.deepEqual(stored.config, maskSecrets(SEED_CONFIG));
  });

  test('every accepted change is in the audit log, secrets redacted', async () => {
    const created = await create({ name: 'audited', config: SEED_CONFIG });
    const secretChange = { credentials: { oauth2: { config: { client: { secret: 'rotated-secret' } } } } };
    await call(server, 'PATCH', `/integration/${created.id}`, { body: { version: 1, category: 'crm', config: secretChange } });
    const events = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId: created.id, limit: 100 });
    const mine = events.filter((e) => e.resourceId === created.id);
    assert.deepEqual(mine.map((e) => e.event).sort(), ['create', 'update']);
    const update = mine.find((e) => e.event === 'update')!;
    assert.equal(update.source, 'truto');
    const paths = update.fieldChanges.map((c) => c.fieldPath);
    assert.ok(paths.includes('category'), paths.join());
    assert.ok(paths.includes('config.credentials.oauth2.config.client.secret'), paths.join());
    assert.ok(!JSON.stringify(mine).includes('rotated-secret'));
  });

  test('unknown and malformed ids are 404', async () => {
    assertTrutoError(await call(server, 'PATCH', `/integration/${MISSING_ID}`, { body: { version: 1 } }), 404, 'Not Found');
    assertTrutoError(await call(server, 'GET', '/integration/not-an-id'), 400, 'Bad Request');
  });
});

describe('DELETE /integration/:id', () => {
  test('answers {id}; the integration is gone', async () => {
    const created = await create({ name: 'doomed', config: SMALL_CONFIG });
    const reply = await call(server, 'DELETE', `/integration/${created.id}`);
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { id: created.id });
    assertTrutoError(await call(server, 'GET', `/integration/${created.id}`), 404, 'Not Found');
    assertTrutoError(await call(server, 'DELETE', `/integration/${created.id}`), 404, 'Not Found');
  });
});

describe('unserved routes under the Truto collections', () => {
  test('answer 404 in the Truto shape where no route has the path, 405 with Allow where other methods serve it', async () => {
    for (const [method, url] of [
      ['GET', `/integration/${MISSING_ID}/capabilities`],
      ['DELETE', `/environment-integration/${MISSING_ID}/x`],
    ] as const) {
      assertTrutoError(await call(server, method, url), 404, 'Not Found');
    }
    for (const [method, url, allow] of [
      ['PUT', '/integration', 'GET, HEAD, POST'],
      ['PUT', `/integrations/${MISSING_ID}`, 'GET, HEAD, PATCH, DELETE'],
      ['POST', '/environment', 'GET, HEAD'],
    ] as const) {
      const reply = await call(server, method, url);
      assertTrutoError(reply, 405, 'Method Not Allowed');
      assert.equal(reply.headers.allow, allow);
    }
  });

  test('a body that is not JSON is a Truto-shaped 400', async () => {
    const reply = await server.app.inject({
      method: 'POST',
      url: '/integration',
      headers: { authorization: `Bearer ${server.tenant.token}`, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    assertTrutoError({ status: reply.statusCode, body: JSON.parse(reply.body) }, 400, 'Bad Request');
  });
});

describe('one integration across surfaces', () => {
  test('a Truto integration is the integrator.io one: a change there bumps the version here', async () => {
    const created = await create({ name: 'shared_model', config: SMALL_CONFIG });
    const celigo = await call(server, 'GET', `/v1/integrations/${created.id}`);
    assert.equal(celigo.status, 200);
    assert.equal(celigo.body._id, created.id);
    assert.equal(celigo.body.name, 'shared_model');
    assert.equal((await call(server, 'PUT', `/v1/integrations/${created.id}`, { body: { name: 'renamed_there' } })).status, 200);
    const seen = (await call(server, 'GET', `/integration/${created.id}`)).body;
    assert.equal(seen.name, 'renamed_there');
    assert.equal(seen.version, 2);
    assert.deepEqual(seen.config, maskSecrets(SMALL_CONFIG));
    assertTrutoError(
      await call(server, 'PATCH', `/integration/${created.id}`, { body: { version: 1, category: 'x' } }),
      400,
      'Bad Request',
    );
  });
});
