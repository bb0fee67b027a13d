import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Core } from '../../core/index.js';
import { principalOf } from '../common/auth.js';
import { typed } from '../common/typed.js';
import { toCeligoAudit } from './codec.js';
import { pageOf, pagingQuery, sendPage } from './paging.js';
import { errorResponses, IdParams } from './schemas.js';

const Time = Type.String({ format: 'date-time', maxLength: 40 });
const AuditQuery = Type.Object({ ...pagingQuery, from: Type.Optional(Time), to: Type.Optional(Time) }, { additionalProperties: false });
const AuditEntry = Type.Object({
  _id: Type.String(),
  resourceType: Type.String(),
  _resourceId: Type.String(),
  event: Type.String(),
  source: Type.String(),
  surface: Type.String(),
  time: Type.String(),
  _byUserId: Type.Optional(Type.String()),
  fieldChanges: Type.Array(Type.Object({ fieldPath: Type.String(), oldValue: Type.Unknown(), newValue: Type.Unknown() })),
});
const TokenInfo = Type.Object({ _userId: Type.String(), scope: Type.String() });
const TemplateParams = Type.Object({ file: Type.String({ pattern: '^[A-Fa-f\\d]{24}\\.zip$' }) });
const TemplateQuery = Type.Object({ Expires: Type.String({ maxLength: 20 }), Signature: Type.String({ maxLength: 100 }) });

/** `from`/`to` as stored times (ISO-8601 UTC with milliseconds), so they compare as text. */
const iso = (value?: string) => (value === undefined ? undefined : new Date(value).toISOString());

export async function accountRoutes(fastify: FastifyInstance, { core }: { core: Core }) {
  const app = typed(fastify);
  const tags = ['integrator.io: account'];

  app.get(
    '/audit',
    {
      config: { action: 'audit.get' },
      schema: {
        tags,
        summary: 'Audit log of the account',
        querystring: AuditQuery,
        response: { 200: Type.Array(AuditEntry), ...errorResponses },
      },
    },
    async (request, reply) => {
      const page = pageOf(request.query, true);
      const range = { from: iso(request.query.from), to: iso(request.query.to) };
      return sendPage(request, reply, page, await core.integrationLinks.audit(principalOf(request), null, range, page), toCeligoAudit);
    },
  );

  app.get(
    '/integrations/:_id/audit',
    {
      config: { action: 'audit.get' },
      schema: {
        tags: ['integrator.io: integrations'],
        summary: 'Get a log for a specific integration (and what it owns)',
        params: IdParams,
        querystring: AuditQuery,
        response: { 200: Type.Array(AuditEntry), ...errorResponses },
      },
    },
    async (request, reply) => {
      const page = pageOf(request.query, true);
      const range = { from: iso(request.query.from), to: iso(request.query.to) };
      const result = await core.integrationLinks.audit(principalOf(request), request.params._id, range, page);
      return sendPage(request, reply, page, result, toCeligoAudit);
    },
  );

  // Any valid token may ask about itself, so this route names no action and authenticates here.
  app.get(
    '/tokenInfo',
    { schema: { tags, summary: 'The calling token', response: { 200: TokenInfo, ...errorResponses } } },
    async (request) => {
      const principal = await core.auth.authenticate(request.headers.authorization);
      const full = principal.scopes.includes('all.Organization') && !principal.applicationId;
      return { _userId: principal.tokenId, scope: full ? '*' : principal.scopes.join(' ') };
    },
  );

  // The signed link of GET /integrations/{_id}/template: the signature stands in for a token.
  app.get(
    '/templates/:file',
    {
      schema: {
        tags,
        summary: 'Download a template ZIP through a signed link',
        params: TemplateParams,
        querystring: TemplateQuery,
        response: { 200: { content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } }, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = request.params.file.slice(0, 24);
      const zip = await core.templates.download(id, request.query.Expires, request.query.Signature);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${id.toLowerCase()}.zip"`)
        .send(Buffer.from(zip));
    },
  );
}
