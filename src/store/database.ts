import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type LogEvent, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import { type Metrics, noMetrics } from '../lib/metrics.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the store, and whatever is built over it, reports. */
  readonly metrics: Metrics;
  /** To the latest migration, or up to and including `to`. */
  migrate(to?: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** PostgreSQL schema to use (created if missing); tests use one per suite. */
  pgSchema?: string;
  metrics?: Metrics;
}

export function openStore(options: StoreOptions): Store {
  const metrics = options.metrics ?? noMetrics;
  return options.databaseUrl ? openPostgres(options.databaseUrl, metrics, options.pgSchema) : openSqlite(options.dataDir, metrics);
}

const OPERATIONS: Record<string, string> = {
  SelectQueryNode: 'select',
  InsertQueryNode: 'insert',
  UpdateQueryNode: 'update',
  DeleteQueryNode: 'delete',
};

/** Kysely's query log, feeding the query-time histogram; none at all when metrics are off. */
function queryLog(metrics: Metrics) {
  if (!metrics.enabled) return undefined;
  return (event: LogEvent) =>
    metrics.storeQuery(OPERATIONS[event.query.query.kind] ?? 'other', event.queryDurationMillis, event.level === 'error');
}

function openSqlite(dataDir: string, metrics: Metrics): Store {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(join(dataDir, 'junction.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({
    dialect: new TransactionalDdlSqliteDialect({ database: withStatementCache(sqlite) }),
    log: queryLog(metrics),
  });
  return makeStore(db, 'sqlite', metrics, async () => {});
}

/**
 * SQLite runs DDL inside transactions; Kysely's adapter says it does not, so its migrator would run a
 * migration and record it outside any transaction, and a crash half-way would leave a schema no rerun
 * gets past. With this the pending migrations and their records commit together, or not at all.
 */
class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter() {
    return new (class extends SqliteAdapter {
      override get supportsTransactionalDdl() {
        return true;
      }
    })();
  }
}

const STATEMENT_CACHE_SIZE = 500;

/** Reuses prepared statements by SQL text: Kysely prepares on every query otherwise. */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statements.set(text, statement);
      }
      return statement;
    },
    close() {
      statements.clear();
      sqlite.close();
    },
  };
}

const requireOnDemand = createRequire(import.meta.url);

function openPostgres(url: string, metrics: Metrics, schema?: string): Store {
  // Loaded only for PostgreSQL, keeping it off the embedded store's start-up.
  const pg = requireOnDemand('pg') as typeof import('pg');
  const max = 10;
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server must not crash the process.
  pool.on('error', () => {});
  metrics.storePool(() => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: queryLog(metrics) });
  const prepare = async () => {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  };
  return makeStore(db, 'postgres', metrics, prepare, schema);
}

function makeStore(db: Kysely<Database>, dialect: Dialect, metrics: Metrics, prepare: () => Promise<void>, schema?: string): Store {
  return {
    db,
    dialect,
    metrics,
    async migrate(to?: string) {
      await prepare();
      const migrator = new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
      const { error, results } = to ? await migrator.migrateTo(to) : await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName;
        throw new Error(`migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
