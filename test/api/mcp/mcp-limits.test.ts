/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { json, startUpstream, type Upstream } from '../../helpers/upstream.js';
import { connect, createIntegration } from '../proxy/fixtures.js';
import { admin, listen, listTools, mcpClient, rpc } from './fixtures.js';

let server: TestServer;
let upstream: Upstream;
let base: string;
let account: string;
const clients: Client[] = [];
const RECORDS = Array.from({ length: 30 }, (_, i) => ({ id: `r${i}`, text: 'x'.repeat(150) }));

before(async () => {
  server = await startTestServer({ mcp: { bodyLimit: 4_096, resultChars: 2_000 } });
  upstream = await startUpstream((request, response) => {
    if (request.url.pathname === '/bulk') return json(response, 200, RECORDS);
    if (request.url.pathname === '/big') return json(response, 200, { blob: 'y'.repeat(5_000) });
    return json(response, 404, {});
  });
  base = await listen(server);
  const integration = await createIntegration(server, {
    base_url: upstream.url,
    resources: { bulk: { list: { path: '/bulk' } }, big: { get: { path: '/big' } } },
  });
  account = await connect(server, integration.id, {});
});
after(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await upstream.close();
  await server.close();
});

async function newServer() {
  const created = await admin(base, server.tenant.token, 'POST', `/integrated-account/${account}/mcp`, { name: 'limits' });
  assert.equal(created.status, 201);
  return created.body as { id: string; url: string; token: string };
}

test('a list page over the result cap is cut and continued by next_cursor: every record exactly once, every result within the cap', async () => {
  const mcp = await newServer();
  const client = await mcpClient(mcp.url, mcp.token);
  clients.push(client);
  const seen: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const result = (await client.callTool({ name: 'list_bulk', arguments: cursor ? { next_cursor: cursor } : {} })) as any;
    assert.ok(result.content[0].text.length <= 2_000, `page ${pages} is ${result.content[0].text.length} characters`);
    seen.push(...result.structuredContent.result.map((r: any) => r.id));
    cursor = result.structuredContent.next_cursor;
    pages++;
  } while (cursor && pages < 50);
  assert.deepEqual(
    seen,
    RECORDS.map((r) => r.id),
  );
  assert.ok(pages >= 3, `pages: ${pages}`);

  const big = (await client.callTool({ name: 'get_big_by_id', arguments: { id: '1' } })) as any;
  assert.equal(big.isError, undefined);
  assert.equal(big.structuredContent, undefined);
  assert.ok(big.content[0].text.length <= 2_000);
  assert.match(big.content[0].text, /\[cut: the result is \d+ characters/);
});

test('a request body over MCP_BODY_LIMIT is 413 as a JSON-RPC error', async () => {
  const mcp = await newServer();
  const reply = await rpc(mcp.url, mcp.token, { ...listTools, params: { _meta: { pad: 'z'.repeat(5_000) } } });
  assert.equal(reply.status, 413);
  const body = (await reply.json()) as any;
  assert.equal(body.jsonrpc, '2.0');
  assert.equal(body.error.code, -32000);
});

test('another node answers any server (stateless); each server has its own request budget there, whatever token is sent', async () => {
  const node = await startTestServer({ sameStoreAs: server, mcp: { burst: 4, perSecond: 1 } });
  const nodeBase = await listen(node);
  after(() => node.close());
  const [one, two] = [await newServer(), await newServer()];
  const at = (mcp: { id: string }) => `${nodeBase}/mcp/${mcp.id}`;
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await rpc(at(one), i === 4 ? 'jmcp_wrong' : one.token, listTools)).status);
  assert.deepEqual(statuses.slice(0, 4), [200, 200, 200, 200]);
  assert.equal(statuses[4], 429);
  const refused = await rpc(at(one), one.token, listTools);
  assert.equal(refused.status, 429);
  assert.ok(Number(refused.headers.get('retry-after')) >= 1);
  assert.equal(((await refused.json()) as any).jsonrpc, '2.0');
  assert.equal((await rpc(at(two), two.token, listTools)).status, 200);
  // The first node keeps its own budget (REDIS_URL would share one).
  assert.equal((await rpc(one.url, one.token, listTools)).status, 200);
});
