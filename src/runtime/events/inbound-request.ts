import { AppError } from '../../lib/errors.js';

/** An inbound webhook as received: the raw body (what signatures cover), lower-cased headers, the query. */
export interface InboundRequest {
  method: 'GET' | 'POST';
  raw: Buffer;
  contentType: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string>;
  /** The path segment of an integrator.io `secret_url` listener. */
  secret?: string;
}

export interface InboundAnswer {
  status: number;
  body?: unknown;
}

/** The body as data: JSON, a form, or `{data: text}`; empty is `{}`. A broken JSON body is a 400. */
export function parseInboundBody(request: Pick<InboundRequest, 'raw' | 'contentType'>): unknown {
  const text = request.raw.toString('utf8');
  if (text.trim() === '') return {};
  if (/json/i.test(request.contentType) || /^[[{]/.test(text.trimStart())) {
    try {
      return JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'The body is not valid JSON.');
    }
  }
  if (/x-www-form-urlencoded/i.test(request.contentType)) return Object.fromEntries(new URLSearchParams(text));
  return { data: text };
}
