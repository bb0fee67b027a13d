import { createHmac, timingSafeEqual } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { FlowFields } from '../flows/flow-model.js';
import { requireIntegration } from '../integrations/integration-access.js';
import type { IntegrationFields } from '../integrations/integration-model.js';
import { rowToIntegration } from '../integrations/integration-model.js';
import { INTEGRATION_DEFAULTS } from '../integrations/integration-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { type Bundle, copyBundle, gatherBundle, type Manifest } from './integration-bundle.js';

/** How long a template download link works. */
export const TEMPLATE_URL_TTL_SECONDS = 15 * 60;
const FORMAT = 'junction-integration-template';
const FILES = ['template.json', 'integration.json', 'flows.json', 'exports.json', 'imports.json', 'connections.json'] as const;

const badTemplate = (message: string) => new AppError('unprocessable', message, [{ message, code: 'invalid_template' }]);

/** Reads a template ZIP back into a bundle; anything malformed is a 422 that says what. */
export function readTemplate(zip: Uint8Array): Bundle {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip);
  } catch {
    throw badTemplate('The body is not a ZIP archive.');
  }
  const json: Record<string, unknown> = {};
  for (const name of FILES) {
    if (!files[name]) throw badTemplate(`The template has no ${name}.`);
    try {
      json[name] = JSON.parse(strFromU8(files[name]));
    } catch {
      throw badTemplate(`${name} is not valid JSON.`);
    }
  }
  const manifest = json['template.json'];
  if (!isObject(manifest) || manifest.format !== FORMAT) throw badTemplate(`template.json does not describe a ${FORMAT}.`);
  const integration = json['integration.json'];
  if (
    !isObject(integration) ||
    typeof integration.name !== 'string' ||
    !isObject(integration.attributes) ||
    !isObject(integration.settings)
  ) {
    throw badTemplate('integration.json must hold an integration with a name, attributes and settings.');
  }
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const docs = (name: (typeof FILES)[number]) => {
    const list = json[name];
    const key = name === 'flows.json' ? 'fields' : 'doc';
    if (!Array.isArray(list) || !list.every((i) => isObject(i) && isId(i.id) && isObject(i[key]))) {
      throw badTemplate(`${name} must be an array of {id, ${key}}.`);
    }
    return list as { id: string; doc: JsonObject; fields: FlowFields }[];
  };
  const flows = docs('flows.json').map((f) => ({
    id: f.id,
    fields: {
      ...f.fields,
      description: text(f.fields.description),
      enabled: f.fields.enabled !== false,
      triggers: [],
      nodes: [],
    } as FlowFields,
  }));
  for (const flow of flows) {
    if (typeof flow.fields.name !== 'string' || !isObject(flow.fields.attributes))
      throw badTemplate('Every flow needs a name and attributes.');
  }
  const plain = (name: (typeof FILES)[number]) => docs(name).map((r) => ({ id: r.id, doc: r.doc }));
  const fields: IntegrationFields = {
    ...INTEGRATION_DEFAULTS,
    name: integration.name,
    description: text(integration.description),
    integrationType: text(integration.integrationType),
    category: text(integration.category),
    attributes: integration.attributes,
    settings: integration.settings,
    config: isObject(integration.config) ? integration.config : {},
  };
  return {
    integration: fields,
    flows,
    exports: plain('exports.json'),
    imports: plain('imports.json'),
    connections: plain('connections.json'),
  };
}

export function createTemplateService(ctx: CoreContext, signingKey: Buffer) {
  const sign = (id: string, expires: number) => createHmac('sha256', signingKey).update(`${id}.${expires}`).digest('base64url');

  return {
    /** A link to download the integration as a ZIP; it needs no token and stops working after the TTL. */
    async signedUrl(principal: Principal, id: string, baseUrl: string, ttlSeconds = TEMPLATE_URL_TTL_SECONDS) {
      const row = await requireIntegration(ctx.store.db, principal, id);
      const expires = Math.floor(Date.now() / 1000) + ttlSeconds;
      const query = `Expires=${expires}&Signature=${sign(row.id, expires)}`;
      return { signedURL: `${baseUrl}/v1/templates/${row.id}.zip?${query}`, key: `${row.id}.zip` };
    },

    /** The ZIP behind a signed link; a wrong, expired or tampered link is refused. */
    async download(id: string, expires: string, signature: string): Promise<Uint8Array> {
      const seconds = Number(expires);
      const expected = isId(id) && Number.isSafeInteger(seconds) ? Buffer.from(sign(normalizeId(id), seconds)) : null;
      const given = Buffer.from(signature);
      if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given)) {
        throw new AppError('forbidden', 'The signature of this link is invalid.');
      }
      if (seconds * 1000 < Date.now()) throw new AppError('forbidden', 'This link has expired.');
      const row = await requireIntegration(ctx.store.db, null, id).catch(() => {
        throw notFound('Template');
      });
      const bundle = await gatherBundle(ctx.store.db, rowToIntegration(ctx.encryptionKey, row), ctx.encryptionKey);
      const file = (value: unknown) => strToU8(JSON.stringify(value, null, 2));
      return zipSync({
        'template.json': file({ format: FORMAT, formatVersion: 1, _integrationId: row.id, name: row.name }),
        'integration.json': file(bundle.integration),
        'flows.json': file(bundle.flows),
        'exports.json': file(bundle.exports),
        'imports.json': file(bundle.imports),
        'connections.json': file(bundle.connections),
      });
    },

    /** Installs a template ZIP as a new integration with new connections (offline, no credentials). */
    install(actor: Actor, organizationId: string, zip: Uint8Array): Promise<Manifest> {
      const bundle = readTemplate(zip);
      return transaction(ctx, (trx) =>
        copyBundle(trx, ctx, actor, organizationId, bundle, { name: bundle.integration.name, connectionMap: null }),
      );
    },

    /** Copies an integration with its flows, exports and imports, using the mapped connections. */
    clone(actor: Actor, id: string, options: { name?: string; sandbox?: boolean; tag?: string; connectionMap?: Record<string, string> }) {
      return transaction(ctx, async (trx) => {
        const row = await requireIntegration(trx, actor.principal, id);
        const bundle = await gatherBundle(trx, rowToIntegration(ctx.encryptionKey, row), ctx.encryptionKey);
        const map = Object.fromEntries(Object.entries(options.connectionMap ?? {}).map(([k, v]) => [normalizeId(k), v]));
        const attributes: JsonObject = { _sourceId: row.id };
        if (options.sandbox !== undefined) attributes.sandbox = options.sandbox;
        if (options.tag !== undefined) attributes.tag = options.tag;
        return copyBundle(trx, ctx, actor, row.organization_id, bundle, {
          name: options.name ?? `Clone - ${row.name}`,
          connectionMap: map,
          attributes,
        });
      });
    },
  };
}
