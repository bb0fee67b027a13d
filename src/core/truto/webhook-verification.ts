import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject, readPath } from '../../lib/json.js';
import type { InboundRequest } from '../../runtime/events/inbound-request.js';
import { HMAC_ALGORITHMS, type HmacAlgorithm, type InboundCheck, type JwtKey } from '../../runtime/events/verify.js';

/**
 * Truto's `webhook.signature_verification {format, config}` as the shared inbound check. References in
 * `parts`/`compare_with`: `$body` (the raw body as received), `$body.<path>`, `$header.<name>`,
 * `$query.<name>`; `body` and `header` as the seed writes them (`body` is `$body`; a bare `header` only
 * says the signature comes in a header); anything else is literal text.
 */
export interface TrutoCheck {
  check: InboundCheck;
  /** The signed timestamp, when one is signed: replay protection applies to it. */
  timestamp?: string;
  replayWindowMs?: number;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const DEFAULT_SIGNATURE_HEADER = '$header.x-signature';

function reference(ref: string, request: InboundRequest, body: unknown): Buffer | undefined {
  if (ref === '$body' || ref === 'body') return request.raw;
  const m = /^\$(header|headers|query|body)\.(.+)$/.exec(ref);
  if (!m) return Buffer.from(ref, 'utf8');
  const value = m[1] === 'body' ? readPath(body, m[2]) : m[1] === 'query' ? request.query[m[2]] : request.headers[m[2].toLowerCase()];
  if (value === undefined || value === null) return undefined;
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
}

const text = (ref: string, request: InboundRequest, body: unknown) => reference(ref, request, body)?.toString('utf8');
const withoutScheme = (value: string | undefined, scheme: string) => value?.replace(new RegExp(`^${scheme}\\s+`, 'i'), '');

/** `hmac`, `HMAC-SHA256`, `hmac_sha1`… → hmac with that algorithm unless `config.algorithm` names one. */
function hmacAlgorithm(format: string, config: JsonObject): HmacAlgorithm | null {
  const named = str(config.algorithm).toLowerCase().replace('-', '') || /sha\d+$/.exec(format)?.[0] || 'sha256';
  return (HMAC_ALGORITHMS as readonly string[]).includes(named) ? (named as HmacAlgorithm) : null;
}

export function trutoCheckOf(verification: JsonObject, request: InboundRequest, body: unknown): TrutoCheck {
  const format = str(verification.format).toLowerCase();
  const config = isObject(verification.config) ? verification.config : {};
  const invalid = (message: string) => new AppError('unauthorized', `The webhook's signature_verification is unusable: ${message}`);
  if (format.startsWith('hmac')) {
    const algorithm = hmacAlgorithm(format, config);
    if (!algorithm) throw invalid(`algorithm ${str(config.algorithm)} is not one of sha1, sha256, sha384, sha512`);
    const parts = (Array.isArray(config.parts) ? config.parts : ['$body']).map(String).filter((p) => p !== 'header');
    const pieces = parts.map((p) => reference(p, request, body));
    const separator = Buffer.from(str(config.separator), 'utf8');
    const signed = pieces.some((p) => p === undefined)
      ? undefined
      : Buffer.concat(pieces.flatMap((p, i) => (i === 0 || separator.length === 0 ? [p as Buffer] : [separator, p as Buffer])));
    const stamp = str(config.timestamp) || parts.find((p) => /^\$header\..*(timestamp|-ts$|time$)/i.test(p));
    return {
      check: {
        kind: 'hmac',
        algorithm,
        key: str(config.secret),
        signed: signed ?? Buffer.alloc(0),
        // A signed part that is missing fails the check (no signature to compare against).
        signature: signed ? text(str(config.compare_with) || DEFAULT_SIGNATURE_HEADER, request, body) : undefined,
        encoding: str(config.string_type).toLowerCase() === 'base64' ? 'base64' : 'hex',
      },
      ...(stamp ? { timestamp: text(stamp, request, body) ?? '' } : {}),
      ...(typeof config.replay_window_seconds === 'number' ? { replayWindowMs: config.replay_window_seconds * 1000 } : {}),
    };
  }
  if (format === 'basic') {
    const given = text(str(config.compare_with) || '$header.authorization', request, body);
    return { check: { kind: 'basic', authorization: given, username: str(config.username), password: str(config.password) } };
  }
  if (format === 'bearer') {
    const given = withoutScheme(text(str(config.compare_with) || '$header.authorization', request, body), 'Bearer');
    return { check: { kind: 'token', given, expected: str(config.token) || str(config.verification_content) } };
  }
  if (format === 'jwt') {
    const algorithm = (str(config.algorithm) || 'HS256').toUpperCase();
    const key: JwtKey | null =
      algorithm === 'HS256'
        ? { algorithm, secret: str(config.secret) }
        : algorithm === 'RS256' && str(config.jwks_url)
          ? { algorithm, jwksUrl: str(config.jwks_url) }
          : algorithm === 'RS256' && (str(config.public_key) || str(config.secret))
            ? { algorithm, publicKey: str(config.public_key) || str(config.secret) }
            : null;
    if (!key) throw invalid('jwt takes algorithm HS256 with a secret, or RS256 with a public_key or a jwks_url');
    const token = withoutScheme(text(str(config.compare_with) || '$header.authorization', request, body), 'Bearer');
    return { check: { kind: 'jwt', token, key, issuer: str(config.issuer) || undefined, audience: str(config.audience) || undefined } };
  }
  throw invalid(`format ${str(verification.format)} is not one of hmac, basic, bearer, jwt`);
}
