/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { call, type Reply, type TestServer } from '../helpers/server.js';

/** One resource under concurrent writes: how to write a value into one of its fields and read it back. */
export interface Contended {
  /** Its GET path. */
  url: string;
  /** Its id in the audit log. */
  resourceId: string;
  /** The audit field path of the written field. */
  fieldPath: string;
  /** One write of `value`; `seen` is the GET body the client read first (for versioned writers). */
  write(value: string, seen: any): Promise<Reply>;
  /** The status of an accepted write. */
  ok: number;
  /** The written field in a GET body. */
  read(body: any): unknown;
  /** The stored version, for versioned resources. */
  version?(): Promise<number>;
  /** Whether a client reads the resource before each write (writers that send a version). */
  readsFirst?: boolean;
  /** Stale versions may be refused; writers without a version must all be accepted. */
  mayConflict?: boolean;
}

async function updateEvents(server: TestServer, resourceId: string) {
  const events = await server.core.audit.list({ organizationId: server.tenant.organizationId, resourceId, limit: 100_000 });
  return events.filter((e) => e.event === 'update');
}

/**
 * `clients` clients each send `writes` writes one after the other, all clients at once. Every accepted write
 * must have exactly one audit event recording its value, each write must have changed the state the one
 * before it left (no two events start from the same value), and the version counts the accepted writes.
 * Answers the figures: accepted, refused, and lost (writes that started from a state already overwritten).
 */
export async function assertNoLostWrite(server: TestServer, t: TestContext, target: Contended, clients = 20, writes = 50) {
  const firstVersion = await target.version?.();
  const accepted: string[] = [];
  const refused: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; n < writes; n++) {
        const value = `c${client}-w${n}`;
        const seen = target.readsFirst ? (await call(server, 'GET', target.url)).body : null;
        const reply = await target.write(value, seen);
        if (reply.status === target.ok) accepted.push(value);
        else refused.push(reply.status);
      }
    }),
  );
  const final = (await call(server, 'GET', target.url)).body;
  const changes = (await updateEvents(server, target.resourceId)).map((e) => e.fieldChanges.find((c) => c.fieldPath === target.fieldPath));
  const olds = changes.map((c) => JSON.stringify(c?.oldValue));
  const lost = olds.length - new Set(olds).size;
  t.diagnostic(`${accepted.length} accepted, ${refused.length} refused, ${lost} lost`);
  for (const status of refused) assert.ok(target.mayConflict && [400, 409, 412].includes(status), `refused with ${status}`);
  assert.equal(accepted.length + refused.length, clients * writes);
  assert.ok(accepted.length > 0);
  assert.equal(changes.length, accepted.length, 'one audit event per accepted write');
  assert.deepEqual(changes.map((c) => c?.newValue).sort(), [...accepted].sort(), 'each accepted value recorded once');
  assert.equal(lost, 0, 'no write started from a state another write had already replaced');
  assert.ok(accepted.includes(target.read(final) as string), 'the stored value is an accepted one');
  if (target.version) assert.equal(await target.version(), Number(firstVersion) + accepted.length, 'the version counts every write');
  return { accepted: accepted.length, refused: refused.length, lost };
}

/** Two writers of different fields of one resource. */
export interface TwoFields {
  url: string;
  /** The token of the GET (default: the tenant's). */
  token?: string;
  ok: number;
  writeA(value: string): Promise<Reply>;
  writeB(value: string): Promise<Reply>;
  /** Both fields in a GET body. */
  read(body: any): [unknown, unknown];
  /** Two distinct values for a field in round `round`, request `n` (default: unique strings). */
  valueA?(round: number, n: number): any;
  valueB?(round: number, n: number): any;
}

/**
 * Rounds of `each` writes of field A and `each` of field B sent at once; after each round a GET must show
 * one of that round's A values and one of its B values: a write of one field never undoes the other's.
 */
export async function assertBothFieldsLand(server: TestServer, t: TestContext, target: TwoFields, rounds = 10, each = 10) {
  const valueA = target.valueA ?? ((r, n) => `a${r}-${n}`);
  const valueB = target.valueB ?? ((r, n) => `b${r}-${n}`);
  let lostRounds = 0;
  for (let round = 0; round < rounds; round++) {
    const as = Array.from({ length: each }, (_, n) => valueA(round, n));
    const bs = Array.from({ length: each }, (_, n) => valueB(round, n));
    const replies = await Promise.all([...as.map((v) => target.writeA(v)), ...bs.map((v) => target.writeB(v))]);
    for (const reply of replies) assert.equal(reply.status, target.ok, JSON.stringify(reply.body));
    const [a, b] = target.read((await call(server, 'GET', target.url, { token: target.token })).body);
    const has = (values: unknown[], value: unknown) => values.some((v) => JSON.stringify(v) === JSON.stringify(value));
    if (!has(as, a) || !has(bs, b)) lostRounds++;
  }
  t.diagnostic(`${lostRounds} of ${rounds} rounds lost a change`);
  assert.equal(lostRounds, 0, `${lostRounds} of ${rounds} rounds lost one of the two changes`);
}

/** The `version` column of a row, read from the store. */
export function storedVersion(server: TestServer, table: 'integrations' | 'flows' | 'resources', id: string) {
  return async () => {
    const row = await server.core.store.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
    return Number(row.version);
  };
}
