import { AppError, notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { isObject, type JsonObject, readPath } from '../../lib/json.js';
import { type InboundAnswer, type InboundRequest, parseInboundBody } from '../../runtime/events/inbound-request.js';
import { type HmacAlgorithm, type InboundCheck, passes } from '../../runtime/events/verify.js';
import { render } from '../../runtime/flows/templates.js';
import { flowsUsingResource } from '../../store/repositories/integration-flows.js';
import { findResource } from '../../store/repositories/resources.js';
import type { CoreContext } from '../shared/context.js';
import { openJson } from '../shared/sealed-json.js';
import type { JobService } from './job-service.js';

export type { InboundAnswer, InboundRequest };

const refused = (message: string) => new AppError('unauthorized', message);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** `hub.challenge=1` → `{hub: {challenge: '1'}}`, so a template reads `{{hub.challenge}}`. */
function nested(query: Record<string, string>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(query)) {
    const steps = key.split('.');
    if (steps.some((s) => s === '__proto__' || s === 'constructor' || s === 'prototype')) continue;
    let node = out;
    for (const step of steps.slice(0, -1)) {
      if (!isObject(node[step])) node[step] = {};
      node = node[step] as JsonObject;
    }
    node[steps[steps.length - 1]] = value;
  }
  return out;
}

/** The listener's `webhook.verify` as the shared inbound check; a listener with none configured takes nothing. */
function checkOf(webhook: JsonObject, request: InboundRequest, body: unknown): InboundCheck | null {
  switch (str(webhook.verify)) {
    case 'token': {
      const location = str(webhook.tokenLocation) || 'header';
      const path = str(webhook.path);
      const given =
        location === 'body'
          ? readPath(body, path)
          : location === 'queryParam'
            ? request.query[path || 'token']
            : request.headers[(str(webhook.tokenHeaderName) || 'x-webhook-token').toLowerCase()]?.replace(/^Bearer\s+/i, '');
      return { kind: 'token', given, expected: str(webhook.token) };
    }
    case 'hmac':
      return {
        kind: 'hmac',
        algorithm: str(webhook.algorithm) as HmacAlgorithm,
        key: str(webhook.key),
        signed: request.raw,
        signature: request.headers[str(webhook.header).toLowerCase()],
        encoding: webhook.encoding === 'base64' ? 'base64' : 'hex',
      };
    case 'basic':
      return {
        kind: 'basic',
        authorization: request.headers.authorization,
        username: str(webhook.username),
        password: str(webhook.password),
      };
    case 'secret_url':
      return { kind: 'token', given: request.secret, expected: str(webhook.token) };
    default:
      return null;
  }
}

async function verify(webhook: JsonObject, request: InboundRequest, body: unknown) {
  const kind = str(webhook.verify);
  const check = checkOf(webhook, request, body);
  if (!check || !(await passes(check)))
    throw refused(kind ? `The request did not pass the listener's ${kind} verification.` : 'The listener has no verification configured.');
}

function recordsOf(webhook: JsonObject, doc: JsonObject, body: unknown): JsonObject[] {
  const path = str(doc.pathToRecords) || str(webhook.pathToRecords);
  const value = path ? readPath(body, path) : body;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((r) => (isObject(r) ? r : { value: r }));
}

/** integrator.io webhook listener exports: verified requests become flow runs over their records. */
export function createWebhookService(ctx: CoreContext, jobs: JobService) {
  return {
    async receive(exportId: string, request: InboundRequest): Promise<InboundAnswer> {
      const row = isId(exportId) ? await findResource(ctx.store.db, 'export', normalizeId(exportId)) : undefined;
      const doc = row ? openJson(ctx.encryptionKey, row.attributes, row.secrets) : null;
      if (!row || !doc || doc.adaptorType !== 'WebhookExport') throw notFound('Webhook listener');
      const webhook = isObject(doc.webhook) ? doc.webhook : {};
      const body = parseInboundBody(request);
      const challenge = str(webhook.challengeSuccessBody);
      const asks =
        request.method === 'GET' || request.query['hub.challenge'] !== undefined || (isObject(body) && body.challenge !== undefined);
      if (challenge && asks) {
        // A GET challenge (hub.challenge) carries no signature; a POSTed one (a signed url_verification) is verified.
        if (request.method === 'POST' || webhook.verify === 'secret_url') await verify(webhook, request, body);
        const context = { ...nested(request.query), ...(isObject(body) ? body : {}), query: request.query, body, headers: request.headers };
        const status = Number.isInteger(webhook.challengeSuccessStatusCode) ? (webhook.challengeSuccessStatusCode as number) : 200;
        return { status, body: render(challenge, context, 'webhook.challengeSuccessBody') };
      }
      if (request.method === 'GET') throw new AppError('not_found', 'The listener takes records by POST.');
      await verify(webhook, request, body);
      const records = recordsOf(webhook, doc, body);
      if (records.length > 0) {
        for (const flowId of await flowsUsingResource(ctx.store.db, row.id)) {
          await jobs
            .runBySystem(row.organization_id, flowId, {
              _exportIds: [row.id],
              records: { exportId: row.id, items: records },
              trigger: 'webhook',
            })
            .catch(() => null);
        }
      }
      const status = Number.isInteger(webhook.successStatusCode) ? (webhook.successStatusCode as number) : 204;
      return { status, body: status === 204 ? undefined : webhook.successBody };
    },
  };
}
