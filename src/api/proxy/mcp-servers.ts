import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Core } from '../../core/index.js';
import type { McpServer } from '../../core/truto/mcp-server-model.js';
import { actorOf, principalOf } from '../common/auth.js';
import { PAGE_LIMITS } from '../common/page-limits.js';
import { typed } from '../common/typed.js';
import {
  CallListQuery,
  errorResponses,
  IdParams,
  McpIdParams,
  McpList,
  McpParams,
  McpPatch,
  McpPost,
  McpServerCreated,
  McpServerView,
} from './schemas.js';

/** The server's endpoint as this request reached Junction (TRUST_PROXY decides whose forwarded host counts). */
const urlOf = (request: FastifyRequest, id: string) => `${request.protocol}://${request.host}/mcp/${id}`;

function toView(request: FastifyRequest, server: McpServer): Static<typeof McpServerView> {
  return {
    id: server.id,
    name: server.name,
    integrated_account_id: server.integratedAccountId,
    url: urlOf(request, server.id),
    config: server.config,
    created_at: server.createdAt,
    updated_at: server.updatedAt,
  };
}

/** Truto's `/integrated-account/{integrated_account_id}/mcp`: the MCP servers of one account. */
export async function mcpServerRoutes(fastify: FastifyInstance, core: Core) {
  const app = typed(fastify);
  const tags = ['truto: mcp servers'];

  app.post(
    '/:integrated_account_id/mcp',
    {
      config: { action: 'mcpServers.post' },
      schema: {
        tags,
        summary: 'Create an MCP server for the account: its token is in this answer only',
        params: McpParams,
        body: McpPost,
        response: { 201: McpServerCreated, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, ...server } = await core.mcpServers.create(actorOf(request, 'truto'), request.params.integrated_account_id, {
        name: request.body.name,
        config: request.body.config ?? {},
      });
      return reply.status(201).send({ ...toView(request, server), token });
    },
  );

  app.get(
    '/:integrated_account_id/mcp',
    {
      config: { action: 'mcpServers.get' },
      schema: {
        tags,
        summary: "The account's MCP servers, oldest first",
        params: McpParams,
        querystring: CallListQuery,
        response: { 200: McpList, ...errorResponses },
      },
    },
    async (request) => {
      const limit = Number(request.query.limit ?? PAGE_LIMITS.default);
      const afterId = request.query.next_cursor ? Buffer.from(request.query.next_cursor, 'base64url').toString('utf8') : null;
      const page = await core.mcpServers.list(principalOf(request), request.params.integrated_account_id, { afterId, limit });
      return {
        result: page.items.map((s) => toView(request, s)),
        next_cursor: page.nextAfterId ? Buffer.from(page.nextAfterId).toString('base64url') : null,
        limit,
      };
    },
  );

  app.get(
    '/:integrated_account_id/mcp/:id',
    {
      config: { action: 'mcpServer.get' },
      schema: {
        tags,
        summary: 'One MCP server (without its token)',
        params: McpIdParams,
        response: { 200: McpServerView, ...errorResponses },
      },
    },
    async (request) =>
      toView(request, await core.mcpServers.get(principalOf(request), request.params.integrated_account_id, request.params.id)),
  );

  app.patch(
    '/:integrated_account_id/mcp/:id',
    {
      config: { action: 'mcpServer.patch' },
      schema: {
        tags,
        summary: 'Rename an MCP server or replace its config; the token stays',
        params: McpIdParams,
        body: McpPatch,
        response: { 200: McpServerView, ...errorResponses },
      },
    },
    async (request) =>
      toView(
        request,
        await core.mcpServers.patch(actorOf(request, 'truto'), request.params.integrated_account_id, request.params.id, request.body),
      ),
  );

  app.delete(
    '/:integrated_account_id/mcp/:id',
    {
      config: { action: 'mcpServer.delete' },
      schema: {
        tags,
        summary: 'Delete an MCP server: its token stops working at once',
        params: McpIdParams,
        response: { 200: IdParams, ...errorResponses },
      },
    },
    async (request) => {
      await core.mcpServers.delete(actorOf(request, 'truto'), request.params.integrated_account_id, request.params.id);
      return { id: request.params.id.toLowerCase() };
    },
  );
}
