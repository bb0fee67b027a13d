import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { integrationsPath } from './fixtures.js';

let server: TestServer;
let path: string;
const NAMES = ['alpha sensor', 'Bravo gateway', 'charlie sensor', 'delta', 'my big integration', 'my_integration', 'my%odd'];

before(async () => {
  server = await startTestServer();
  path = integrationsPath(server.tenant.applicationId);
  for (const [i, name] of NAMES.entries()) {
    const integrationType = i % 2 === 0 ? 'mqtt' : 'particle';
    const body =
      integrationType === 'mqtt'
        ? { name, integrationType, mqttConfig: { host: 'h', port: 1883, protocol: 'mqtt' } }
        : { name, integrationType, particleConfig: { accessToken: 'tok' } };
    assert.equal((await call(server, 'POST', path, { body })).status, 201);
    await new Promise((r) => setTimeout(r, 3));
  }
});
after(() => server.close());

const names = (reply: { body: { items: { name: string }[] } }) => reply.body.items.map((i) => i.name);

test('defaults: name ascending, page 0, perPage 100, with the wrapper fields', async () => {
  const reply = await call(server, 'GET', `${path}?_actions=false&_links=true&_embedded=true`);
  assert.equal(reply.status, 200);
  const { items, ...wrapper } = reply.body;
  assert.equal(items.length, NAMES.length);
  assert.deepEqual(wrapper, {
    count: NAMES.length,
    totalCount: NAMES.length,
    perPage: 100,
    page: 0,
    sortField: 'name',
    sortDirection: 'asc',
    applicationId: server.tenant.applicationId,
    _type: 'integrations',
    _links: { self: { href: path }, application: { href: `/applications/${server.tenant.applicationId}` } },
  });
  assert.deepEqual(names(reply), [...NAMES].sort());
});

test('pages are zero-based; the last page is partial and past it is empty', async () => {
  const pages = [];
  for (let page = 0; page < 4; page++) pages.push(await call(server, 'GET', `${path}?perPage=3&page=${page}&sortField=creationDate`));
  assert.deepEqual(
    pages.map((p) => p.body.count),
    [3, 3, 1, 0],
  );
  for (const p of pages) {
    assert.equal(p.body.totalCount, NAMES.length);
    assert.equal(p.body.perPage, 3);
  }
  assert.deepEqual(pages.flatMap(names), NAMES);
  assert.equal(pages[3].body.page, 3);
  assert.deepEqual(pages[3].body.items, []);
});

test('sorts by every documented field in both directions', async () => {
  const desc = await call(server, 'GET', `${path}?sortField=name&sortDirection=desc`);
  assert.deepEqual(names(desc), [...NAMES].sort().reverse());
  const created = await call(server, 'GET', `${path}?sortField=creationDate&sortDirection=DESC`);
  assert.deepEqual(names(created), [...NAMES].reverse());
  assert.equal(created.body.sortDirection, 'desc');
  const byType = await call(server, 'GET', `${path}?sortField=integrationType`);
  const types = byType.body.items.map((i: { integrationType: string }) => i.integrationType);
  assert.deepEqual(types, [...types].sort());
  const byId = await call(server, 'GET', `${path}?sortField=id`);
  const ids = byId.body.items.map((i: { id: string }) => i.id);
  assert.deepEqual(ids, [...ids].sort());
  const byUpdate = await call(server, 'GET', `${path}?sortField=lastUpdated&sortDirection=asc`);
  assert.deepEqual(names(byUpdate), NAMES);
});

test('filters by name with * globbing, case-insensitively, and echoes the filter', async () => {
  const sensors = await call(server, 'GET', `${path}?filterField=name&filter=*sensor`);
  assert.deepEqual(names(sensors), ['alpha sensor', 'charlie sensor']);
  assert.equal(sensors.body.filter, '*sensor');
  assert.equal(sensors.body.filterField, 'name');
  assert.equal(sensors.body.totalCount, 2);
  assert.deepEqual(names(await call(server, 'GET', `${path}?filterField=name&filter=my*integration`)), [
    'my big integration',
    'my_integration',
  ]);
  assert.deepEqual(names(await call(server, 'GET', `${path}?filterField=name&filter=BRAVO*`)), ['Bravo gateway']);
  assert.deepEqual(names(await call(server, 'GET', `${path}?filterField=name&filter=delta`)), ['delta']);
  assert.deepEqual(names(await call(server, 'GET', `${path}?filterField=name&filter=${encodeURIComponent('my%odd')}`)), ['my%odd']);
  assert.deepEqual(names(await call(server, 'GET', `${path}?filterField=name&filter=my_*`)), ['my_integration'], '_ is literal');
  const none = await call(server, 'GET', `${path}?filterField=name&filter=zzz*`);
  assert.equal(none.status, 200);
  assert.deepEqual(none.body.items, []);
  assert.equal(none.body.totalCount, 0);
});

test('filters by integrationType; a blank filter or filterField means no filtering', async () => {
  const particles = await call(server, 'GET', `${path}?filterField=integrationType&filter=part*`);
  assert.equal(particles.body.totalCount, 3);
  assert.ok(particles.body.items.every((i: { integrationType: string }) => i.integrationType === 'particle'));
  assert.equal((await call(server, 'GET', `${path}?filterField=name&filter=`)).body.totalCount, NAMES.length);
  assert.equal((await call(server, 'GET', `${path}?filter=delta`)).body.totalCount, NAMES.length);
});

test('a long run of * stays fast and matches', async () => {
  const reply = await call(server, 'GET', `${path}?filterField=name&filter=${'*'.repeat(200)}a`);
  assert.equal(reply.status, 200);
  assert.ok(reply.body.totalCount > 0);
});

test('bad list parameters answer 400 in the Losant shape', async () => {
  for (const query of [
    'sortField=color',
    'sortDirection=up',
    'page=-1',
    'page=x',
    'perPage=0',
    'perPage=100000',
    'filterField=topics&filter=a',
  ]) {
    const reply = await call(server, 'GET', `${path}?${query}`);
    assert.equal(reply.status, 400, query);
    assert.equal(reply.body.type, 'Validation', query);
    assert.equal(typeof reply.body.message, 'string');
  }
});

test('an application with no integrations lists none', async () => {
  const created = await call(server, 'POST', '/applications', { body: { name: 'empty app' } });
  const reply = await call(server, 'GET', integrationsPath(created.body.id));
  assert.equal(reply.status, 200);
  assert.deepEqual(reply.body.items, []);
  assert.equal(reply.body.totalCount, 0);
});
