import type { FastifyInstance } from 'fastify';
import type { Core } from '../../core/index.js';
import type { AppError, ErrorCode, ErrorDetail } from '../../lib/errors.js';
import { AppError as CoreError } from '../../lib/errors.js';
import { useTokenAuth } from '../common/auth.js';
import { useErrorEncoder } from '../common/errors.js';
import { addFileUploadParser, ZIP_UPLOAD_TYPES } from '../common/multipart.js';
import { type SchemaIssue, schemaProblems } from '../common/schema-errors.js';
import { accountRoutes } from './account.js';
import { integrationLinkRoutes } from './integration-links.js';
import { integrationRoutes } from './integrations.js';
import { jobRoutes } from './jobs.js';
import { patchRoutes } from './patches.js';
import { resourceRoutes } from './resources.js';
import { revisionRoutes } from './revisions.js';
import { CeligoError } from './schemas.js';
import { shareRoutes } from './shares.js';
import { webhookRoutes } from './webhooks.js';

const CODES: Record<ErrorCode, string> = {
  bad_request: 'bad_request',
  validation: 'invalid_field',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'invalid_ref',
  method_not_allowed: 'method_not_allowed',
  conflict: 'conflict',
  precondition_failed: 'precondition_failed',
  payload_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',
  rate_limited: 'rate_limited',
  unavailable: 'service_unavailable',
  internal: 'unexpected_error',
  unprocessable: 'invalid_field',
  uri_too_long: 'uri_too_long',
  upstream_error: 'bad_gateway',
  egress_refused: 'egress_refused',
  upstream_timeout: 'gateway_timeout',
};

/** integrator.io's error body: always `{errors: [{code, message, field?}]}`. */
export function celigoError(error: AppError) {
  const details = error.details ?? [];
  if (details.length === 0) return { errors: [{ code: CODES[error.code], message: error.message }] };
  return {
    errors: details.map((d) => ({ code: d.code ?? CODES[error.code], message: d.message, ...(d.path ? { field: d.path } : {}) })),
  };
}

/** Schema failures in integrator.io's terms: a bad id is `invalid_ref`, a bad query `invalid_query_params`. */
function schemaError(issues: SchemaIssue[], context: string): AppError {
  if (context === 'params') {
    const field = issues[0]?.instancePath.replace(/^\//, '') ?? '';
    return new CoreError('bad_request', 'Please provide a valid _id.', [
      { path: field, message: 'Please provide a valid _id.', code: 'invalid_ref' },
    ]);
  }
  const details: ErrorDetail[] = schemaProblems(issues, context).map((p) => ({
    path: p.field || context,
    message: `${p.message}.`,
    code: context === 'querystring' ? 'invalid_query_params' : p.code,
  }));
  return new CoreError(context === 'querystring' ? 'bad_request' : 'validation', details.map((d) => d.message).join(' '), details);
}

const TEMPLATE_INSTALL = '/v1/integrations/template';

/** The integrator.io REST surface, mounted under /v1. */
export async function celigoApi(app: FastifyInstance, { core }: { core: Core }) {
  app.addSchema(CeligoError);
  useErrorEncoder(app, celigoError);
  app.setSchemaErrorFormatter((issues, context) => schemaError(issues as SchemaIssue[], context));
  // Template archives are posted as they are downloaded.
  app.addContentTypeParser(['application/zip', 'application/octet-stream'], { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );
  // …or from a form (`curl -F file=@template.zip`).
  addFileUploadParser(app, app.initialConfig.bodyLimit ?? 1024 * 1024);
  // Any other type is refused with the types that work there.
  app.addContentTypeParser('*', (request, _payload, done) => {
    const type = String(request.headers['content-type'] ?? '').split(';')[0];
    const accepted = request.routeOptions.url === TEMPLATE_INSTALL ? ZIP_UPLOAD_TYPES : 'application/json';
    done(new CoreError('unsupported_media_type', `Content-Type ${type || '(none)'} is not accepted here; send ${accepted}`));
  });
  useTokenAuth(app, core);
  // integrator.io clients POST some calls (clone, revisions, steps) with no body at all: that is `{}`.
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.body === undefined && (request.method === 'POST' || request.method === 'PUT')) request.body = {};
    done();
  });
  await app.register(integrationRoutes, { core });
  await app.register(integrationLinkRoutes, { core });
  await app.register(revisionRoutes, { core });
  await app.register(resourceRoutes, { core });
  await app.register(shareRoutes, { core });
  await app.register(accountRoutes, { core });
  await app.register(jobRoutes, { core });
  await app.register(patchRoutes, { core });
  await app.register(webhookRoutes, { core });
}
