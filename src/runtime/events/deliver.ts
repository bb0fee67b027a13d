import type { Dispatcher } from 'undici';
import { signDelivery } from './verify.js';

export interface DeliveryOutcome {
  /** The subscriber's HTTP status; null when none came (refused, timed out). */
  status: number | null;
  latencyMs: number;
  /** Null when the subscriber took it (2xx). */
  error: string | null;
}

/**
 * Every outbound webhook leaves through here: `POST target` with the raw body, `User-Agent: truto` and
 * `X-Truto-Signature: format=sha256,v=<hex HMAC-SHA256 of the raw body>`. `dispatcher` is where the
 * egress policy plugs in; no redirect is followed.
 */
export async function sendDelivery(
  target: string,
  raw: string,
  secret: string,
  options: { dispatcher?: Dispatcher; timeoutMs: number },
): Promise<DeliveryOutcome> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    // undici loads with the first delivery, as in the engine's client, not at start-up.
    const { request } = await import('undici');
    const answer = await request(target, {
      method: 'POST',
      body: raw,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'truto',
        'x-truto-signature': `format=sha256,v=${signDelivery(secret, raw)}`,
      },
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      signal: AbortSignal.timeout(options.timeoutMs),
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
    });
    await answer.body.dump({ limit: 64 * 1024 }).catch(() => {});
    const ok = answer.statusCode >= 200 && answer.statusCode < 300;
    return { status: answer.statusCode, latencyMs: latency(), error: ok ? null : `The subscriber answered ${answer.statusCode}.` };
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { status: null, latencyMs: latency(), error: `${code ? `${code}: ` : ''}${message ?? String(error)}`.slice(0, 1000) };
  }
}
