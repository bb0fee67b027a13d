import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createConnection, createSetup, MISSING_ID } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** GETs a signed URL the way a client would: no bearer token. */
async function download(signedURL: string) {
  const url = new URL(signedURL);
  return server.app.inject({ method: 'GET', url: `${url.pathname}${url.search}` });
}

async function installZip(zip: Uint8Array | Buffer, contentType = 'application/zip', token = server.tenant.token) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/v1/integrations/template',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    payload: Buffer.from(zip),
  });
  return { status: response.statusCode, body: JSON.parse(response.body) };
}

describe('templates', () => {
  test('GET …/template answers {signedURL, key}; the link needs no token and returns a ZIP without secrets', async () => {
    const { integration, flow } = await createSetup(server, 'Template source');
    const reply = await call(server, 'GET', `/v1/integrations/${integration._id}/template`, { headers: { host: 'junction.example:8443' } });
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    assert.deepEqual(Object.keys(reply.body).sort(), ['key', 'signedURL']);
    assert.equal(reply.body.key, `${integration._id}.zip`);
    assert.match(
      reply.body.signedURL,
      new RegExp(`^http://junction\\.example:8443/v1/templates/${integration._id}\\.zip\\?Expires=\\d+&Signature=`),
    );
    const zip = await download(reply.body.signedURL);
    assert.equal(zip.statusCode, 200);
    assert.equal(zip.headers['content-type'], 'application/zip');
    const files = unzipSync(zip.rawPayload);
    assert.deepEqual(Object.keys(files).sort(), [
      'connections.json',
      'exports.json',
      'flows.json',
      'imports.json',
      'integration.json',
      'template.json',
    ]);
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join('\n');
    assert.doesNotMatch(all, /tok-123/, 'credentials are stripped');
    assert.equal(JSON.parse(strFromU8(files['flows.json']))[0].id, flow._id);
    const posted = await call(server, 'POST', `/v1/integrations/${integration._id}/template`);
    assert.equal(posted.status, 200, 'the documented example uses POST');
  });

  test('a template installs back as a new integration with the same flows (round trip)', async () => {
    const { integration, flow, exp, imp, connection } = await createSetup(server, 'Round trip');
    const link = (await call(server, 'GET', `/v1/integrations/${integration._id}/template`)).body.signedURL;
    const zip = (await download(link)).rawPayload;
    const installed = await installZip(zip);
    assert.equal(installed.status, 201, JSON.stringify(installed.body));
    assert.equal(installed.body[0].model, 'Integration');
    const newId = installed.body[0]._id;
    assert.notEqual(newId, integration._id);
    const copy = (await call(server, 'GET', `/v1/integrations/${newId}`)).body;
    assert.equal(copy.name, 'Round trip');
    const flows = (await call(server, 'GET', `/v1/integrations/${newId}/flows`)).body;
    assert.equal(flows.length, 1);
    assert.equal(flows[0].name, flow.name);
    assert.notEqual(flows[0]._id, flow._id);
    const [newExport] = (await call(server, 'GET', `/v1/integrations/${newId}/exports`)).body;
    const [newImport] = (await call(server, 'GET', `/v1/integrations/${newId}/imports`)).body;
    assert.deepEqual(flows[0].pageGenerators, [{ _exportId: newExport._id }]);
    assert.equal(flows[0].pageProcessors[0]._importId, newImport._id);
    assert.equal(newExport.name, exp.name);
    assert.equal(newImport.name, imp.name);
    const [newConnection] = (await call(server, 'GET', `/v1/integrations/${newId}/connections`)).body;
    assert.notEqual(newConnection._id, connection._id);
    assert.equal(newConnection.offline, true, 'a template brings no credentials');
    assert.equal(newExport._connectionId, newConnection._id);
  });

  test('an expired, tampered or unsigned link is refused; a broken ZIP is a 422; a non-ZIP body a 415', async () => {
    const { integration } = await createSetup(server);
    const link = new URL((await call(server, 'GET', `/v1/integrations/${integration._id}/template`)).body.signedURL);
    const tampered = new URL(link);
    tampered.searchParams.set('Expires', String(Number(link.searchParams.get('Expires')) + 60));
    assert.equal((await download(tampered.toString())).statusCode, 403);
    const principal = { tokenId: 'x', organizationId: server.tenant.organizationId, applicationId: null, scopes: [] };
    const expired = await server.core.templates.signedUrl(principal, integration._id, 'http://localhost', -1);
    const refused = await download(expired.signedURL);
    assert.equal(refused.statusCode, 403);
    assert.match(JSON.parse(refused.body).errors[0].message, /expired/);
    assert.equal((await server.app.inject({ method: 'GET', url: `/v1/templates/${integration._id}.zip` })).statusCode, 400);
    const broken = await installZip(Buffer.from('not a zip'));
    assertCeligoError({ ...broken, headers: {} }, 422, 'invalid_template');
    const incomplete = await installZip(zipSync({ 'template.json': new TextEncoder().encode('{}') }));
    assertCeligoError({ ...incomplete, headers: {} }, 422, 'invalid_template');
    const file = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    const minimal = {
      'template.json': file({ format: 'junction-integration-template' }),
      'integration.json': file({ name: 'Hand made', attributes: { _registeredConnectionIds: [MISSING_ID] }, settings: {} }),
      'flows.json': file([]),
      'exports.json': file([]),
      'imports.json': file([]),
      'connections.json': file([]),
    };
    const handMade = await installZip(zipSync(minimal));
    assert.equal(handMade.status, 201, JSON.stringify(handMade.body));
    const made = (await call(server, 'GET', `/v1/integrations/${handMade.body[0]._id}`)).body;
    assert.deepEqual(made._registeredConnectionIds, [], 'only connections the template brings are registered');
    const badFlows = await installZip(zipSync({ ...minimal, 'flows.json': file([{ id: MISSING_ID, doc: {} }]) }));
    assertCeligoError({ ...badFlows, headers: {} }, 422, 'invalid_template');
    const json = await call(server, 'POST', '/v1/integrations/template', { body: { name: 'x' } });
    assertCeligoError(json, 415, 'unsupported_media_type');
  });
});

describe('POST /v1/integrations/{_id}/clone', () => {
  test('copies flows, exports and imports, pointing them at the mapped connections; 201 with the manifest', async () => {
    const { integration, connection, flow } = await createSetup(server, 'Source');
    const target = await createConnection(server, { name: 'Sandbox shop' });
    const reply = await call(server, 'POST', `/v1/integrations/${integration._id}/clone`, {
      body: { connectionMap: { [connection._id]: target._id }, sandbox: true },
    });
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    const models = reply.body.map((m: { model: string }) => m.model);
    assert.deepEqual(models, ['Integration', 'Flow', 'Export', 'Import']);
    const cloneId = reply.body[0]._id;
    const clone = (await call(server, 'GET', `/v1/integrations/${cloneId}`)).body;
    assert.equal(clone.name, 'Clone - Source');
    assert.equal(clone.sandbox, true);
    assert.equal(clone._sourceId, integration._id);
    assert.deepEqual(clone._registeredConnectionIds, [target._id]);
    const [exp] = (await call(server, 'GET', `/v1/integrations/${cloneId}/exports`)).body;
    const [imp] = (await call(server, 'GET', `/v1/integrations/${cloneId}/imports`)).body;
    assert.equal(exp._connectionId, target._id);
    assert.equal(imp._connectionId, target._id);
    const [copy] = (await call(server, 'GET', `/v1/integrations/${cloneId}/flows`)).body;
    assert.equal(copy.name, flow.name);
    assert.equal(copy.pageGenerators[0]._exportId, exp._id);
    const named = await call(server, 'POST', `/v1/integrations/${integration._id}/clone`, {
      body: { name: 'My copy', connectionMap: { [connection._id]: connection._id } },
    });
    assert.equal(named.status, 201);
    assert.equal(named.body[0].name, 'My copy');
  });

  test('a connection left out of connectionMap is 400 invalid_connectionMap, and nothing is created', async () => {
    const { integration, connection } = await createSetup(server, 'Unmapped');
    const before = (await call(server, 'GET', '/v1/integrations?limit=1000')).body.length;
    assertCeligoError(await call(server, 'POST', `/v1/integrations/${integration._id}/clone`), 400, 'invalid_connectionMap');
    const unknown = await call(server, 'POST', `/v1/integrations/${integration._id}/clone`, {
      body: { connectionMap: { [connection._id]: MISSING_ID } },
    });
    assertCeligoError(unknown, 400, 'invalid_connectionMap');
    assert.equal((await call(server, 'GET', '/v1/integrations?limit=1000')).body.length, before);
    assertCeligoError(await call(server, 'POST', `/v1/integrations/${MISSING_ID}/clone`), 404, 'invalid_ref');
  });
});
