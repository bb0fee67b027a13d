/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import { createHmac } from 'node:crypto';
import type { RuntimeOptions } from '../../src/core/index.js';
import { call, type TestServer } from './server.js';
import { type Handler, json, type Seen, startUpstream, type Upstream } from './upstream.js';

/** Deliveries and inbound checks fast enough for tests (the defaults wait seconds). */
export const FAST_WEBHOOKS: Partial<RuntimeOptions> = {
  deliveries: { pollMs: 50, backoffMs: 50, maxBackoffMs: 200, timeoutMs: 2_000, claimMs: 1_500, drainMs: 2_000 },
};

/** Whether a delivery carries `X-Truto-Signature: format=sha256,v=<hex HMAC-SHA256 of its raw body>` with this secret. */
export function signedWith(seen: Seen, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(seen.body).digest('hex');
  return seen.headers['x-truto-signature'] === `format=sha256,v=${expected}`;
}

/** A subscriber on loopback: answers 200 unless `handler` says otherwise; `events()` are the parsed bodies. */
export async function startSink(handler?: Handler): Promise<Upstream & { events(): any[] }> {
  const sink = await startUpstream(handler ?? ((_q, r) => json(r, 200, { ok: true })));
  return Object.assign(sink, { events: () => sink.seen.map((s) => JSON.parse(s.body)) });
}

/** Subscribes `url` to `eventTypes` through the API; returns the webhook with its secret. */
export async function subscribe(server: TestServer, token: string, url: string, eventTypes: string[]) {
  const reply = await call(server, 'POST', '/webhook', { token, body: { target_url: url, event_types: eventTypes } });
  if (reply.status !== 201) throw new Error(`subscribe failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as { id: string; secret: string; is_active: boolean };
}

export async function until<T>(probe: () => T | Promise<T>, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Posts a raw body to an inbound webhook route (no bearer token). */
export async function postInbound(server: TestServer, path: string, raw: string, headers: Record<string, string> = {}) {
  const response = await server.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/json', ...headers },
    payload: raw,
  });
  const text = response.body;
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return { status: response.statusCode, body, headers: response.headers };
}
