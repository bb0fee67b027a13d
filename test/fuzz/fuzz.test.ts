import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import type { CataloguedRoute } from '../../src/app.js';
import { bearer, startTestServer, type TestServer } from '../helpers/server.js';
import { deeplyNested, hostileString, validValue, wrongValue } from './arbitraries.js';
import { errorShapeProblem, surfaceOf } from './surfaces.js';

// ajv-formats is CommonJS: its function is the default export's `default`.
const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv) => void };

const TOTAL_REQUESTS = 20_000;
const SEED = 20261124;
const MISSING_ID = '5f00000000000000000000ff';

type Schema = Record<string, unknown>;
interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  kind: string;
}

let server: TestServer;
const idsByParam = new Map<string, string[]>();

before(async () => {
  server = await startTestServer();
  const system = { principal: null, source: 'system' as const };
  const apps = [server.tenant.applicationId];
  for (let i = 0; i < 3; i++)
    apps.push((await server.core.applications.create(system, server.tenant.organizationId, { name: `fuzz ${i}` })).id);
  const integrations: string[] = [];
  const flows: string[] = [];
  const tokens: string[] = [];
  for (const app of apps) {
    for (let i = 0; i < 3; i++) {
      const created = await server.core.integrations.create(
        system,
        { organizationId: server.tenant.organizationId, applicationId: app },
        {
          name: `fuzz ${i}`,
          description: null,
          integrationType: 'mqtt',
          category: null,
          enabled: true,
          sharing: 'deny',
          isBeta: false,
          attributes: { topics: ['t'], mqttConfig: { host: 'h', port: 1883, protocol: 'mqtt', password: 'fuzz-secret' } },
          config: {},
          settings: {},
        },
      );
      integrations.push(created.id);
      flows.push(
        (
          await server.core.flows.create(system, app, {
            name: 'f',
            description: null,
            enabled: true,
            triggers: [{ type: 'integration', key: created.id }],
            nodes: [],
            attributes: {},
            integrationId: null,
          })
        ).id,
      );
    }
    tokens.push((await server.core.tokens.createForApplication(system, app, { name: 'fuzz', scopes: ['all.Application'] })).id);
  }
  idsByParam.set('applicationId', apps);
  idsByParam.set('integrationId', integrations);
  idsByParam.set('flowId', flows);
  idsByParam.set('apiTokenId', tokens);
});
after(() => server.close());

function paramValue(name: string): fc.Arbitrary<string> {
  const known = idsByParam.get(name) ?? idsByParam.get('integrationId') ?? [];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom(...known).map((id) => id.toUpperCase()) },
    { weight: 1, arbitrary: fc.constant(MISSING_ID) },
    { weight: 2, arbitrary: hostileString.map((s) => encodeURIComponent(Buffer.from(s.slice(0, 300)).toString())) },
    { weight: 1, arbitrary: fc.constantFrom('%ff%fe', '%00', '..%2f..', '%2e%2e', '%') },
  );
}

function queryArbitrary(schema: Schema | undefined): fc.Arbitrary<string> {
  const properties = (schema?.properties as Record<string, Schema>) ?? {};
  const entries = Object.entries(properties).map(
    ([k, v]) => [k, fc.oneof({ weight: 3, arbitrary: validValue(v) }, { weight: 1, arbitrary: hostileString })] as const,
  );
  const known = entries.length > 0 ? fc.record(Object.fromEntries(entries), { requiredKeys: [] }) : fc.constant({});
  return fc.tuple(known, fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), hostileString, { maxKeys: 2 })).map(([a, b]) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...b, ...a })) params.append(k, typeof v === 'string' ? v.slice(0, 5000) : JSON.stringify(v));
    const text = params.toString();
    return text ? `?${text}` : '';
  });
}

function bodyArbitrary(schema: Schema | undefined): fc.Arbitrary<{ payload?: string | Buffer; contentType?: string; kind: string }> {
  const valid = schema ? validValue(schema) : fc.constant({});
  const json = (kind: string) => (v: unknown) => ({ payload: JSON.stringify(v), contentType: 'application/json', kind });
  const required = ((schema?.required as string[]) ?? []).slice();
  return fc.oneof(
    { weight: 5, arbitrary: valid.map(json('valid')) },
    {
      weight: 2,
      arbitrary: valid.chain((v) =>
        required.length && typeof v === 'object' && v
          ? fc.constantFrom(...required).map((k) => {
              const copy = { ...(v as Record<string, unknown>) };
              delete copy[k];
              return json('missing field')(copy);
            })
          : fc.constant(json('missing field')(v)),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.string({ minLength: 1, maxLength: 12 }), wrongValue)
        .map(([v, k, x]) => json('extra field')({ ...(v as object), [k]: x })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(valid, wrongValue).map(([v, x]) => {
        const keys = typeof v === 'object' && v ? Object.keys(v) : [];
        return json('wrong type')(keys.length ? { ...(v as object), [keys[0]]: x } : x);
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(100, 1000, 3000).map((d) => json('deep nesting')(deeplyNested(d))) },
    { weight: 1, arbitrary: fc.constant(json('100,000 items')({ items: Array.from({ length: 100_000 }, (_, i) => i) })) },
    { weight: 1, arbitrary: fc.constant(json('huge array body')(Array.from({ length: 100_000 }, () => 'x'))) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('{', '{"a":', 'nul', '[1,]', '{"a":1}}', '\u0000')
        .map((p) => ({ payload: p, contentType: 'application/json', kind: 'invalid JSON' })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        payload: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
        contentType: 'application/json',
        kind: 'invalid UTF-8',
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        payload: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},"name":"p"}',
        contentType: 'application/json',
        kind: '__proto__ keys',
      }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml')
        .map((t) => ({ payload: 'name=x', contentType: t, kind: 'wrong content type' })),
    },
    {
      weight: 1,
      arbitrary: fc.constant({
        payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
        contentType: 'application/json',
        kind: 'over the body limit',
      }),
    },
  );
}

function requestsFor(route: CataloguedRoute, count: number): FuzzRequest[] {
  const schema = (route.schema ?? {}) as Schema;
  const params = [...route.url.matchAll(/:([A-Za-z_]+)/g)].map((m) => m[1]);
  const pathArb = params.length ? fc.tuple(...params.map(paramValue)) : fc.constant([] as string[]);
  const hasBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method);
  const arb = fc.record({
    path: pathArb,
    query: queryArbitrary(schema.querystring as Schema | undefined),
    body: hasBody
      ? bodyArbitrary(schema.body as Schema | undefined)
      : fc.constant({ kind: 'no body' } as { payload?: string | Buffer; contentType?: string; kind: string }),
  });
  return fc.sample(arb, { numRuns: count, seed: SEED }).map(({ path, query, body }) => {
    let i = 0;
    const url = route.url.replace(/:([A-Za-z_]+)/g, () => (path as string[])[i++]) + query;
    return {
      method: route.method,
      url,
      headers: { ...bearer(server.tenant.token), ...(body.contentType ? { 'content-type': body.contentType } : {}) },
      payload: body.payload,
      kind: body.kind,
    };
  });
}

async function auditCount(): Promise<number> {
  const row = await server.core.store.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

test(`fuzz: ${TOTAL_REQUESTS} generated requests over every route: no 5xx, errors in the surface's shape, 2xx bodies match the declared schema, refused requests change nothing`, async (t) => {
  const ajv = new Ajv({ strict: false, allErrors: false, addUsedSchema: false });
  addFormats.default(ajv);
  const routes = server.app.routeCatalogue.filter((r) => r.action || r.url === '/health');
  const perRoute = Math.ceil(TOTAL_REQUESTS / routes.length);
  const problems: string[] = [];
  const byStatus = new Map<number, number>();
  let sent = 0;
  // Every write is audited, so the audit count tells whether a request changed the store.
  let audited = await auditCount();
  for (const route of routes) {
    const responses = ((route.schema ?? {}) as Schema).response as Record<string, Schema> | undefined;
    const validators = new Map<number, ReturnType<typeof ajv.compile>>();
    for (const [code, schema] of Object.entries(responses ?? {})) {
      if (code.startsWith('2')) validators.set(Number(code), ajv.compile(schema));
    }
    for (const request of requestsFor(route, perRoute)) {
      const reply = await server.app.inject({
        method: request.method as 'GET',
        url: request.url,
        headers: request.headers,
        payload: request.payload,
      });
      sent++;
      byStatus.set(reply.statusCode, (byStatus.get(reply.statusCode) ?? 0) + 1);
      const where = `${request.method} ${route.url} [${request.kind}] ${request.url.slice(0, 120)} → ${reply.statusCode}`;
      if (reply.statusCode >= 500) {
        problems.push(`${where}: ${reply.body.slice(0, 200)}`);
        continue;
      }
      if (reply.statusCode >= 400) {
        let body: unknown;
        try {
          body = reply.json();
        } catch {
          body = reply.body;
        }
        const shape = errorShapeProblem(surfaceOf(request.url), reply.statusCode, body);
        if (shape) problems.push(`${where}: ${shape}`);
        if (/\bat .+:\d+:\d+|select |insert into|sqlite|postgres/i.test(reply.body))
          problems.push(`${where}: leaks internals: ${reply.body.slice(0, 200)}`);
        const after = await auditCount();
        if (after !== audited) problems.push(`${where}: a refused request changed the store`);
        audited = after;
        continue;
      }
      audited = await auditCount();
      // A dot segment (`%2e%2e`) sends the request to another route (`/` answers its links): not this route's body.
      if (new URL(request.url, 'http://localhost').pathname !== request.url.split('?')[0]) continue;
      const validate = validators.get(reply.statusCode);
      if (!validate) {
        if (reply.statusCode !== 204) problems.push(`${where}: status not declared by the route`);
      } else if (!validate(reply.json())) {
        problems.push(`${where}: body does not match the declared schema: ${ajv.errorsText(validate.errors)}`);
      }
    }
  }
  t.diagnostic(
    `fuzz: ${sent} requests across ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries([...byStatus].sort()))}; 5xx: ${[...byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0)}`,
  );
  assert.ok(sent >= TOTAL_REQUESTS);
  assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype pollution');
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined, 'no prototype pollution');
});
