import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, type Reply, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createIntegration, MISSING_ID, parseLink } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('POST /v1/integrations and GET /v1/integrations/{_id}', () => {
  test('creates with 201 and the integrator.io fields; GET answers the same object', async () => {
    const body = {
      name: 'Shopify - NetSuite',
      description: 'orders and invoices',
      readme: 'mission critical',
      sandbox: false,
      settings: { sections: [{ title: 'General' }] },
      version: '1.0.1',
      tag: 'prod',
      flowGroupings: [{ name: 'Orders' }],
      aliases: [],
    };
    const item = await createIntegration(server, body);
    assert.match(item._id, /^[a-f\d]{24}$/);
    assert.equal(item.name, body.name);
    assert.equal(item.description, body.description);
    assert.equal(item.readme, 'mission critical');
    assert.deepEqual(item.settings, body.settings);
    assert.equal(item.version, '1.0.1');
    assert.equal(item.tag, 'prod');
    assert.match(item.flowGroupings[0]._id, /^[a-f\d]{24}$/);
    assert.equal(item.flowGroupings[0].name, 'Orders');
    assert.deepEqual(item.install, []);
    assert.deepEqual(item.installSteps, []);
    assert.deepEqual(item._registeredConnectionIds, []);
    assert.match(item.createdAt, ISO);
    assert.equal(item.lastModified, item.createdAt);
    const fetched = await call(server, 'GET', `/v1/integrations/${item._id.toUpperCase()}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(fetched.body, item);
  });

  test('a missing name, a wrong type or an unknown field is a 400 naming the field', async () => {
    assertCeligoError(await call(server, 'POST', '/v1/integrations', { body: {} }), 400, 'missing_required_field', 'name');
    assertCeligoError(
      await call(server, 'POST', '/v1/integrations', { body: { name: 'x', sandbox: 'yes' } }),
      400,
      'invalid_field',
      'sandbox',
    );
    assertCeligoError(
      await call(server, 'POST', '/v1/integrations', { body: { name: 'x', colour: 'red' } }),
      400,
      'invalid_field',
      'colour',
    );
    assertCeligoError(await call(server, 'POST', '/v1/integrations', { body: '{"name":' }), 400);
    const text = await server.app.inject({
      method: 'POST',
      url: '/v1/integrations',
      headers: { authorization: `Bearer ${server.tenant.token}`, 'content-type': 'text/plain' },
      payload: 'x',
    });
    assert.equal(text.statusCode, 415);
    assert.equal(JSON.parse(text.body).errors[0].code, 'unsupported_media_type');
  });

  test('a malformed id is 400 invalid_ref; a missing one 404 invalid_ref; an unknown route 404 in the same shape', async () => {
    const bad = await call(server, 'GET', '/v1/integrations/123abc');
    assertCeligoError(bad, 400, 'invalid_ref');
    assert.equal(bad.body.errors[0].message, 'Please provide a valid _id.');
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${MISSING_ID}`), 404, 'invalid_ref');
    assertCeligoError(await call(server, 'GET', '/v1/nothing-here'), 404);
  });
});

describe('PUT /v1/integrations/{_id}', () => {
  test('replaces the integrator.io fields whole and answers 200 with the integration', async () => {
    const item = await createIntegration(server, { description: 'old', tag: 'a', settings: { a: 1 } });
    const { _id, createdAt, lastModified, ...rest } = item;
    const reply = await call(server, 'PUT', `/v1/integrations/${_id}`, {
      body: { ...rest, _id, createdAt, lastModified, name: 'Renamed', description: undefined, tag: undefined, settings: { b: 2 } },
    });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.equal(reply.body.name, 'Renamed');
    assert.equal(reply.body.description, undefined);
    assert.equal(reply.body.tag, undefined);
    assert.deepEqual(reply.body.settings, { b: 2 });
    assert.equal(reply.body.createdAt, createdAt);
    assert.ok(reply.body.lastModified >= lastModified);
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${_id}`)).body, reply.body);
  });

  test('needs a name and refuses an unknown field; nothing changes', async () => {
    const item = await createIntegration(server);
    assertCeligoError(
      await call(server, 'PUT', `/v1/integrations/${item._id}`, { body: { tag: 'x' } }),
      400,
      'missing_required_field',
      'name',
    );
    assertCeligoError(await call(server, 'PUT', `/v1/integrations/${MISSING_ID}`, { body: { name: 'x' } }), 404, 'invalid_ref');
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${item._id}`)).body, item);
  });
});

describe('PATCH /v1/integrations/{_id} (JSON Patch)', () => {
  test('changes the listed fields and answers 204 with no body', async () => {
    const item = await createIntegration(server, { flowGroupings: [{ name: 'Orders' }], settings: { a: 1 } });
    const reply = await call(server, 'PATCH', `/v1/integrations/${item._id}`, {
      body: [
        { op: 'replace', path: '/settings/a', value: 2 },
        { op: 'add', path: '/version', value: '2.0.0' },
        { op: 'add', path: '/tag', value: 'blue' },
        { op: 'add', path: '/updateInProgress', value: true },
        { op: 'add', path: '/flowGroupings/0/settings', value: { mode: 'fast' } },
        { op: 'add', path: '/aliases', value: [{ alias: 'main', _flowId: MISSING_ID }] },
      ],
    });
    assert.equal(reply.status, 204);
    assert.equal(reply.body, undefined);
    const after = (await call(server, 'GET', `/v1/integrations/${item._id}`)).body;
    assert.deepEqual(after.settings, { a: 2 });
    assert.equal(after.version, '2.0.0');
    assert.equal(after.tag, 'blue');
    assert.equal(after.updateInProgress, true);
    assert.deepEqual(after.flowGroupings[0].settings, { mode: 'fast' });
    assert.equal(after.flowGroupings[0].name, 'Orders');
    assert.equal(after.aliases[0].alias, 'main');
    assert.equal(after.name, item.name);
  });

  test('a path outside the list is refused naming it, and nothing of the patch is applied', async () => {
    const item = await createIntegration(server, { settings: { a: 1 }, flowGroupings: [{ name: 'Orders' }] });
    for (const [op, field] of [
      [{ op: 'replace', path: '/name', value: 'Hacked' }, '1.path'],
      [{ op: 'replace', path: '/flowGroupings/0/name', value: 'x' }, '1.path'],
      [{ op: 'move', from: '/name', path: '/tag' }, '1.from'],
    ] as const) {
      const reply = await call(server, 'PATCH', `/v1/integrations/${item._id}`, {
        body: [{ op: 'replace', path: '/settings/a', value: 9 }, op],
      });
      assertCeligoError(reply, 422, 'invalid_patch', field);
      assert.match(reply.body.errors[0].message, /cannot be changed with PATCH/);
    }
    const wrongType = await call(server, 'PATCH', `/v1/integrations/${item._id}`, {
      body: [{ op: 'add', path: '/updateInProgress', value: 'yes' }],
    });
    assertCeligoError(wrongType, 422, 'invalid_patch', 'updateInProgress');
    const failing = await call(server, 'PATCH', `/v1/integrations/${item._id}`, {
      body: [
        { op: 'replace', path: '/settings/a', value: 9 },
        { op: 'test', path: '/settings/a', value: 1 },
      ],
    });
    assertCeligoError(failing, 422, 'invalid_patch');
    assertCeligoError(await call(server, 'PATCH', `/v1/integrations/${item._id}`, { body: { settings: {} } }), 400, 'invalid_field');
    assertCeligoError(
      await call(server, 'PATCH', `/v1/integrations/${item._id}`, { body: [{ op: 'jump', path: '/tag' }] }),
      400,
      'invalid_field',
    );
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${item._id}`)).body, item);
  });
});

describe('DELETE /v1/integrations/{_id}', () => {
  test('answers 204, then the integration is gone', async () => {
    const item = await createIntegration(server);
    const reply = await call(server, 'DELETE', `/v1/integrations/${item._id}`);
    assert.equal(reply.status, 204);
    assert.equal(reply.body, undefined);
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${item._id}`), 404, 'invalid_ref');
    assertCeligoError(await call(server, 'DELETE', `/v1/integrations/${item._id}`), 404, 'invalid_ref');
  });
});

describe('GET /v1/integrations', () => {
  test('pages with skip/limit through the Link header, as a bare array', async () => {
    const fresh = await startTestServer();
    try {
      const names = ['a', 'b', 'c', 'd', 'e'];
      for (const name of names) await createIntegration(fresh, { name });
      const seen: string[] = [];
      let url: string | undefined = '/v1/integrations?limit=2';
      let pages = 0;
      while (url) {
        const reply: Reply = await call(fresh, 'GET', url.replace(/^https?:\/\/[^/]+/, ''));
        assert.equal(reply.status, 200);
        assert.ok(Array.isArray(reply.body));
        seen.push(...reply.body.map((i: { name: string }) => i.name));
        const links = parseLink(reply.headers.link);
        if (pages > 0) assert.ok(links.prev, 'a later page links back');
        url = links.next;
        pages++;
      }
      assert.equal(pages, 3);
      assert.deepEqual(seen, names);
      const last = await call(fresh, 'GET', '/v1/integrations?skip=4&limit=2');
      assert.equal(parseLink(last.headers.link).next, undefined);
      assert.match(parseLink(last.headers.link).prev, /^http:\/\/localhost(:\d+)?\/v1\/integrations\?skip=2&limit=2$/);
      assertCeligoError(await call(fresh, 'GET', '/v1/integrations?limit=0'), 400, 'invalid_query_params', 'limit');
      assertCeligoError(await call(fresh, 'GET', '/v1/integrations?limit=1001'), 400, 'invalid_query_params');
      assertCeligoError(await call(fresh, 'GET', '/v1/integrations?skip=-1'), 400, 'invalid_query_params', 'skip');
    } finally {
      await fresh.close();
    }
  });

  test('lists in creation order, also for integrations made in the same millisecond', async () => {
    const fresh = await startTestServer();
    try {
      const names = Array.from({ length: 30 }, (_, i) => `same-ms-${String(i).padStart(2, '0')}`);
      for (const name of names) await createIntegration(fresh, { name });
      const list = await call(fresh, 'GET', '/v1/integrations?limit=100');
      assert.deepEqual(
        list.body.map((i: { name: string }) => i.name),
        names,
      );
    } finally {
      await fresh.close();
    }
  });

  test('include and exclude project the fields; both at once is invalid_query_params', async () => {
    await createIntegration(server, { name: 'projected', readme: 'r' });
    const included = await call(server, 'GET', '/v1/integrations?include=readme');
    assert.equal(included.status, 200);
    for (const item of included.body)
      assert.deepEqual(
        Object.keys(item)
          .sort()
          .filter((k) => !['readme'].includes(k)),
        ['_id', 'name'],
      );
    const excluded = await call(server, 'GET', '/v1/integrations?exclude=settings,readme');
    for (const item of excluded.body) {
      assert.equal(item.settings, undefined);
      assert.ok(item.createdAt);
    }
    assertCeligoError(await call(server, 'GET', '/v1/integrations?include=a&exclude=b'), 400, 'invalid_query_params');
    assertCeligoError(await call(server, 'GET', '/v1/integrations?include=a;b'), 400, 'invalid_query_params');
  });

  test('lists an integration made through the Losant surface, with the same id', async () => {
    const losant = await call(server, 'POST', `/applications/${server.tenant.applicationId}/integrations`, {
      body: {
        name: 'From Losant',
        integrationType: 'mqtt',
        mqttConfig: { host: 'localhost', port: 8883, protocol: 'mqtts', password: 'pw' },
      },
    });
    assert.equal(losant.status, 201);
    const list = await call(server, 'GET', '/v1/integrations?limit=1000');
    const found = list.body.find((i: { _id: string }) => i._id === losant.body.id);
    assert.ok(found, 'listed under /v1');
    assert.equal(found.name, 'From Losant');
    assert.equal(found.mqttConfig, undefined, "another surface's fields stay out");
    assert.doesNotMatch(JSON.stringify(list.body), /"pw"/);
    const one = await call(server, 'GET', `/v1/integrations/${losant.body.id}`);
    assert.equal(one.status, 200);
  });
});
