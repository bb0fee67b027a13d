/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, type Reply, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createSetup } from './fixtures.js';

let server: TestServer;
let small: TestServer;
let zip: Buffer;

before(async () => {
  server = await startTestServer();
  small = await startTestServer({ bodyLimit: 4096 });
  const { integration } = await createSetup(server, 'Uploaded');
  const link = new URL((await call(server, 'GET', `/v1/integrations/${integration._id}/template`)).body.signedURL);
  zip = (await server.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` })).rawPayload;
});
after(async () => {
  await small.close();
  await server.close();
});

/** A form as a browser or `curl -F` sends it: FormData serialized by the platform's own encoder. */
async function form(parts: Array<[string, string | Blob, string?]>) {
  const data = new FormData();
  for (const [name, value, filename] of parts) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, value, filename);
  }
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: data });
  return { type: String(request.headers.get('content-type')), body: Buffer.from(await request.arrayBuffer()) };
}

async function post(target: TestServer, url: string, type: string, payload: Buffer | string): Promise<Reply> {
  const response = await target.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${target.tenant.token}`, 'content-type': type },
    payload,
  });
  return { status: response.statusCode, body: JSON.parse(response.body), headers: response.headers };
}

describe('POST /v1/integrations/template as multipart/form-data', () => {
  test('the ZIP as a file field installs as the raw body does; text fields beside it are ignored', async () => {
    const multipart = await form([
      ['note', 'from a form'],
      ['file', new Blob([zip], { type: 'application/zip' }), 'template.zip'],
    ]);
    const reply = await post(server, '/v1/integrations/template', multipart.type, multipart.body);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const raw = await post(server, '/v1/integrations/template', 'application/zip', zip);
    assert.equal(raw.status, 201);
    const kinds = (body: any[]) => body.map((entry) => Object.keys(entry).sort().join());
    assert.deepEqual(kinds(reply.body), kinds(raw.body));
    const installed = await call(server, 'GET', `/v1/integrations/${reply.body[0]._id}`);
    assert.equal(installed.body.name, 'Uploaded');
  });

  test('over a real socket, as curl -F sends it', async () => {
    const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
    const data = new FormData();
    data.append('file', new Blob([zip]), 'template.zip');
    const response = await fetch(`${address}/v1/integrations/template`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.tenant.token}` },
      body: data,
    });
    assert.equal(response.status, 201, await response.clone().text());
  });

  test('a form without a file, with two files, or with a file over the body limit is refused in the integrator.io shape', async () => {
    const before = (await call(server, 'GET', '/v1/integrations')).body.length;
    const none = await form([['name', 'x']]);
    const noFile = await post(server, '/v1/integrations/template', none.type, none.body);
    assertCeligoError(noFile, 400, 'bad_request');
    assert.match(noFile.body.errors[0].message, /multipart\/form-data/);
    const two = await form([
      ['a', new Blob([zip]), 'a.zip'],
      ['b', new Blob([zip]), 'b.zip'],
    ]);
    assertCeligoError(await post(server, '/v1/integrations/template', two.type, two.body), 400, 'bad_request');
    assertCeligoError(await post(server, '/v1/integrations/template', 'multipart/form-data', 'x'), 400, 'bad_request');
    const big = await form([['file', new Blob([Buffer.alloc(8192, 1)]), 'big.zip']]);
    assertCeligoError(await post(small, '/v1/integrations/template', big.type, big.body), 413, 'payload_too_large');
    // A form posted to a JSON route is no JSON document.
    const fields = await form([['name', 'from a form']]);
    assert.equal((await post(server, '/v1/integrations', fields.type, fields.body)).status, 400);
    assert.equal((await call(server, 'GET', '/v1/integrations')).body.length, before, 'nothing was written');
  });

  test('a 415 names the types that work', async () => {
    for (const [type, payload] of [
      ['text/plain', 'hello'],
      ['application/json', '{"name":"x"}'],
    ] as const) {
      const reply = await post(server, '/v1/integrations/template', type, payload);
      assertCeligoError(reply, 415, 'unsupported_media_type');
      for (const named of ['application/zip', 'application/octet-stream', 'multipart/form-data']) {
        assert.ok(reply.body.errors[0].message.includes(named), `${type}: ${reply.body.errors[0].message}`);
      }
    }
    const elsewhere = await post(server, '/v1/integrations', 'text/plain', 'hello');
    assertCeligoError(elsewhere, 415, 'unsupported_media_type');
    assert.match(elsewhere.body.errors[0].message, /text\/plain is not accepted here; send application\/json/);
  });
});
