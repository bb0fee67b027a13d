import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Per application: how many integrations it has (`total`, a list's `totalCount` without `count(*)`) and
 * a `generation` bumped by every insert, update and delete of its integrations and every write of their
 * live status. Triggers keep both in the writing transaction, whatever path writes: a reader that sees
 * the same generation sees the same integrations, on any node.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the evolving table types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('integration_counts')
    .addColumn('application_id', 'varchar(24)', (c) => c.primaryKey())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('generation', 'bigint', (c) => c.notNull())
    .execute();
  await sql`
    insert into integration_counts (application_id, total, generation)
    select application_id, count(*), 1 from integrations where application_id is not null group by application_id
  `.execute(db);
  const statements = db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES : SQLITE;
  for (const statement of statements) await sql.raw(statement).execute(db);
}

const ADD = (app: string) => `
  insert into integration_counts (application_id, total, generation) values (${app}, 1, 1)
  on conflict (application_id) do update set total = integration_counts.total + 1, generation = integration_counts.generation + 1`;
const REMOVE = (app: string, removed: string) => `
  update integration_counts set total = total - (${removed}), generation = generation + 1 where application_id = ${app}`;
const BUMP_OF = (integrationId: string) => `
  update integration_counts set generation = generation + 1
  where application_id = (select application_id from integrations where id = ${integrationId})`;

const SQLITE = [
  `create trigger integration_counts_insert after insert on integrations when new.application_id is not null
   begin ${ADD('new.application_id')}; end`,
  `create trigger integration_counts_delete after delete on integrations when old.application_id is not null
   begin ${REMOVE('old.application_id', '1')}; end`,
  `create trigger integration_counts_update after update on integrations
   begin
     ${REMOVE('old.application_id', 'new.application_id is not old.application_id')};
     insert into integration_counts (application_id, total, generation)
       select new.application_id, 1, 1 where new.application_id is not null and new.application_id is not old.application_id
       on conflict (application_id) do update set total = integration_counts.total + 1, generation = integration_counts.generation + 1;
   end`,
  `create trigger integration_counts_live_insert after insert on live_status begin ${BUMP_OF('new.integration_id')}; end`,
  `create trigger integration_counts_live_update after update on live_status begin ${BUMP_OF('new.integration_id')}; end`,
  `create trigger integration_counts_application_delete after delete on applications
   begin delete from integration_counts where application_id = old.id; end`,
];

const POSTGRES = [
  `create function integration_counts_insert() returns trigger language plpgsql as $$
   begin
     if new.application_id is not null then ${ADD('new.application_id')}; end if;
     return null;
   end $$`,
  `create function integration_counts_delete() returns trigger language plpgsql as $$
   begin
     if old.application_id is not null then ${REMOVE('old.application_id', '1')}; end if;
     return null;
   end $$`,
  `create function integration_counts_update() returns trigger language plpgsql as $$
   begin
     if old.application_id is not null then
       ${REMOVE('old.application_id', 'case when new.application_id is distinct from old.application_id then 1 else 0 end')};
     end if;
     if new.application_id is not null and new.application_id is distinct from old.application_id then ${ADD('new.application_id')}; end if;
     return null;
   end $$`,
  `create function integration_counts_live() returns trigger language plpgsql as $$
   begin ${BUMP_OF('new.integration_id')}; return null; end $$`,
  `create function integration_counts_application_delete() returns trigger language plpgsql as $$
   begin delete from integration_counts where application_id = old.id; return null; end $$`,
  'create trigger integration_counts_insert after insert on integrations for each row execute function integration_counts_insert()',
  'create trigger integration_counts_delete after delete on integrations for each row execute function integration_counts_delete()',
  'create trigger integration_counts_update after update on integrations for each row execute function integration_counts_update()',
  'create trigger integration_counts_live after insert or update on live_status for each row execute function integration_counts_live()',
  'create trigger integration_counts_application_delete after delete on applications for each row execute function integration_counts_application_delete()',
];
