/* biome-ignore-all lint/suspicious/noExplicitAny: upstream bodies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CallRecord, execute } from '../../src/runtime/engine/execute.js';
import type { HttpOptions } from '../../src/runtime/engine/http-client.js';
import { egressAllowing } from '../helpers/egress.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

const FAST: HttpOptions = { timeoutMs: 1_000, maxRetries: 2, backoffMs: 5, maxRateLimitWaitMs: 1_500, egress: egressAllowing() };
let upstream: Upstream;

before(async () => {
  upstream = await startUpstream();
});
after(() => upstream.close());

const ITEMS = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));

/** Lists every page through the engine, as a proxy caller passing next_cursor back would. */
async function listAll(config: Record<string, unknown>, context: Record<string, unknown> = {}, limit?: number) {
  const out: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await execute({ config, resource: 'items', method: 'list', context, cursor, ...(limit ? { limit } : {}) }, FAST);
    out.push(...(page.body as unknown[]));
    cursor = page.nextCursor ?? null;
    pages++;
    assert.ok(pages < 20, 'pagination did not stop');
  } while (cursor);
  return { out, pages };
}

const listConfig = (pagination: unknown, extra: Record<string, unknown> = {}) => ({
  base_url: upstream.url,
  pagination,
  resources: { items: { list: { path: '/items', response_path: 'data', ...extra } } },
});

test('page pagination over several pages', async () => {
  upstream.handle((q, r) => {
    const page = Number(q.url.searchParams.get('p'));
    const size = Number(q.url.searchParams.get('size'));
    json(r, 200, { data: ITEMS.slice((page - 1) * size, page * size) });
  });
  const { out, pages } = await listAll(listConfig({ format: 'page', config: { page_key: 'p', limit_key: 'size' } }), {}, 3);
  assert.deepEqual(out, ITEMS);
  assert.equal(pages, 3);
});

test('offset pagination over several pages', async () => {
  upstream.handle((q, r) => {
    const offset = Number(q.url.searchParams.get('skip'));
    json(r, 200, { data: ITEMS.slice(offset, offset + Number(q.url.searchParams.get('take'))) });
  });
  const { out, pages } = await listAll(listConfig({ format: 'offset', config: { offset_key: 'skip', limit_key: 'take' } }), {}, 3);
  assert.deepEqual(out, ITEMS);
  assert.equal(pages, 3);
});

test('cursor pagination (cursor in the body, and a full next URL with is_link)', async () => {
  upstream.handle((q, r) => {
    const at = Number(q.url.searchParams.get('after') ?? 0);
    const next = at + 3 < ITEMS.length ? String(at + 3) : null;
    json(r, 200, { data: ITEMS.slice(at, at + 3), meta: { next, next_url: next ? `${upstream.url}/items?after=${next}` : null } });
  });
  const plain = await listAll(listConfig({ format: 'cursor', config: { cursor_path: 'meta.next', cursor_key: 'after' } }));
  assert.deepEqual(plain.out, ITEMS);
  assert.equal(plain.pages, 3);
  const linked = await listAll(listConfig({ format: 'cursor', config: { cursor_path: 'meta.next_url', is_link: true } }));
  assert.deepEqual(linked.out, ITEMS);
});

test('link_header pagination follows rel="next"', async () => {
  upstream.handle((q, r) => {
    const page = Number(q.url.searchParams.get('page') ?? 1);
    const link = page < 3 ? `<${upstream.url}/items?page=${page + 1}>; rel="next", <${upstream.url}/items?page=1>; rel="first"` : '';
    json(r, 200, { data: ITEMS.slice((page - 1) * 3, page * 3) }, link ? { link } : {});
  });
  const { out, pages } = await listAll(listConfig({ format: 'link_header' }));
  assert.deepEqual(out, ITEMS);
  assert.equal(pages, 3);
});

test('range pagination sends Range and reads Content-Range', async () => {
  upstream.handle((q, r) => {
    const [start, end] = String(q.headers.range).replace('items=', '').split('-').map(Number);
    const slice = ITEMS.slice(start, end + 1);
    json(r, 206, { data: slice }, { 'content-range': `items ${start}-${start + slice.length - 1}/${ITEMS.length}` });
  });
  const { out, pages } = await listAll(listConfig({ format: 'range', config: { range_unit: 'items' } }), {}, 3);
  assert.deepEqual(out, ITEMS);
  assert.equal(pages, 3);
});

test('dynamic pagination runs its JSONata expressions', async () => {
  upstream.handle((q, r) => {
    const from = Number(q.url.searchParams.get('from'));
    json(r, 200, { data: ITEMS.slice(from, from + 3), more: from + 3 < ITEMS.length });
  });
  const pagination = {
    format: 'dynamic',
    config: {
      get_initial_pagination_values_expression: '{"from": 0}',
      get_pagination_values_expression: 'body.more ? {"from": paginationValues.from + 3} : null',
    },
  };
  const { out, pages } = await listAll(listConfig(pagination, { query: { from: '{{pagination.from}}' } }));
  assert.deepEqual(out, ITEMS);
  assert.equal(pages, 3);
});

test('a 429 with Retry-After is waited for, then retried', async () => {
  let hits = 0;
  upstream.handle((_q, r) => {
    hits++;
    if (hits === 1) return json(r, 429, { error: 'slow down' }, { 'retry-after': '1' });
    json(r, 200, { data: [1] });
  });
  const started = Date.now();
  const records: CallRecord[] = [];
  const page = await execute({ config: listConfig(null), resource: 'items', method: 'list', context: {} }, FAST, (c) => records.push(c));
  assert.deepEqual(page.body, [1]);
  assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
  assert.equal(records[0].attempts, 2);
});

test('rate_limit expressions: the longer of retry-after and the reset time, bounded by the maximum', async () => {
  let hits = 0;
  upstream.handle((_q, r) => {
    hits++;
    if (hits === 1) return json(r, 400, { error: 'limited' }, { 'x-wait': '0', 'x-reset': String(Math.ceil(Date.now() / 1000) + 3600) });
    json(r, 200, { data: [2] });
  });
  const config = {
    ...listConfig(null),
    rate_limit: {
      is_rate_limited: 'status = 400 and body.error = "limited" or $exists(headers.`x-reset`) and status = 400',
      retry_after_header_expression: '$number(headers.`x-wait`)',
      rate_limit_header_expression: '$number(headers.`x-reset`)',
    },
  };
  const started = Date.now();
  const page = await execute({ config, resource: 'items', method: 'list', context: {} }, { ...FAST, maxRateLimitWaitMs: 200 });
  assert.deepEqual(page.body, [2]);
  const waited = Date.now() - started;
  assert.ok(waited >= 190 && waited < 1_000, `waited ${waited} ms (bounded by 200)`);
});

test('a 503 then success is retried with backoff', async () => {
  let hits = 0;
  upstream.handle((_q, r) => {
    hits++;
    if (hits < 3) return json(r, 503, { error: 'busy' });
    json(r, 200, { id: 'x' });
  });
  const records: CallRecord[] = [];
  const result = await execute(
    {
      config: { base_url: upstream.url, resources: { items: { get: { path: '/items/{{id}}' } } } },
      resource: 'items',
      method: 'get',
      id: 'x',
      context: {},
    },
    FAST,
    (c) => records.push(c),
  );
  assert.deepEqual(result.body, { id: 'x' });
  assert.equal(records[0].attempts, 3);
  assert.equal(records[0].status, 200);
});

test('retries are bounded: a 500 that never ends is a 502 after maxRetries + 1 attempts', async () => {
  let hits = 0;
  upstream.handle((_q, r) => {
    hits++;
    json(r, 500, { error: 'down' });
  });
  await assert.rejects(
    execute({ config: listConfig(null), resource: 'items', method: 'list', context: {} }, FAST),
    (e: any) => e.code === 'upstream_error' && e.status === 502,
  );
  assert.equal(hits, 3);
});

test('a timeout is a 504, never a hang', async () => {
  upstream.handle(() => {
    // never answers
  });
  const started = Date.now();
  await assert.rejects(
    execute({ config: listConfig(null), resource: 'items', method: 'list', context: {} }, FAST),
    (e: any) => e.code === 'upstream_timeout' && e.status === 504,
  );
  assert.ok(Date.now() - started < 3_000);
});

test('an error_expression hit on a 200 answer is a 502 with its message', async () => {
  upstream.handle((_q, r) => json(r, 200, { ok: false, error: { message: 'invalid_auth' } }));
  const config = { ...listConfig(null), error_expression: 'body.ok = false ? {"message": body.error.message}' };
  await assert.rejects(
    execute({ config, resource: 'items', method: 'list', context: {} }, FAST),
    (e: any) => e.code === 'upstream_error' && e.message === 'invalid_auth',
  );
});

test('authorization formats: bearer, header (values and expression), basic; api_key default', async () => {
  upstream.handle((q, r) => json(r, 200, { data: [q.headers.authorization ?? q.headers['x-api-key'] ?? null] }));
  const run = async (authorization: unknown, context: Record<string, unknown>, defaultAuthorization: string | null = null) =>
    (
      await execute(
        { config: { ...listConfig(null), authorization }, resource: 'items', method: 'list', context, defaultAuthorization },
        FAST,
      )
    ).body as unknown[];
  assert.deepEqual(await run({ format: 'bearer' }, { oauth: { token: { access_token: 'at-1' } } }), ['Bearer at-1']);
  assert.deepEqual(
    await run({ format: 'header', config: { header_name: 'X-Api-Key', header_value: '{{credentials.api_key}}' } }, { api_key: 'k' }),
    ['k'],
  );
  assert.deepEqual(await run({ format: 'header', config: { expression: '{"X-Api-Key": "e-" & context.api_key}' } }, { api_key: 'k2' }), [
    'e-k2',
  ]);
  assert.deepEqual(
    await run(
      { format: 'basic', config: { username: '{{context.username}}', password: '{{context.password}}' } },
      { username: 'u', password: 'p' },
    ),
    [`Basic ${Buffer.from('u:p').toString('base64')}`],
  );
  assert.deepEqual(await run(undefined, { api_key: 'k3' }, 'header'), ['Bearer k3']);
});

test('request building: override over config, per-method query and headers, array formats, form bodies', async () => {
  upstream.handle((q, r) =>
    json(r, 200, { method: q.method, search: q.url.search, type: q.headers['content-type'], agent: q.headers['x-agent'], body: q.body }),
  );
  const config = {
    base_url: 'http://127.0.0.1:1/wrong',
    headers: { 'X-Agent': 'config' },
    query: { fixed: '1' },
    query_array_format: 'brackets',
    resources: {
      items: {
        create: {
          path: '/items',
          method: 'put',
          body_format: 'form',
          body: { name: '{{body.name}}', tags: '{{body.tags}}' },
          query: { ids: '{{query.ids}}' },
        },
      },
    },
  };
  const override = { base_url: upstream.url, headers: { 'X-Agent': 'override' } };
  const result: any = (
    await execute(
      {
        config,
        override,
        resource: 'items',
        method: 'create',
        query: { ids: ['a', 'b'], extra: 'x' },
        body: { name: 'n', tags: ['t1'] },
        context: {},
      },
      FAST,
    )
  ).body;
  assert.equal(result.method, 'PUT');
  assert.equal(result.agent, 'override');
  assert.equal(decodeURIComponent(result.search), '?ids[]=a&ids[]=b&extra=x&fixed=1');
  assert.equal(result.type, 'application/x-www-form-urlencoded');
  assert.equal(decodeURIComponent(result.body), 'name=n&tags[]=t1');
});
