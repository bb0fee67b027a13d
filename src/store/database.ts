import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type LogEvent, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import { type Metrics, noMetrics } from '../lib/metrics.js';
import { groupCommit, type TransactionWork } from './group-commit.js';
import { MIGRATION_NAMES, migrationProvider } from './migrations/index.js';
import { type SyncReads, useSyncReads } from './prepared.js';
import type { Database } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where the store, and whatever is built over it, reports. */
  readonly metrics: Metrics;
  /**
   * Runs `work` in a transaction: committed when it resolves, rolled back when it throws. On SQLite
   * concurrent ones share one COMMIT (group commit), each in its own savepoint; answered after the COMMIT.
   */
  transaction<T>(work: TransactionWork<T>): Promise<T>;
  /** To the latest migration, or up to and including `to`. */
  migrate(to?: string): Promise<void>;
  /** How many migrations have run here: 0 on a database Junction never set up. */
  appliedMigrations(): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: the schema the store lives in (tests), and raw SQL over its pool (the pg-boss queue). */
  readonly pg?: { schema: string | undefined; executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
}

export interface StoreOptions {
  dataDir: string;
  databaseUrl: string | null;
  /** PostgreSQL schema to use (created if missing); tests use one per suite. */
  pgSchema?: string;
  metrics?: Metrics;
  /** Open an existing SQLite file only; never create the directory or the file. */
  mustExist?: boolean;
}

export function openStore(options: StoreOptions): Store {
  const metrics = options.metrics ?? noMetrics;
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, metrics, options.pgSchema)
    : openSqlite(options.dataDir, metrics, options.mustExist);
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

function openSqlite(dataDir: string, metrics: Metrics, mustExist = false): Store {
  const file = join(dataDir, 'junction.db');
  if (mustExist && !existsSync(file)) throw new Error(`there is no store file ${file}`);
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(file, { fileMustExist: mustExist });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const statements = withStatementCache(sqlite);
  const db = new Kysely<Database>({
    dialect: new TransactionalDdlSqliteDialect({ database: statements }),
    log: queryLog(metrics),
  });
  useSyncReads(db, syncReadsOf(sqlite, statements, metrics));
  return makeStore(db, 'sqlite', metrics, async () => {}, groupCommit(db));
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

/**
 * Reads outside any transaction run on the statement at once: Kysely's driver takes its connection lock
 * per query, a few promise turns apiece. While a transaction is open (group commit holds one across
 * turns) reads go through Kysely, which waits for it: they must not see its uncommitted writes.
 */
function syncReadsOf(sqlite: SqliteDatabase.Database, statements: StatementCache, metrics: Metrics): SyncReads {
  // total_changes(): rows this connection changed (triggers included); data_version: commits by others.
  const mark = sqlite.prepare('SELECT total_changes(), data_version FROM pragma_data_version').raw();
  const contentMark = () => {
    if (sqlite.inTransaction) return undefined;
    const [changes, version] = mark.get() as [number, number];
    return `${changes}.${version}`;
  };
  const read = (text: string, parameters: unknown[]) => {
    if (sqlite.inTransaction) return undefined;
    const statement = statements.prepare(text);
    if (!statement.reader || !statement.readonly) return undefined;
    if (!metrics.enabled) return statement.all(parameters);
    const started = performance.now();
    let failed = true;
    try {
      const rows = statement.all(parameters);
      failed = false;
      return rows;
    } finally {
      // As Kysely's log labels a raw compiled query.
      metrics.storeQuery('other', performance.now() - started, failed);
    }
  };
  return { read, contentMark };
}

type StatementCache = ReturnType<typeof withStatementCache>;

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
  const executeSql = (text: string, values?: unknown[]) => pool.query(text, values) as Promise<{ rows: unknown[] }>;
  const transaction = <T>(work: TransactionWork<T>) => db.transaction().execute(work);
  return { ...makeStore(db, 'postgres', metrics, prepare, transaction, schema), pg: { schema, executeSql } };
}

function makeStore(
  db: Kysely<Database>,
  dialect: Dialect,
  metrics: Metrics,
  prepare: () => Promise<void>,
  transaction: Store['transaction'],
  schema?: string,
): Store {
  const migrator = () => new Migrator({ db, provider: migrationProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const connect = async () => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      throw new Error(`connecting failed: ${errorText(error)}`, { cause: error });
    }
    await prepare();
  };
  /**
   * Two small queries instead of Kysely's migrator (which introspects every table and takes its lock) when
   * the applied migrations are exactly the known ones; anything else (none yet, pending, unknown) goes to it.
   */
  const allApplied = async () => {
    const name = schema ? `${schema}.kysely_migration` : 'kysely_migration';
    const exists =
      dialect === 'sqlite'
        ? sql<{ found: number }>`select count(*) as found from sqlite_master where type = 'table' and name = ${name}`
        : sql<{ found: number }>`select count(*)::int as found from (select to_regclass(${name}) as oid) t where oid is not null`;
    if (Number((await exists.execute(db)).rows[0]?.found) !== 1) return false;
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(name)}`.execute(db);
    const applied = rows.map((row) => row.name).sort();
    return applied.length === MIGRATION_NAMES.length && applied.every((migration, i) => migration === MIGRATION_NAMES[i]);
  };
  return {
    db,
    dialect,
    metrics,
    transaction,
    async migrate(to?: string) {
      await connect();
      if (!to && (await allApplied())) return;
      const { error, results } = to ? await migrator().migrateTo(to) : await migrator().migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === 'Error')?.migrationName;
        const what = failed ? `migration ${failed}` : 'reading the migration state';
        throw new Error(`${what} failed: ${errorText(error)}`, { cause: error });
      }
    },
    async appliedMigrations() {
      await connect();
      return (await migrator().getMigrations()).filter((m) => m.executedAt !== undefined).length;
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

/** `code message` of an error; a failed connection to every address of a host reports the first. */
function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  const e = error as { code?: string; message?: string };
  return [e.code, e.message].filter(Boolean).join(' ') || String(error);
}
