import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Core } from '../../core/index.js';
import type { McpSession } from '../../core/truto/mcp-server-service.js';
import { AppError } from '../../lib/errors.js';
import { isObject } from '../../lib/json.js';

/** A server makes its own Ajv unless given one: one per request would cost more than the tool call. */
const schemaValidator = new AjvJsonSchemaValidator();

/** One HTTP answer of the SDK's transport, to be sent through Fastify (its hooks and headers stay). */
export interface McpAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/** A failure inside a handler: an AppError's message is the caller's to read; anything else is logged and hidden. */
function protocolError(error: unknown, log: FastifyBaseLogger): McpError {
  if (error instanceof McpError) return error;
  if (error instanceof AppError) return new McpError(ErrorCode.InternalError, error.message);
  log.error({ err: error }, 'MCP handler failed');
  return new McpError(ErrorCode.InternalError, 'An internal error occurred');
}

/** The SDK's low-level server: the tools are JSON Schema generated from a config, which McpServer (zod) cannot take as is. */
function serverFor(core: Core, session: McpSession, resultChars: number, log: FastifyBaseLogger): Server {
  const server = new Server(
    { name: 'junction', title: session.server.name, version: '0.1.0' },
    {
      capabilities: { tools: { listChanged: false } },
      jsonSchemaValidator: schemaValidator,
      instructions:
        `Tools of one connected ${session.account.name} account: each calls one method of its API. ` +
        'List tools are paged: pass the next_cursor of a result back as next_cursor to continue.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, async () => {
    try {
      const tools = await core.mcpServers.tools(session);
      return {
        tools: tools.map((t) => ({
          name: t.name,
          title: t.title,
          description: t.description,
          inputSchema: t.inputSchema as { type: 'object' },
          annotations: t.annotations,
          _meta: { 'junction/resource': t.resource, 'junction/method': t.method, 'junction/tags': t.tags },
        })),
      };
    } catch (error) {
      throw protocolError(error, log);
    }
  });
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    let result: Awaited<ReturnType<Core['mcpServers']['callTool']>>;
    try {
      const args = isObject(request.params.arguments) ? request.params.arguments : {};
      result = await core.mcpServers.callTool(session, request.params.name, args, { resultChars });
    } catch (error) {
      throw protocolError(error, log);
    }
    if (!result) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    return result;
  });
  return server;
}

function webRequestOf(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // Only the path is the client's; the origin is a placeholder the SDK merely records.
  return new Request(new URL(request.url, 'http://localhost'), { method: request.method, headers });
}

/**
 * One JSON-RPC message (or batch) in, its answer out: a fresh server and stateless transport per request
 * (no session id), plain JSON answers rather than an SSE stream, so any node can answer any request.
 */
export async function answerMcp(core: Core, session: McpSession, request: FastifyRequest, resultChars: number): Promise<McpAnswer> {
  const server = serverFor(core, session, resultChars, request.log);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  try {
    await server.connect(transport);
    const response = await transport.handleRequest(webRequestOf(request), { parsedBody: request.body });
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => {
      headers.push([name, value]);
    });
    return { status: response.status, headers, body: await response.text() };
  } finally {
    await server.close();
  }
}
