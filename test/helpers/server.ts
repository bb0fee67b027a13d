/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { MetricsMode } from '../../src/api/common/metrics.js';
import { buildApp } from '../../src/app.js';
import type { McpLimits } from '../../src/config.js';
import { type Core, createCore, type RuntimeOptions } from '../../src/core/index.js';
import type { Tenant } from '../../src/core/tenancy/setup-service.js';
import { createPrometheusMetrics } from '../../src/lib/prometheus.js';
import { openStore, type Store } from '../../src/store/database.js';
import { egressAllowing } from './egress.js';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface TestServer {
  app: FastifyInstance;
  core: Core;
  /** The `default` organization with an all.Organization token. */
  tenant: Tenant;
  dialect: 'sqlite' | 'postgres';
  dataDir: string;
  pgSchema: string | undefined;
  /** Issues an application token with exactly these scopes. */
  token(scopes: string[], applicationId?: string, extra?: { expiresAt?: string; status?: 'active' | 'inactive' }): Promise<string>;
  /** Another organization, for cross-tenant checks. */
  otherTenant(name?: string): Promise<Tenant>;
  close(): Promise<void>;
}

/**
 * Kysely's migrator introspects every schema of the database; on PostgreSQL another test file dropping its
 * schema at that moment makes the introspection fail. That race is the suite's own, so retry.
 */
async function migrateWithRetry(store: { migrate(to?: string): Promise<void> }, to?: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.migrate(to);
    } catch (error) {
      if (attempt >= 5 || !/does not exist/.test(String((error as Error).message))) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/** The real app over a fresh store: SQLite in a temp dir, or a fresh PostgreSQL schema when DATABASE_URL is set. */
export async function startTestServer(
  options: {
    bodyLimit?: number;
    rateLimit?: { burst: number; perSecond: number };
    logLines?: string[];
    runtime?: Partial<RuntimeOptions>;
    /** Collects metrics and serves them at /metrics this way (none by default). */
    metrics?: MetricsMode;
    redisUrl?: string;
    corsOrigins?: string[];
    /** The MCP endpoint's limits (defaults: the settings' defaults). */
    mcp?: Partial<McpLimits>;
    trustProxy?: boolean | number | string;
    /** Another node: its own app, core and store connection over this server's database (closed first). */
    sameStoreAs?: TestServer;
    /** Rows written into an older schema (migrated up to `through`) before the remaining migrations run. */
    seed?: { through: string; run(db: Store['db']): Promise<void> };
  } = {},
): Promise<TestServer> {
  const databaseUrl = process.env.DATABASE_URL || null;
  const shared = options.sameStoreAs;
  const dataDir = shared ? shared.dataDir : mkdtempSync(join(tmpdir(), 'junction-test-'));
  const pgSchema = shared ? shared.pgSchema : databaseUrl ? `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}` : undefined;
  const metrics = options.metrics && options.metrics !== 'off' ? createPrometheusMetrics() : undefined;
  const store = openStore({ dataDir, databaseUrl, pgSchema, metrics });
  if (!shared) {
    if (options.seed) {
      await migrateWithRetry(store, options.seed.through);
      await options.seed.run(store.db);
    }
    await migrateWithRetry(store);
  }
  // Loopback upstreams are allowed unless a test passes its own `runtime.egress` (the default policy: `createEgress()`).
  const core = createCore(store, TEST_SECRET, { egress: egressAllowing(), ...options.runtime });
  const app = await buildApp({
    config: {
      bodyLimit: options.bodyLimit ?? 1024 * 1024,
      // Load-heavy tests send tens of thousands of requests with one token.
      rateLimit: options.rateLimit ?? { burst: 10_000_000, perSecond: 10_000_000 },
      redisUrl: options.redisUrl ?? null,
      metrics: options.metrics,
      corsOrigins: options.corsOrigins ?? null,
      trustProxy: options.trustProxy ?? false,
      ...(options.mcp ? { mcp: options.mcp } : {}),
    },
    core,
    ...(options.logLines ? { logger: { level: 'trace', stream: { write: (line: string) => options.logLines?.push(line) } } } : {}),
  });
  await app.ready();
  // A seeded store may hold the default organization already: ask for a token either way.
  const setup = await core.setup.init({ newToken: true });
  if (!setup.token) throw new Error('init --new-token issues an admin token');
  const tenant: Tenant = { organizationId: setup.organizationId, applicationId: setup.applicationId, token: setup.token };
  return {
    app,
    core,
    tenant,
    dialect: store.dialect,
    dataDir,
    pgSchema,
    async token(scopes, applicationId = tenant.applicationId, extra = {}) {
      const issued = await core.tokens.createForApplication({ principal: null, source: 'system' }, applicationId, {
        name: `test ${scopes.join(' ')}`,
        scopes,
        ...extra,
      });
      return issued.token;
    },
    otherTenant(name = `other-${Math.random().toString(36).slice(2, 8)}`) {
      return core.setup.ensureOrganization(name);
    },
    async close() {
      await app.close();
      // The flow runtime (pg-boss on PostgreSQL) stops before its schema is dropped.
      await core.stopRuntime();
      await core.flush();
      if (shared) return core.close();
      if (pgSchema) {
        const { sql } = await import('kysely');
        await sql`drop schema if exists ${sql.id(pgSchema)} cascade`.execute(store.db);
      }
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** One request through `inject`, JSON in and out. */
export async function call<T = any>(
  server: TestServer,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const token = options.token === undefined ? server.tenant.token : options.token;
  const headers: Record<string, string> = { ...(token ? bearer(token) : {}), ...options.headers };
  const response = await server.app.inject({
    method,
    url,
    headers: options.body !== undefined ? { 'content-type': 'application/json', ...headers } : headers,
    payload: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = response.body;
  return { status: response.statusCode, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}
