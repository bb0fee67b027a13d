import type { Executor } from '../executor.js';
import type { OrganizationRow } from '../tables.js';

export function insertOrganization(db: Executor, row: OrganizationRow) {
  return db.insertInto('organizations').values(row).execute();
}

export function findOrganization(db: Executor, id: string) {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganizationByName(db: Executor, name: string) {
  return db.selectFrom('organizations').selectAll().where('name', '=', name).orderBy('id').executeTakeFirst();
}

export async function countOrganizations(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
