import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, type Reply, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, SMALL_CONFIG } from './fixtures.js';

let server: TestServer;
const ids: string[] = [];
const created: { id: string; created_at: string; name: string; category: string; sharing: string }[] = [];

before(async () => {
  server = await startTestServer();
  for (let i = 0; i < 7; i++) {
    const body = { name: `crm_${i}`, category: i % 2 === 0 ? 'crm' : 'helpdesk', sharing: i < 3 ? 'allow' : 'deny', config: SMALL_CONFIG };
    const reply = await call(server, 'POST', '/integration', { body });
    assert.equal(reply.status, 201);
    created.push(reply.body);
  }
  // Creation order: (created_at, id).
  created.sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1));
  ids.push(...created.map((c) => c.id));
});
after(() => server.close());

async function walk(url: string) {
  const seen: string[] = [];
  const cursors: (string | null)[] = [];
  let next: string | null = '';
  do {
    const sep = url.includes('?') ? '&' : '?';
    const reply: Reply = await call(server, 'GET', `${url}${sep}next_cursor=${encodeURIComponent(next ?? '')}`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(Object.keys(reply.body).sort(), ['limit', 'next_cursor', 'result']);
    seen.push(...reply.body.result.map((r: { id: string }) => r.id));
    next = reply.body.next_cursor;
    cursors.push(next);
  } while (next);
  return { seen, cursors };
}

describe('GET /integration paging', () => {
  test('walks more items than limit with next_cursor, each once, in creation order', async () => {
    const { seen, cursors } = await walk('/integration?limit=3');
    assert.deepEqual(seen, ids);
    assert.equal(cursors.length, 3);
    assert.equal(cursors.at(-1), null);
    const first = await call(server, 'GET', '/integration?limit=3');
    assert.equal(first.body.limit, 3);
    assert.equal(first.body.result.length, 3);
  });

  test('a page that ends exactly at the last item says there is no next one', async () => {
    const reply = await call(server, 'GET', '/integration?limit=7');
    assert.equal(reply.body.result.length, 7);
    assert.equal(reply.body.next_cursor, null);
    assert.equal((await call(server, 'GET', '/integration')).body.limit, 100);
  });

  test('filters by name, category and sharing, and pages within the filter', async () => {
    const idsOf = (keep: (c: (typeof created)[number]) => boolean) => created.filter(keep).map((c) => c.id);
    const named = await call(server, 'GET', '/integration?name=crm_4');
    assert.deepEqual(
      named.body.result.map((r: { id: string }) => r.id),
      idsOf((c) => c.name === 'crm_4'),
    );
    const crm = await walk('/integration?category=crm&limit=2');
    assert.deepEqual(
      crm.seen,
      idsOf((c) => c.category === 'crm'),
    );
    assert.equal(crm.seen.length, 4);
    const shared = await walk('/integration?sharing=allow&category=crm');
    assert.deepEqual(
      shared.seen,
      idsOf((c) => c.category === 'crm' && c.sharing === 'allow'),
    );
    assert.equal(shared.seen.length, 2);
    const some = await call(server, 'GET', `/integration?id[in]=${ids[1]},${ids[5].toUpperCase()},nonsense`);
    assert.deepEqual(
      some.body.result.map((r: { id: string }) => r.id),
      [ids[1], ids[5]],
    );
  });

  const bad: [string, string][] = [
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=abc', 'limit'],
    ['next_cursor=garbage', 'next_cursor'],
    [`next_cursor=${Buffer.from('{"id":"x"}').toString('base64url')}`, 'next_cursor'],
    ['sharing=public', 'sharing'],
    ['colour=red', 'colour'],
  ];
  for (const [query, what] of bad) {
    test(`refuses ${query} with 400 naming ${what}`, async () => {
      const reply = await call(server, 'GET', `/integration?${query}`);
      assertTrutoError(reply, 400, 'Bad Request');
      assert.match(JSON.stringify(reply.body), new RegExp(what));
    });
  }
});

describe('GET /environment', () => {
  test('lists the organization’s environments with paging; an application token sees its own', async () => {
    const created = [];
    for (const name of ['staging', 'production']) {
      created.push(await server.core.applications.create({ principal: null, source: 'system' }, server.tenant.organizationId, { name }));
    }
    const { seen } = await walk('/environment?limit=2');
    assert.deepEqual(seen, [server.tenant.applicationId, ...created.map((a) => a.id)]);
    const one = await call(server, 'GET', `/environment/${created[1].id}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, {
      id: created[1].id,
      name: 'production',
      description: null,
      team_id: server.tenant.organizationId,
      created_at: created[1].createdAt,
      updated_at: created[1].updatedAt,
    });
    const appToken = await server.token(['all.Application'], created[0].id);
    const own = await call(server, 'GET', '/environment', { token: appToken });
    assert.deepEqual(
      own.body.result.map((e: { id: string }) => e.id),
      [created[0].id],
    );
    assertTrutoError(await call(server, 'GET', `/environment/${created[1].id}`, { token: appToken }), 404, 'Not Found');
  });
});
