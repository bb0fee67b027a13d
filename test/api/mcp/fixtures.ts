/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */

import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { TestServer } from '../../helpers/server.js';

/** Junction on a real loopback socket: MCP clients speak HTTP, not `inject`. */
export async function listen(server: TestServer): Promise<string> {
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
}

/** An admin request over the socket (so the answered `url` is the one a client would use). */
export async function admin(base: string, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined } as { status: number; body: any };
}

/** The official SDK client over Streamable HTTP, authenticated by the server's token; connecting runs `initialize`. */
export async function mcpClient(url: string, token: string): Promise<Client> {
  const client = new Client({ name: 'junction-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }));
  return client;
}

/** One raw JSON-RPC POST, as a client without the SDK would send it. */
export function rpc(url: string, token: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const listTools = { jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} };
