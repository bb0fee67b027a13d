import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-celigo.js';
import * as m0003 from './0003-truto.js';
import * as m0004 from './0004-runtime.js';
import * as m0005 from './0005-connections.js';
import * as m0006 from './0006-leases.js';
import * as m0007 from './0007-jobs.js';
import * as m0008 from './0008-live.js';
import * as m0009 from './0009-workflow-logs.js';
import * as m0010 from './0010-events.js';
import * as m0011 from './0011-mcp-servers.js';
import * as m0012 from './0012-integration-counts.js';

/** Forward-only, numbered; append new migrations here. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-celigo': m0002,
  '0003-truto': m0003,
  '0004-runtime': m0004,
  '0005-connections': m0005,
  '0006-leases': m0006,
  '0007-jobs': m0007,
  '0008-live': m0008,
  '0009-workflow-logs': m0009,
  '0010-events': m0010,
  '0011-mcp-servers': m0011,
  '0012-integration-counts': m0012,
};

/** Every known migration, in the order they run (Kysely's: by name). */
export const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
