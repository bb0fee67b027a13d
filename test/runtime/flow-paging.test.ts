/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FAST_FLOWS, flow, httpConnection, httpExport, httpImport, runAndWait } from '../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

let server: TestServer;
let source: Upstream;
let sink: Upstream;
let to: string;
let from: string;
const items = Array.from({ length: 10 }, (_, i) => ({ id: i + 1 }));
const SIZE = 3;
const slice = (start: number) => items.slice(start, start + SIZE);

before(async () => {
  server = await startTestServer({ runtime: FAST_FLOWS });
  source = await startUpstream((q, r) => {
    const p = q.url.searchParams;
    const at = Number(p.get('at') ?? '0');
    switch (q.url.pathname) {
      case '/link': {
        const more = at === 0 ? `, <${source.url}/link?at=${at + SIZE}>; rel="more"` : '';
        const next: Record<string, string> =
          at + SIZE < items.length ? { link: `<${source.url}/link?at=${at + SIZE}>; rel="next"${more}` } : {};
        return json(r, 200, slice(at), next);
      }
      case '/page': {
        const page = Number(p.get('page'));
        if (page * SIZE >= items.length) return json(r, 404, { message: 'no such page' });
        return json(r, 200, { results: slice(page * SIZE), total_pages: Math.ceil(items.length / SIZE) });
      }
      case '/skip':
        return json(r, 200, { results: slice(Number(p.get('skip'))), count: items.length });
      case '/token': {
        const start = Number(p.get('token') || '0');
        const more = start + SIZE < items.length;
        return json(
          r,
          200,
          { results: slice(start), ...(more ? { next_token: String(start + SIZE) } : {}) },
          more ? { 'x-next': String(start + SIZE) } : {},
        );
      }
      case '/url': {
        const more = at + SIZE < items.length;
        return json(r, 200, { results: slice(at), done: !more, next: more ? `${source.url}/url?at=${at + SIZE}` : null });
      }
      case '/after': {
        const after = Number(p.get('after') ?? '0');
        return json(r, 200, { results: items.filter((i) => i.id > after).slice(0, SIZE) });
      }
      case '/search': {
        const body = JSON.parse(q.body || '{}');
        return json(r, 200, { results: items.filter((i) => i.id > Number(body.after ?? 0)).slice(0, SIZE) });
      }
      case '/envelope':
        return json(r, 200, { ok: p.get('fail') ? 'no' : 'yes', error: p.get('fail') ? 'quota exceeded' : undefined, results: slice(0) });
      default:
        return json(r, 404, {});
    }
  });
  sink = await startUpstream((_q, r) => json(r, 201, { ok: true }));
  from = await httpConnection(server, source.url);
  to = await httpConnection(server, sink.url);
});
after(async () => {
  await source.close();
  await sink.close();
  await server.close();
});

/** Runs a flow over an export with this `http` and answers the job and the ids the sink received, in order. */
async function exportThrough(http: Record<string, unknown>) {
  const exportId = await httpExport(server, from, http);
  const importId = await httpImport(server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'], batchSize: 2 });
  const flowId = await flow(server, [exportId], [importId]);
  sink.seen.length = 0;
  source.seen.length = 0;
  const job = await runAndWait(server, flowId);
  const received = sink.seen.flatMap((s) => JSON.parse(s.body).map((r: any) => r.id));
  return { job, received, flowId, exportId };
}

const ALL = items.map((i) => i.id);

test('linkheader: follows rel="next" (or the relation named) until there is none', async () => {
  const { job, received } = await exportThrough({ relativeURI: '/link', paging: { method: 'linkheader' } });
  assert.equal(job.status, 'completed', JSON.stringify(job));
  assert.deepEqual(received, ALL);
  assert.equal(job.numPagesExported, 4);
  assert.equal(job.numSuccess, 10);
  // Another relation is followed when named: `more` is only on the first page here.
  const other = await exportThrough({ relativeURI: '/link', paging: { method: 'linkheader', linkHeaderRelation: 'more' } });
  assert.deepEqual(other.received, [1, 2, 3, 4, 5, 6]);
});

test('page: the page number until the last-page status (404 by default)', async () => {
  const { job, received } = await exportThrough({
    relativeURI: '/page?page={{export.http.paging.page}}',
    paging: { method: 'page' },
    response: { resourcePath: 'results' },
  });
  assert.equal(job.status, 'completed', JSON.stringify(job));
  assert.deepEqual(received, ALL);
  assert.deepEqual(
    source.seen.map((s) => s.url.searchParams.get('page')),
    ['0', '1', '2', '3', '4'],
  );
  const max = await exportThrough({
    relativeURI: '/page?page={{export.http.paging.page}}',
    paging: { method: 'page', maxPagePath: 'total_pages' },
    response: { resourcePath: 'results' },
  });
  assert.deepEqual(max.received, ALL);
  assert.equal(source.seen.length, 4, 'maxPagePath stops before asking for a page past the last');
});

test('skip: the record offset, stopping at maxCountPath', async () => {
  const { job, received } = await exportThrough({
    relativeURI: '/skip?skip={{export.http.paging.skip}}',
    paging: { method: 'skip', maxCountPath: 'count' },
    response: { resourcePath: 'results' },
  });
  assert.equal(job.status, 'completed');
  assert.deepEqual(received, ALL);
  assert.deepEqual(
    source.seen.map((s) => s.url.searchParams.get('skip')),
    ['0', '3', '6', '9'],
  );
});

test('token: the next token from the body (path) or a header (pathLocation)', async () => {
  const body = await exportThrough({
    relativeURI: '/token?token={{export.http.paging.token}}',
    paging: { method: 'token', path: 'next_token' },
    response: { resourcePath: 'results' },
  });
  assert.equal(body.job.status, 'completed');
  assert.deepEqual(body.received, ALL);
  const header = await exportThrough({
    relativeURI: '/token?token={{export.http.paging.token}}',
    paging: { method: 'token', path: 'X-Next', pathLocation: 'header' },
    response: { resourcePath: 'results' },
  });
  assert.deepEqual(header.received, ALL);
  assert.equal(source.seen.length, 4);
});

test('url: the next page URL from the body; lastPagePath + lastPageValues end it', async () => {
  const { job, received } = await exportThrough({
    relativeURI: '/url',
    paging: { method: 'url', path: 'next' },
    response: { resourcePath: 'results' },
  });
  assert.equal(job.status, 'completed');
  assert.deepEqual(received, ALL);
  const flagged = await exportThrough({
    relativeURI: '/url',
    paging: { method: 'url', path: 'next', lastPagePath: 'done', lastPageValues: ['true'] },
    response: { resourcePath: 'results' },
  });
  assert.deepEqual(flagged.received, ALL);
  assert.equal(source.seen.length, 4);
});

test('relativeuri: the next pages from paging.relativeURI over the previous page', async () => {
  const { job, received } = await exportThrough({
    relativeURI: '/after',
    paging: { method: 'relativeuri', relativeURI: '/after?after={{previous_page.last_record.id}}' },
    response: { resourcePath: 'results' },
  });
  assert.equal(job.status, 'completed');
  assert.deepEqual(received, ALL);
  assert.equal(source.seen[0].url.search, '');
  assert.equal(source.seen[1].url.searchParams.get('after'), '3');
});

test('body: a POST export whose next pages send paging.body', async () => {
  const { job, received } = await exportThrough({
    method: 'POST',
    relativeURI: '/search',
    body: '{"after": 0}',
    paging: { method: 'body', body: '{"after": {{previous_page.last_record.id}} }' },
    response: { resourcePath: 'results' },
  });
  assert.equal(job.status, 'completed');
  assert.deepEqual(received, ALL);
  assert.deepEqual(
    source.seen.map((s) => JSON.parse(s.body).after),
    [0, 3, 6, 9, 10],
  );
});

test('successPath/failPath: a page whose answer says it failed is an export error and the job fails', async () => {
  const ok = await exportThrough({
    relativeURI: '/envelope',
    response: { resourcePath: 'results', successPath: 'ok', successValues: ['yes'] },
  });
  assert.equal(ok.job.status, 'completed');
  assert.deepEqual(ok.received, [1, 2, 3]);
  const failed = await exportThrough({
    relativeURI: '/envelope?fail=1',
    response: { resourcePath: 'results', failPath: 'ok', failValues: ['no'], errorPath: 'error' },
  });
  assert.equal(failed.job.status, 'failed');
  assert.equal(failed.job.numError, 1);
  assert.match(failed.job.message, /quota exceeded/);
  const errors = await call(server, 'GET', `/v1/flows/${failed.flowId}/${failed.exportId}/errors`);
  assert.equal(errors.body.errors.length, 1);
  assert.match(errors.body.errors[0].message, /quota exceeded/);
  assert.equal(errors.body.errors[0].retryDataKey, undefined);
  assert.deepEqual(failed.received, []);
});

test('delta: the first run starts at delta.startDate, each next one at the start of the last completed run; run dates override', async () => {
  let failing = false;
  const changes = await startUpstream((_q, r) => (failing ? json(r, 400, { message: 'bad' }) : json(r, 200, [{ id: 1 }])));
  try {
    const conn = await httpConnection(server, changes.url);
    const exportId = await httpExport(
      server,
      conn,
      { relativeURI: '/changes?since={{lastExportDateTime}}&until={{currentExportDateTime}}' },
      { type: 'delta', delta: { dateField: 'updatedAt', startDate: '2020-01-01T00:00:00.000Z', lagOffset: 1000 } },
    );
    const importId = await httpImport(server, to, { method: ['POST'], relativeURI: ['/in'], requestType: ['CREATE'] });
    const flowId = await flow(server, [exportId], [importId]);
    const since = () => changes.seen[changes.seen.length - 1].url.searchParams.get('since');
    const first = await runAndWait(server, flowId);
    assert.equal(first.status, 'completed');
    assert.equal(since(), '2020-01-01T00:00:00.000Z');
    assert.equal(changes.seen[0].url.searchParams.get('until'), first.startedAt);
    const second = await runAndWait(server, flowId);
    // lagOffset (ms) reaches back before the last run's start.
    assert.equal(since(), new Date(Date.parse(first.startedAt) - 1000).toISOString());
    failing = true;
    assert.equal((await runAndWait(server, flowId)).status, 'failed');
    failing = false;
    await runAndWait(server, flowId);
    assert.equal(since(), new Date(Date.parse(second.startedAt) - 1000).toISOString(), 'a failed run does not move the delta on');
    await runAndWait(server, flowId, { startDate: '2025-05-05T00:00:00.000Z', endDate: '2025-06-06T00:00:00.000Z' });
    assert.equal(since(), '2025-05-05T00:00:00.000Z');
    assert.equal(changes.seen[changes.seen.length - 1].url.searchParams.get('until'), '2025-06-06T00:00:00.000Z');
    const fourth = (await call(server, 'GET', `/v1/jobs?_flowId=${flowId}&type=flow`)).body[1];
    await runAndWait(server, flowId);
    assert.equal(since(), new Date(Date.parse(fourth.startedAt) - 1000).toISOString(), 'a run over given dates does not move it either');
  } finally {
    await changes.close();
  }
});
