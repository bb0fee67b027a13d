import type { Executor } from '../executor.js';

export interface LeaseClaim {
  name: string;
  holder: string;
  expiresAt: string;
  now: string;
}

/**
 * Takes the lease when nobody holds it or its holder's time is up. Each step is one statement (an insert
 * that does nothing on a conflict, then an update conditioned on the expiry), so two nodes cannot both win,
 * on SQLite as on PostgreSQL, and no transaction stays open.
 */
export async function acquireLease(db: Executor, claim: LeaseClaim): Promise<boolean> {
  const row = { holder: claim.holder, expires_at: claim.expiresAt, note: null, created_at: claim.now };
  const inserted = await db
    .insertInto('leases')
    .values({ name: claim.name, ...row })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows) === 1) return true;
  const taken = await db
    .updateTable('leases')
    .set(row)
    .where('name', '=', claim.name)
    .where('expires_at', '<=', claim.now)
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

export function findLease(db: Executor, name: string) {
  return db.selectFrom('leases').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Gives a held lease to another holder (with a new expiry and note); false when `from` no longer holds it. */
export async function handOverLease(
  db: Executor,
  name: string,
  from: string,
  to: { holder: string; expiresAt: string; note: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('leases')
    .set({ holder: to.holder, expires_at: to.expiresAt, note: to.note })
    .where('name', '=', name)
    .where('holder', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends the lease if `holder` still holds it (one that expired and was taken over is left alone). */
export async function releaseLease(db: Executor, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}

/**
 * Extends every lease `holder` holds under `prefix` (one statement however many) and answers their names:
 * a name missing from the answer was taken over after it expired, so its holder must give up the work.
 */
export async function renewLeases(db: Executor, holder: string, prefix: string, expiresAt: string): Promise<string[]> {
  const rows = await db
    .updateTable('leases')
    .set({ expires_at: expiresAt })
    .where('holder', '=', holder)
    .where('name', 'like', `${prefix}%`)
    .returning('name')
    .execute();
  return rows.map((r) => r.name);
}
