/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { created, FAST_FLOWS, flow, httpConnection, httpImport, waitForJob } from '../../helpers/flows.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { assertCeligoError } from './fixtures.js';

let server: TestServer;
let sink: Upstream;
let importId: string;

before(async () => {
  server = await startTestServer({ runtime: FAST_FLOWS });
  sink = await startUpstream((_q, r) => json(r, 201, { ok: true }));
  const conn = await httpConnection(server, sink.url);
  importId = await httpImport(server, conn, { method: ['POST'], relativeURI: ['/orders'], requestType: ['CREATE'] });
});
after(async () => {
  await sink.close();
  await server.close();
});

async function listener(webhook: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const exportId = await created(server, '/v1/exports', { name: 'hook', adaptorType: 'WebhookExport', webhook, ...extra });
  const flowId = await flow(server, [exportId], [importId]);
  return { exportId, flowId };
}

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const reply = await server.app.inject({
    method: 'POST',
    url: path,
    payload: body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  return {
    status: reply.statusCode,
    body: reply.body ? (String(reply.headers['content-type']).includes('json') ? JSON.parse(reply.body) : reply.body) : undefined,
  };
}

const flowJobs = (flowId: string) =>
  server.core.store.db.selectFrom('jobs').selectAll().where('flow_id', '=', flowId).where('type', '=', 'flow').execute();

async function delivered(flowId: string, count: number) {
  const jobs = await flowJobs(flowId);
  assert.equal(jobs.length, 1);
  const job = await waitForJob(server, jobs[0].id);
  assert.equal(job.status, 'completed', JSON.stringify(job));
  assert.equal(job.numSuccess, count);
}

test('hmac: a signature over the raw body runs the flow for the records at pathToRecords; a bad one is 401 and runs nothing', async () => {
  for (const [algorithm, encoding] of [
    ['sha256', 'hex'],
    ['sha1', 'hex'],
    ['sha384', 'base64'],
    ['sha512', 'hex'],
  ] as const) {
    const { exportId, flowId } = await listener({
      verify: 'hmac',
      algorithm,
      encoding,
      key: 'hook-key',
      header: 'X-Signature',
      pathToRecords: 'orders',
    });
    const body = '{"orders": [{"id": 1}, {"id": 2}]}';
    const signature = createHmac(algorithm, 'hook-key').update(body).digest(encoding);
    const bad = await post(`/v1/exports/${exportId}/data`, body, {
      'x-signature': createHmac(algorithm, 'wrong').update(body).digest(encoding),
    });
    assertCeligoError(bad as any, 401, 'unauthorized');
    // The same JSON spaced differently is another body: the HMAC is over the bytes sent.
    assertCeligoError(
      (await post(`/v1/exports/${exportId}/data`, '{"orders":[{"id":1},{"id":2}]}', { 'x-signature': signature })) as any,
      401,
    );
    assert.equal((await flowJobs(flowId)).length, 0);
    sink.seen.length = 0;
    const ok = await post(`/v1/exports/${exportId}/data`, body, { 'x-signature': signature });
    assert.equal(ok.status, 204);
    await delivered(flowId, 2);
    assert.deepEqual(
      sink.seen.map((s) => JSON.parse(s.body).id),
      [1, 2],
    );
  }
});

test('token in a header, the body or a query parameter', async () => {
  const header = await listener({ verify: 'token', tokenLocation: 'header', tokenHeaderName: 'X-Hook-Token', token: 'tok-1' });
  assertCeligoError((await post(`/v1/exports/${header.exportId}/data`, '{"id":1}', { 'x-hook-token': 'nope' })) as any, 401);
  assert.equal((await post(`/v1/exports/${header.exportId}/data`, '{"id":1}', { 'x-hook-token': 'tok-1' })).status, 204);
  await delivered(header.flowId, 1);

  const body = await listener({ verify: 'token', tokenLocation: 'body', path: 'auth.token', token: 'tok-2' });
  assertCeligoError((await post(`/v1/exports/${body.exportId}/data`, '{"auth":{"token":"tok-x"}}')) as any, 401);
  assert.equal((await post(`/v1/exports/${body.exportId}/data`, '{"auth":{"token":"tok-2"},"id":7}')).status, 204);
  await delivered(body.flowId, 1);

  const query = await listener({
    verify: 'token',
    tokenLocation: 'queryParam',
    path: 'key',
    token: 'tok-3',
    successStatusCode: 202,
    successBody: { received: true },
  });
  assertCeligoError((await post(`/v1/exports/${query.exportId}/data?key=tok-4`, '[{"id":1}]')) as any, 401);
  const ok = await post(`/v1/exports/${query.exportId}/data?key=tok-3`, '[{"id":1},{"id":2},{"id":3}]');
  assert.equal(ok.status, 202);
  assert.deepEqual(ok.body, { received: true });
  // The token is a secret: GET does not answer it.
  assert.ok(!JSON.stringify((await call(server, 'GET', `/v1/exports/${query.exportId}`)).body).includes('tok-3'));
  await delivered(query.flowId, 3);
});

test('basic and secret_url', async () => {
  const basic = await listener({ verify: 'basic', username: 'hooks', password: 'pw-1' });
  const auth = (u: string, p: string) => ({ authorization: `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}` });
  assertCeligoError((await post(`/v1/exports/${basic.exportId}/data`, '{"id":1}', auth('hooks', 'pw-2'))) as any, 401);
  assertCeligoError((await post(`/v1/exports/${basic.exportId}/data`, '{"id":1}')) as any, 401);
  assert.equal((await post(`/v1/exports/${basic.exportId}/data`, '{"id":1}', auth('hooks', 'pw-1'))).status, 204);
  await delivered(basic.flowId, 1);

  const secret = await listener({ verify: 'secret_url', token: 's3cr3t-path' });
  assertCeligoError((await post(`/v1/exports/${secret.exportId}/data`, '{"id":1}')) as any, 401);
  assertCeligoError((await post(`/v1/exports/${secret.exportId}/data/wrong`, '{"id":1}')) as any, 401);
  assert.equal((await post(`/v1/exports/${secret.exportId}/data/s3cr3t-path`, '{"id":1}')).status, 204);
  await delivered(secret.flowId, 1);
});

test('challenges: a GET hub.challenge is answered from challengeSuccessBody; a POSTed one is verified first', async () => {
  const hook = await listener({
    verify: 'hmac',
    algorithm: 'sha256',
    key: 'k',
    header: 'X-Sig',
    challengeSuccessBody: '{{hub.challenge}}',
    challengeSuccessStatusCode: 200,
  });
  const got = await server.app.inject({ method: 'GET', url: `/v1/exports/${hook.exportId}/data?hub.mode=subscribe&hub.challenge=abc123` });
  assert.equal(got.statusCode, 200);
  assert.equal(got.body, 'abc123');
  const slack = await listener({
    verify: 'token',
    tokenLocation: 'body',
    path: 'token',
    token: 'tk',
    challengeSuccessBody: '{"challenge": "{{challenge}}"}',
  });
  assertCeligoError(
    (await post(`/v1/exports/${slack.exportId}/data`, '{"type":"url_verification","challenge":"xyz","token":"bad"}')) as any,
    401,
  );
  const answered = await post(`/v1/exports/${slack.exportId}/data`, '{"type":"url_verification","challenge":"xyz","token":"tk"}');
  assert.equal(answered.status, 200);
  assert.equal(answered.body, '{"challenge": "xyz"}');
  assert.equal((await flowJobs(slack.flowId)).length, 0, 'a challenge runs nothing');
});

test('unknown listeners are 404, malformed ids 400, bad JSON 400, no verification 401 — in the errors shape', async () => {
  assertCeligoError((await post('/v1/exports/0123456789abcdef01234567/data', '{}')) as any, 404, 'invalid_ref');
  assertCeligoError((await post('/v1/exports/nope/data', '{}')) as any, 400, 'invalid_ref');
  const hook = await listener({ verify: 'token', tokenLocation: 'header', token: 't' });
  assertCeligoError((await post(`/v1/exports/${hook.exportId}/data`, '{"a":', { 'x-webhook-token': 't' })) as any, 400);
  const none = await listener({});
  assertCeligoError((await post(`/v1/exports/${none.exportId}/data`, '{"id":1}')) as any, 401);
  assert.equal((await flowJobs(none.flowId)).length, 0);
});
