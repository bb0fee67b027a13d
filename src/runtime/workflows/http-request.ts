import type { Dispatcher } from 'undici';

/** An HTTP node's request, fully rendered. */
export interface WorkflowHttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  followRedirects: boolean;
}

export interface WorkflowHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Bodies larger than this fail the request (Losant caps HTTP node responses at 5 MB). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const redirecting = new WeakMap<Dispatcher, Dispatcher>();

/** The dispatcher that also follows redirects; every hop is a new request through `base`, so it is checked too. */
async function following(base: Dispatcher): Promise<Dispatcher> {
  let composed = redirecting.get(base);
  if (!composed) {
    // undici loads with the first request, as in the engine's client, not at start-up.
    const { interceptors } = await import('undici');
    composed = base.compose(interceptors.redirect({ maxRedirections: 5 }));
    redirecting.set(base, composed);
  }
  return composed;
}

/**
 * Where every workflow HTTP node's request leaves the process, through `dispatcher`: the egress policy's
 * checked pool, which refuses internal addresses at connect time (redirect hops included).
 */
export async function sendWorkflowRequest(req: WorkflowHttpRequest, dispatcher: Dispatcher): Promise<WorkflowHttpResponse> {
  const signal = AbortSignal.timeout(req.timeoutMs);
  const { request } = await import('undici');
  const answer = await request(req.url, {
    method: req.method as 'GET',
    headers: req.headers,
    body: req.body,
    signal,
    dispatcher: req.followRedirects ? await following(dispatcher) : dispatcher,
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of answer.body) {
    size += (chunk as Buffer).length;
    if (size > MAX_RESPONSE_BYTES) {
      answer.body.destroy();
      throw new Error(`The response is larger than ${MAX_RESPONSE_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return { statusCode: answer.statusCode, headers, body: Buffer.concat(chunks).toString('utf8') };
}
