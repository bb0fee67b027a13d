/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { json, type Seen, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration, oauthConfig } from '../proxy/fixtures.js';
import { admin, listen, listTools, mcpClient, rpc } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
let base: string;
let integrationId: string;
let account: string;
const clients: Client[] = [];
let tokenRequests: Seen[] = [];

const CONTACTS = [
  { id: 'c1', name: 'Ada' },
  { id: 'c2', name: 'Grace' },
  { id: 'c3', name: 'Edsger' },
];

function crmConfig(url: string) {
  return {
    label: 'Acme CRM',
    base_url: url,
    credentials: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } },
    authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
    resources: {
      contacts: {
        list: {
          path: '/contacts',
          description: 'Every contact',
          response_path: 'data',
          pagination: { format: 'cursor', config: { cursor_path: 'next', cursor_key: 'cursor', limit_key: 'limit' } },
        },
        get: { path: '/contacts/{{id}}' },
        create: { path: '/contacts', method: 'post' },
        delete: { path: '/contacts/{{id}}', method: 'delete' },
        search: { path: '/contacts/search', method: 'post', body: { q: '{{body.q}}' } },
      },
      notes: { list: { path: '/notes' } },
      missing: { get: { path: '/missing/{{id}}' } },
    },
    tool_tags: { notes: ['notes'], 'contacts.search': ['search'] },
  };
}

before(async () => {
  server = await startTestServer({ runtime: { timeoutMs: 2_000, backoffMs: 1, maxRetries: 0 } });
  upstream = await startUpstream(async (request, response) => {
    const path = request.url.pathname;
    if (path === '/oauth/token') {
      tokenRequests.push(request);
      return json(response, 200, {
        access_token: `at-${tokenRequests.length}`,
        token_type: 'bearer',
        expires_in: 3600,
        refresh_token: 'rt-next',
      });
    }
    if (path === '/me') return json(response, 200, { auth: request.headers.authorization });
    if (request.headers['x-key'] !== 'k-secret-1' && request.headers['x-key'] !== 'k-other-2')
      return json(response, 401, { error: 'bad key' });
    if (path === '/contacts' && request.method === 'GET') {
      const second = request.url.searchParams.get('cursor') === 'p2';
      return json(response, 200, second ? { data: CONTACTS.slice(2), next: null } : { data: CONTACTS.slice(0, 2), next: 'p2' });
    }
    if (path === '/contacts' && request.method === 'POST') return json(response, 201, { id: 'c9', ...JSON.parse(request.body) });
    if (path === '/contacts/search') return json(response, 200, { found: JSON.parse(request.body) });
    const one = /^\/contacts\/(\w+)$/.exec(path);
    if (one && request.method === 'DELETE') return json(response, 204, {});
    if (one) return json(response, 200, CONTACTS.find((c) => c.id === one[1]) ?? {});
    if (path === '/notes') return json(response, 200, [{ id: 'n1' }]);
    return json(response, 404, { error: 'no such record' });
  });
  base = await listen(server);
  integrationId = (await createIntegration(server, crmConfig(upstream.url))).id;
  account = await connect(server, integrationId, { api_key: 'k-secret-1' });
});
after(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await upstream.close();
  await server.close();
});

async function newServer(accountId: string, config: object = {}) {
  const created = await admin(base, server.tenant.token, 'POST', `/integrated-account/${accountId}/mcp`, { name: 'agent', config });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { id: string; url: string; token: string };
}

async function clientOf(mcp: { url: string; token: string }) {
  const client = await mcpClient(mcp.url, mcp.token);
  clients.push(client);
  return client;
}

const names = async (client: Client) => (await client.listTools()).tools.map((t) => t.name);

test('initialize over Streamable HTTP: server info, the tools capability, instructions; no session id (stateless)', async () => {
  const mcp = await newServer(account);
  assert.equal(mcp.url, `${base}/mcp/${mcp.id}`);
  const client = await clientOf(mcp);
  assert.equal(client.getServerVersion()?.name, 'junction');
  assert.equal(client.getServerVersion()?.title, 'agent');
  assert.ok(client.getServerCapabilities()?.tools);
  assert.match(client.getInstructions() ?? '', /next_cursor/);
  const raw = await rpc(mcp.url, mcp.token, listTools);
  assert.equal(raw.status, 200);
  assert.equal(raw.headers.get('mcp-session-id'), null);
  assert.equal(raw.headers.get('x-request-id') !== null, true);
});

test('tools/list: every method, then filtered by methods and by tags; a config change shows on the next list', async () => {
  const all = await clientOf(await newServer(account));
  assert.deepEqual(await names(all), [
    'list_contacts',
    'get_contacts_by_id',
    'create_contacts',
    'delete_contacts_by_id',
    'contacts_search',
    'list_notes',
    'get_missing_by_id',
  ]);
  const listed = (await all.listTools()).tools;
  const list = listed.find((t) => t.name === 'list_contacts') as any;
  assert.match(list.description, /^Every contact\./);
  assert.ok(list.inputSchema.properties.next_cursor && list.inputSchema.properties.limit);
  assert.equal(list.annotations.readOnlyHint, true);
  assert.deepEqual((listed.find((t) => t.name === 'get_contacts_by_id') as any).inputSchema.required, ['id']);

  const reads = await newServer(account, { methods: ['read'] });
  assert.deepEqual(await names(await clientOf(reads)), ['list_contacts', 'get_contacts_by_id', 'list_notes', 'get_missing_by_id']);
  assert.deepEqual(await names(await clientOf(await newServer(account, { methods: ['write'] }))), [
    'create_contacts',
    'delete_contacts_by_id',
  ]);
  assert.deepEqual(await names(await clientOf(await newServer(account, { methods: ['custom', 'get'] }))), [
    'get_contacts_by_id',
    'contacts_search',
    'get_missing_by_id',
  ]);
  assert.deepEqual(await names(await clientOf(await newServer(account, { tags: ['notes', 'search'] }))), ['contacts_search', 'list_notes']);

  const client = await clientOf(reads);
  const patched = await admin(base, server.tenant.token, 'PATCH', `/integrated-account/${account}/mcp/${reads.id}`, {
    config: { tags: ['notes'] },
  });
  assert.equal(patched.status, 200);
  assert.deepEqual(await names(client), ['list_notes']);
  const integration = await call(server, 'GET', `/integration/${integrationId}`);
  const config = crmConfig(upstream.url);
  const changed = await call(server, 'PATCH', `/integration/${integrationId}`, {
    body: { version: integration.body.version, config: { tool_tags: { ...config.tool_tags, contacts: ['notes'] } } },
  });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.deepEqual(await names(client), [
    'list_contacts',
    'get_contacts_by_id',
    'create_contacts',
    'delete_contacts_by_id',
    'contacts_search',
    'list_notes',
  ]);
  await call(server, 'PATCH', `/integration/${integrationId}`, {
    body: { version: changed.body.version, config: { tool_tags: { contacts: null } } },
  });
});

test('a list tool across two pages: next_cursor from the result goes back as an argument', async () => {
  const client = await clientOf(await newServer(account, { methods: ['read'] }));
  const first = (await client.callTool({ name: 'list_contacts', arguments: { limit: 2 } })) as any;
  assert.equal(first.isError, undefined);
  assert.deepEqual(first.structuredContent.result, CONTACTS.slice(0, 2));
  assert.equal(first.structuredContent.result_count, 2);
  assert.equal(typeof first.structuredContent.next_cursor, 'string');
  assert.deepEqual(JSON.parse(first.content[0].text), first.structuredContent);
  const second = (await client.callTool({ name: 'list_contacts', arguments: { next_cursor: first.structuredContent.next_cursor } })) as any;
  assert.deepEqual(second.structuredContent.result, CONTACTS.slice(2));
  assert.equal(second.structuredContent.next_cursor, null);
  const pages = upstream.seen.filter((s) => s.url.pathname === '/contacts' && s.method === 'GET').slice(-2);
  assert.equal(pages[0].url.searchParams.get('limit'), '2');
  assert.equal(pages[1].url.searchParams.get('cursor'), 'p2');
  const bad = (await client.callTool({ name: 'list_contacts', arguments: { next_cursor: 'not-ours' } })) as any;
  assert.equal(bad.isError, true);
  assert.match(bad.content[0].text, /not a cursor/);
});

test('a get tool, a write tool and a custom tool run the proxy: the account key goes upstream, the answer comes back', async () => {
  const client = await clientOf(await newServer(account));
  const got = (await client.callTool({ name: 'get_contacts_by_id', arguments: { id: 'c2' } })) as any;
  assert.deepEqual(got.structuredContent, CONTACTS[1]);
  assert.equal(upstream.seen.at(-1)?.headers['x-key'], 'k-secret-1');

  const created = (await client.callTool({ name: 'create_contacts', arguments: { body: { name: 'Barbara' } } })) as any;
  assert.deepEqual(created.structuredContent, { id: 'c9', name: 'Barbara' });
  const write = upstream.seen.at(-1) as Seen;
  assert.equal(write.method, 'POST');
  assert.deepEqual(JSON.parse(write.body), { name: 'Barbara' });

  const searched = (await client.callTool({ name: 'contacts_search', arguments: { body: { q: 'ada' } } })) as any;
  assert.deepEqual(searched.structuredContent, { found: { q: 'ada' } });
  const deleted = (await client.callTool({ name: 'delete_contacts_by_id', arguments: { id: 'c3' } })) as any;
  assert.equal(deleted.isError, undefined);
  assert.equal(upstream.seen.at(-1)?.method, 'DELETE');
});

test('an upstream 4xx is a tool error with the message; bad arguments too; an unknown tool is a protocol error', async () => {
  const client = await clientOf(await newServer(account));
  const failed = (await client.callTool({ name: 'get_missing_by_id', arguments: { id: 'x1' } })) as any;
  assert.equal(failed.isError, true);
  assert.match(failed.content[0].text, /The upstream API answered 404/);
  assert.match(failed.content[0].text, /no such record/);
  const noId = (await client.callTool({ name: 'get_contacts_by_id', arguments: {} })) as any;
  assert.equal(noId.isError, true);
  assert.match(noId.content[0].text, /Invalid arguments.*id/);
  const extra = (await client.callTool({ name: 'get_contacts_by_id', arguments: { id: 'c1', nope: 1 } })) as any;
  assert.equal(extra.isError, true);
  await assert.rejects(client.callTool({ name: 'no_such_tool', arguments: {} }), /Unknown tool/);
});

test('an expired OAuth token is refreshed and the fresh one used by the tool call', async () => {
  const oauth = await createIntegration(server, oauthConfig(upstream.url, 'oauth2', { me: { show: { path: '/me', method: 'get' } } }));
  const expired = { access_token: 'old', refresh_token: 'rt-1', expires_at: new Date(Date.now() - 60_000).toISOString() };
  const oauthAccount = await connect(server, oauth.id, { oauth: { token: expired } });
  tokenRequests = [];
  const client = await clientOf(await newServer(oauthAccount));
  assert.deepEqual(await names(client), ['me_show']);
  const me = (await client.callTool({ name: 'me_show', arguments: {} })) as any;
  assert.equal(tokenRequests.length, 1);
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('grant_type'), 'refresh_token');
  assert.equal(new URLSearchParams(tokenRequests[0].body).get('refresh_token'), 'rt-1');
  assert.deepEqual(me.structuredContent, { auth: 'Bearer at-1' });
  const calls = await call(server, 'GET', `/integrated-account/${oauthAccount}/calls`);
  assert.deepEqual(
    calls.body.result.map((c: any) => `${c.resource}.${c.method}`),
    ['me.show', '_oauth.refresh_token'],
  );
});

test("every tool call that reached the upstream is in the account's call log", async () => {
  const integration = await createIntegration(server, crmConfig(upstream.url));
  const fresh = await connect(server, integration.id, { api_key: 'k-secret-1' });
  const client = await clientOf(await newServer(fresh));
  await client.callTool({ name: 'list_contacts', arguments: {} });
  await client.callTool({ name: 'get_contacts_by_id', arguments: { id: 'c1' } });
  await client.callTool({ name: 'create_contacts', arguments: { body: { name: 'x' } } });
  await client.callTool({ name: 'get_missing_by_id', arguments: { id: 'zz' } });
  const calls = await call(server, 'GET', `/integrated-account/${fresh}/calls`);
  assert.deepEqual(
    calls.body.result.map((c: any) => [c.resource, c.method, c.http_method, c.path, c.status]),
    [
      ['missing', 'get', 'GET', '/missing/zz', 404],
      ['contacts', 'create', 'POST', '/contacts', 201],
      ['contacts', 'get', 'GET', '/contacts/c1', 200],
      ['contacts', 'list', 'GET', '/contacts', 200],
    ],
  );
});

test("a wrong token, no token, another account's server token: 401; a deleted server or account: 401 at once", async () => {
  const mcp = await newServer(account);
  const missing = await rpc(mcp.url, null, listTools);
  assert.equal(missing.status, 401);
  assert.equal(missing.headers.get('www-authenticate'), 'Bearer realm="mcp"');
  assert.deepEqual(((await missing.json()) as any).error.code, -32000);
  const wrong = await rpc(mcp.url, `${mcp.token.slice(0, -2)}xx`, listTools);
  assert.equal(wrong.status, 401);
  await assert.rejects(mcpClient(mcp.url, 'jmcp_wrong'), (error: any) => error.code === 401);

  const other = await connect(server, integrationId, { api_key: 'k-other-2' });
  const theirs = await newServer(other);
  assert.equal((await rpc(mcp.url, theirs.token, listTools)).status, 401);
  assert.equal((await rpc(theirs.url, mcp.token, listTools)).status, 401);
  assert.equal((await rpc(theirs.url, theirs.token, listTools)).status, 200);

  const client = await clientOf(mcp);
  assert.ok((await names(client)).length > 0);
  assert.equal((await admin(base, server.tenant.token, 'DELETE', `/integrated-account/${account}/mcp/${mcp.id}`)).status, 200);
  await assert.rejects(client.listTools(), (error: any) => error.code === 401);
  assert.equal((await rpc(mcp.url, mcp.token, listTools)).status, 401);

  const theirClient = await clientOf(theirs);
  assert.equal((await admin(base, server.tenant.token, 'DELETE', `/integrated-account/${other}`)).status, 200);
  await assert.rejects(theirClient.callTool({ name: 'list_notes', arguments: {} }), (error: any) => error.code === 401);
});

test('GET and DELETE are 405 with Allow: POST (no sessions, no server stream); malformed JSON-RPC is 400', async () => {
  const mcp = await newServer(account);
  for (const method of ['GET', 'DELETE']) {
    const reply = await fetch(mcp.url, { method, headers: { authorization: `Bearer ${mcp.token}`, accept: 'text/event-stream' } });
    assert.equal(reply.status, 405, method);
    assert.equal(reply.headers.get('allow'), 'POST');
    assert.equal(((await reply.json()) as any).jsonrpc, '2.0');
  }
  const notRpc = await rpc(mcp.url, mcp.token, { hello: 'world' });
  assert.equal(notRpc.status, 400);
  assert.equal(((await notRpc.json()) as any).error.code, -32700);
  const broken = await rpc(mcp.url, mcp.token, '{"jsonrpc":');
  assert.equal(broken.status, 400);
  assert.equal(((await broken.json()) as any).jsonrpc, '2.0');
});
