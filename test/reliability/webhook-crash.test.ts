/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { streamEvents } from '../../src/store/repositories/events.js';
import { connect, createIntegration } from '../api/proxy/fixtures.js';
import { startNode } from '../helpers/flows.js';
import { call, startTestServer } from '../helpers/server.js';
import { json } from '../helpers/upstream.js';
import { FAST_WEBHOOKS, signedWith, startSink, subscribe, until } from '../helpers/webhooks.js';

const API_KEY = { base_url: 'http://127.0.0.1:9', credentials: { format: 'api_key', config: { fields: [] } }, webhook: {} };

async function post(url: string, path: string, body: unknown) {
  const reply = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return reply.status;
}

test('SIGKILL between accept and delivery: the event is delivered after the restart', async () => {
  // This process's runtime is not started until the node in the child process is dead.
  const server = await startTestServer({ runtime: FAST_WEBHOOKS });
  let hold = true;
  const sink = await startSink(async (_q, r) => {
    while (hold) await new Promise((w) => setTimeout(w, 20));
    json(r, 200, {});
  });
  after(async () => {
    hold = false;
    await sink.close();
    await server.close();
  });
  const token = await server.token(['all.Application']);
  server.tenant.token = token;
  const hook = await subscribe(server, token, sink.url, ['record:*']);
  const account = await connect(server, (await createIntegration(server, API_KEY)).id, { api_key: 'k' });
  const node = await startNode(server, {}, FAST_WEBHOOKS);
  after(() => node.child.kill('SIGKILL'));
  assert.equal(await post(node.url, `/integrated-account-webhook/${account}`, { order: 1 }), 200);
  // The node took the webhook and is sending it; the subscriber has not answered when the node dies.
  await until(() => sink.seen.length >= 1, 'the first attempt');
  node.child.kill('SIGKILL');
  await new Promise((r) => node.child.once('exit', r));
  const eventId = sink.events()[0].id;
  hold = false;
  await server.core.start();
  await until(() => sink.seen.length >= 2, 'the delivery after the restart');
  await new Promise((r) => setTimeout(r, 300));
  const ids = sink.events().map((e) => e.id);
  assert.deepEqual(ids, [eventId, eventId], 'the same event again (subscribers de-duplicate on id), nothing else');
  assert.ok(sink.seen.every((s) => signedWith(s, hook.secret)));
  const log = await call(server, 'GET', `/log?log_type=webhook&webhook_id=${hook.id}`);
  assert.deepEqual(
    log.body.result.map((a: any) => a.status),
    [200],
    'the killed attempt left no log row; the one after the restart did',
  );
});

test('two nodes on PostgreSQL deliver each event once', {
  skip: !process.env.DATABASE_URL && 'DATABASE_URL is not set (PostgreSQL only)',
}, async () => {
  const server = await startTestServer({ runtime: FAST_WEBHOOKS });
  const sink = await startSink();
  after(async () => {
    await sink.close();
    await server.close();
  });
  const token = await server.token(['all.Application']);
  server.tenant.token = token;
  await subscribe(server, token, sink.url, ['record:*']);
  const integration = await createIntegration(server, API_KEY);
  const accounts = [];
  for (let i = 0; i < 6; i++) accounts.push(await connect(server, integration.id, { api_key: 'k' }));
  const nodes = [await startNode(server, {}, FAST_WEBHOOKS), await startNode(server, {}, FAST_WEBHOOKS)];
  after(() => {
    for (const n of nodes) n.child.kill('SIGKILL');
  });
  const total = 60;
  const sends = [];
  for (let i = 0; i < total; i++) sends.push(post(nodes[i % 2].url, `/integrated-account-webhook/${accounts[i % accounts.length]}`, { i }));
  assert.deepEqual(new Set(await Promise.all(sends)), new Set([200]));
  await until(() => sink.seen.length >= total, `${total} deliveries`, 30_000);
  await new Promise((r) => setTimeout(r, 1_000));
  const events = sink.events();
  assert.equal(events.length, total, 'no event delivered twice');
  assert.equal(new Set(events.map((e) => e.id)).size, total);
  // One subscriber sees each account's stream in its order (seq), whichever node sent what.
  for (const account of accounts) {
    const stream = (await streamEvents(server.core.store.db, account)).filter((e) => e.event_type.startsWith('record:')).map((e) => e.id);
    assert.deepEqual(
      events.filter((e) => e.payload.integrated_account_id === account).map((e) => e.id),
      stream,
    );
  }
  const senders = await server.core.store.db.selectFrom('webhook_deliveries').select('node_id').distinct().execute();
  assert.equal(senders.length, 2, 'both nodes sent deliveries');
});
