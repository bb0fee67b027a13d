/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { assertBothFieldsLand } from './contention.js';

// Issue 11 item 6: ten writes of one field and ten of another sent at once, in rounds; both must land.
let server: TestServer;
let app: string;
before(async () => {
  server = await startTestServer();
  app = `/applications/${server.tenant.applicationId}`;
});
after(() => server.close());

async function created(url: string, body: unknown, token?: string) {
  const reply = await call(server, 'POST', url, { body, token });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

/** A resource whose PATCH takes `{name}` and `{description}` separately. */
function nameAndDescription(url: string, method: 'PATCH' | 'PUT' = 'PATCH') {
  return {
    url,
    ok: 200,
    writeA: (name: string) => call(server, method, url, { body: { name } }),
    writeB: (description: string) => call(server, method, url, { body: { description } }),
    read: (body: any): [unknown, unknown] => [body.name, body.description],
  };
}

test('Losant: concurrent PATCHes of name and description of an application both land', async (t) => {
  const { id } = await created('/applications', { name: 'contended app' });
  await assertBothFieldsLand(server, t, nameAndDescription(`/applications/${id}`));
});

test('Losant: concurrent PATCHes of name and description of an API token both land', async (t) => {
  const { id } = await created(`${app}/tokens`, { name: 'contended token', scope: ['all.Application'] });
  await assertBothFieldsLand(server, t, nameAndDescription(`${app}/tokens/${id}`));
});

test('Losant: concurrent PATCHes of name and description of a workflow both land', async (t) => {
  const { id } = await created(`${app}/flows`, { name: 'contended flow' });
  await assertBothFieldsLand(server, t, nameAndDescription(`${app}/flows/${id}`));
});

test('Losant: concurrent PATCHes of name and topics of an integration both land', async (t) => {
  const { id } = await created(`${app}/integrations`, { name: 'contended', integrationType: 'mqtt', topics: ['start'] });
  const url = `${app}/integrations/${id}`;
  await assertBothFieldsLand(server, t, {
    url,
    ok: 200,
    writeA: (name) => call(server, 'PATCH', url, { body: { name } }),
    writeB: (topic) => call(server, 'PATCH', url, { body: { topics: [topic] } }),
    read: (body) => [body.name, body.topics[0]],
  });
});

test('integrator.io: concurrent JSON Patches of tag and settings of an integration both land', async (t) => {
  const { _id: id } = await created('/v1/integrations', { name: 'contended v1' });
  const url = `/v1/integrations/${id}`;
  const patch = (path: string, value: string) => call(server, 'PATCH', url, { body: [{ op: 'add', path, value }] });
  await assertBothFieldsLand(server, t, {
    url,
    ok: 204,
    writeA: (tag) => patch('/tag', tag),
    writeB: (note) => patch('/settings/note', note),
    read: (body) => [body.tag, body.settings?.note],
  });
});

test('integrator.io: concurrent PUTs of accessLevel and disabled of a share both land', async (t) => {
  const integration = await created('/v1/integrations', { name: 'shared' });
  const { _id: id } = await created(`/v1/integrations/${integration._id}/ashares`, { email: 'contended@junction.test' });
  const url = `/v1/ashares/${id}`;
  // Each round flips both fields, so a write that undoes the other one shows.
  await assertBothFieldsLand(server, t, {
    url,
    ok: 200,
    valueA: (round) => (round % 2 === 0 ? 'monitor' : 'manage'),
    valueB: (round) => round % 2 === 0,
    writeA: (accessLevel) => call(server, 'PUT', url, { body: { accessLevel } }),
    writeB: (disabled) => call(server, 'PUT', url, { body: { disabled } }),
    read: (body) => [body.accessLevel, body.disabled],
  });
});

test('Truto: concurrent PATCHes of override and is_enabled of an install both land', async (t) => {
  const config = { base_url: 'http://127.0.0.1:9', resources: { users: { list: { method: 'get', path: '/users' } } } };
  const integration = await created('/integration', { name: 'installed-contended', config });
  const token = await server.token(['all.Application']);
  const { id } = await created('/environment-integration', { integration_id: integration.id }, token);
  const url = `/environment-integration/${id}`;
  await assertBothFieldsLand(server, t, {
    url,
    token,
    ok: 200,
    valueA: (round, n) => ({ base_url: `http://127.0.0.1:9/r${round}-${n}` }),
    valueB: (round) => round % 2 !== 0,
    writeA: (override) => call(server, 'PATCH', url, { body: { override }, token }),
    writeB: (enabled) => call(server, 'PATCH', url, { body: { is_enabled: enabled }, token }),
    read: (body) => [body.override, body.is_enabled],
  });
});

test('Truto: concurrent PATCHes of two context keys of a connected account both land', async (t) => {
  const config = { base_url: 'http://127.0.0.1:9', resources: { users: { list: { method: 'get', path: '/users' } } } };
  const integration = await created('/integration', { name: 'account-contended', config });
  const { id } = await created('/integrated-account', { integration_id: integration.id, context: { a: 'start', b: 'start' } });
  const url = `/integrated-account/${id}`;
  await assertBothFieldsLand(server, t, {
    url,
    ok: 200,
    writeA: (a) => call(server, 'PATCH', url, { body: { context: { a } } }),
    writeB: (b) => call(server, 'PATCH', url, { body: { context: { b } } }),
    read: (body) => [body.context.a, body.context.b],
  });
});
