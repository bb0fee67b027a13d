import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { McpLimits } from '../../config.js';
import type { Core } from '../../core/index.js';
import { AppError } from '../../lib/errors.js';
import { useErrorEncoder } from '../common/errors.js';

export const isMcpPath = (url: string) => url === '/mcp' || url.startsWith('/mcp/') || url.startsWith('/mcp?');

/** Errors outside any JSON-RPC request (auth, size, rate): a JSON-RPC error without an id, as the SDK's transport words them. */
export function mcpError(error: AppError) {
  const code = error.code === 'bad_request' || error.code === 'validation' ? -32600 : -32000;
  return { jsonrpc: '2.0', error: { code, message: error.message }, id: null };
}

const Params = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

/**
 * `POST /mcp/{id}`: an MCP server of a connected account over Streamable HTTP, stateless, authenticated
 * by the server's own token. GET (a server-to-client stream) and DELETE (ending a session) have nothing
 * to serve without sessions: 405, as the transport's specification allows.
 */
export async function mcpApi(app: FastifyInstance, { core, limits }: { core: Core; limits: McpLimits }) {
  await app.register(
    async (scope) => {
      useErrorEncoder(scope, mcpError);
      scope.addHook('onSend', async (_request, reply) => {
        if (reply.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="mcp"');
      });
      scope.post(
        '/:id',
        {
          bodyLimit: limits.bodyLimit,
          schema: { hide: true, params: Params },
          config: {
            rateLimit: {
              max: limits.burst,
              timeWindow: Math.ceil((limits.burst / limits.perSecond) * 1000),
              // One budget per server, whoever (or whatever token) asks.
              keyGenerator: (request) => `mcp:${String((request.params as { id?: string }).id ?? '').toLowerCase()}`,
            },
          },
        },
        async (request, reply) => {
          const { id } = request.params as { id: string };
          const session = await core.mcpServers.authenticate(id, request.headers.authorization);
          // The MCP SDK (and zod) load with the first MCP call, not at start-up.
          const { answerMcp } = await import('./mcp-protocol.js');
          const answer = await answerMcp(core, session, request, limits.resultChars);
          reply.status(answer.status);
          for (const [name, value] of answer.headers) reply.header(name, value);
          return reply.send(answer.body === '' ? undefined : answer.body);
        },
      );
      for (const method of ['GET', 'DELETE'] as const) {
        scope.route({
          method,
          url: '/:id',
          schema: { hide: true, params: Params },
          handler: async (_request, reply) => {
            reply.header('allow', 'POST');
            throw new AppError('method_not_allowed', 'This MCP server is stateless: send each JSON-RPC message with POST');
          },
        });
      }
    },
    { prefix: '/mcp' },
  );
}
