import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.js';

/** Repositories take either the database or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
