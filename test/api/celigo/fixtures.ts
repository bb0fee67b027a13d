/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { call, type Reply, type TestServer } from '../../helpers/server.js';

export const MISSING_ID = '5f0000000000000000000000';

/** integrator.io's error body: `{errors: [{code, message, field?}]}` and nothing else. */
export function assertCeligoError(reply: Reply, status: number, code?: string, field?: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.deepEqual(Object.keys(reply.body), ['errors']);
  assert.ok(Array.isArray(reply.body.errors) && reply.body.errors.length > 0);
  for (const error of reply.body.errors) {
    assert.equal(typeof error.code, 'string');
    assert.equal(typeof error.message, 'string');
  }
  if (code) assert.equal(reply.body.errors[0].code, code, JSON.stringify(reply.body));
  if (field) assert.equal(reply.body.errors[0].field, field, JSON.stringify(reply.body));
}

async function created(reply: Promise<Reply>): Promise<any> {
  const r = await reply;
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

export const createIntegration = (server: TestServer, body: Record<string, unknown> = {}, token?: string) =>
  created(call(server, 'POST', '/v1/integrations', { token, body: { name: 'Orders sync', ...body } }));

export const createConnection = (server: TestServer, body: Record<string, unknown> = {}, token?: string) =>
  created(
    call(server, 'POST', '/v1/connections', {
      token,
      body: {
        name: 'Shop API',
        type: 'http',
        http: { baseURI: 'https://127.0.0.1:9', auth: { type: 'token', token: { token: 'tok-123' } } },
        ...body,
      },
    }),
  );

export const createExport = (server: TestServer, connectionId: string, body: Record<string, unknown> = {}) =>
  created(
    call(server, 'POST', '/v1/exports', {
      body: {
        name: 'Get orders',
        _connectionId: connectionId,
        adaptorType: 'HTTPExport',
        http: { relativeURI: '/orders', method: 'GET' },
        ...body,
      },
    }),
  );

export const createImport = (server: TestServer, connectionId: string, body: Record<string, unknown> = {}) =>
  created(
    call(server, 'POST', '/v1/imports', {
      body: {
        name: 'Post invoices',
        _connectionId: connectionId,
        adaptorType: 'HTTPImport',
        http: { relativeURI: ['/invoices'], method: ['POST'] },
        ...body,
      },
    }),
  );

export const createFlow = (server: TestServer, integrationId: string, exportId: string, importId: string, name = 'Orders to invoices') =>
  created(
    call(server, 'POST', '/v1/flows', {
      body: {
        name,
        _integrationId: integrationId,
        disabled: false,
        schedule: '? 0 2 ? * *',
        pageGenerators: [{ _exportId: exportId }],
        pageProcessors: [{ type: 'import', _importId: importId, responseMapping: { fields: [], lists: [] } }],
      },
    }),
  );

/** An integration with one flow that moves an export's records into an import over one connection. */
export async function createSetup(server: TestServer, name = 'Orders sync') {
  const connection = await createConnection(server);
  const exp = await createExport(server, connection._id);
  const imp = await createImport(server, connection._id);
  const integration = await createIntegration(server, { name });
  const flow = await createFlow(server, integration._id, exp._id, imp._id);
  const registered = await call(server, 'PUT', `/v1/integrations/${integration._id}/connections/register`, { body: [connection._id] });
  assert.equal(registered.status, 200, JSON.stringify(registered.body));
  return { connection, exp, imp, integration, flow };
}

/** Pairs `<url>; rel="x"` of a Link header. */
export function parseLink(header: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of String(header ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part.trim());
    if (match) out[match[2]] = match[1];
  }
  return out;
}
