import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { after, before, test } from 'node:test';
import { parseEgressAllow } from '../../src/lib/egress-rule.js';
import { AppError } from '../../src/lib/errors.js';
import { checkingLookup, createEgress } from '../../src/runtime/egress/egress-agent.js';
import { egressAllowing } from '../helpers/egress.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

// Only loopback: the servers are local, and every refusal happens before a packet is sent.
let api: Upstream;
before(async () => {
  api = await startUpstream((_q, r) => json(r, 200, { ok: true }));
});
after(() => api.close());

const refusal = (error: unknown) => error instanceof AppError && error.code === 'egress_refused' && error.status === 403;

test('resolve (for broker connections): loopback by address or by name is refused by default, allowed by the list', async () => {
  const strict = createEgress();
  for (const host of ['127.0.0.1', 'localhost', '[::1]', '::ffff:127.0.0.1', '0.0.0.0'])
    await assert.rejects(strict.resolve(host), refusal, host);
  const allowing = egressAllowing();
  assert.deepEqual(await allowing.resolve('127.0.0.1'), { address: '127.0.0.1', family: 4 });
  assert.match((await allowing.resolve('localhost')).address, /^(127\.0\.0\.1|::1)$/);
  // A name on the list allows that name, not its addresses written out.
  const byName = egressAllowing('localhost');
  assert.ok(await byName.resolve('localhost'));
  await assert.rejects(byName.resolve('127.0.0.1'), refusal);
});

test('the lookup hands on only the allowed addresses of a name', async () => {
  const { allow } = parseEgressAllow('127.0.0.1');
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    checkingLookup(allow)('localhost', { all: true }, (error, list) =>
      error ? reject(error) : resolve(list as unknown as LookupAddress[]),
    ),
  );
  assert.ok(addresses.length > 0);
  assert.ok(
    addresses.every((a) => a.address === '127.0.0.1'),
    JSON.stringify(addresses),
  );
});

test('the dispatcher refuses at connect time, by address and by name, and the server sees nothing', async () => {
  const { request } = await import('undici');
  const strict = createEgress();
  const dispatcher = await strict.dispatcher();
  const port = new URL(api.url).port;
  for (const url of [`${api.url}/x`, `http://localhost:${port}/x`]) {
    await assert.rejects(request(url, { dispatcher }), refusal, url);
  }
  assert.equal(api.seen.length, 0);
  const allowing = egressAllowing();
  const answer = await request(`http://localhost:${port}/x`, { dispatcher: await allowing.dispatcher() });
  assert.deepEqual(await answer.body.json(), { ok: true });
  assert.equal(api.seen.length, 1);
  await Promise.all([strict.close(), allowing.close()]);
});
