import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { type EgressAllow, parseEgressAllow } from './lib/egress-rule.js';

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly secret: string;
  readonly logLevel: string;
  readonly bodyLimit: number;
  /** Per-token request bucket of Junction's own API. */
  readonly rateLimit: { readonly burst: number; readonly perSecond: number };
  /** Shares the rate-limit buckets between nodes when set. */
  readonly redisUrl: string | null;
  /** `GET /metrics`: absent, open to anyone, or for a token with the `metrics.get` scope. */
  readonly metrics: 'off' | 'public' | 'token';
  /** Browser origins allowed by CORS (`*` for any); null answers no preflight. */
  readonly corsOrigins: readonly string[] | null;
  /** Fastify's trustProxy: which proxies' X-Forwarded-* headers are believed. */
  readonly trustProxy: boolean | number | string;
  /** `auto`: pretty when standard output is a terminal, JSON lines otherwise. */
  readonly logFormat: 'json' | 'pretty' | 'auto';
  /** Where the first start writes the admin token (mode 0600) instead of showing it on stderr. */
  readonly adminTokenFile: string | null;
  /** Internal addresses and host names calls made for users may reach (EGRESS_ALLOW); public ones always may. */
  readonly egressAllow: EgressAllow;
  /** The MCP endpoint's limits. */
  readonly mcp: McpLimits;
}

/** Per MCP server: a request budget (burst, then per second), the largest request, the largest tool result (characters). */
export interface McpLimits {
  readonly burst: number;
  readonly perSecond: number;
  readonly bodyLimit: number;
  readonly resultChars: number;
}

export const DEFAULT_MCP_LIMITS: McpLimits = Object.freeze({ burst: 120, perSecond: 10, bodyLimit: 512 * 1024, resultChars: 100_000 });

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * What to do without `JUNCTION_SECRET`: `create` reads or generates `DATA_DIR/secret`; `existing` reads
 * it and reports its absence; `unused` (migrations) leaves `secret` empty and requires none.
 */
export type SecretMode = 'create' | 'existing' | 'unused';

/** Reads and validates the environment once; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, secretMode: SecretMode = 'create'): Config {
  const problems: string[] = [];
  const host = env.HOST?.trim() || '127.0.0.1';
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 0 || port > 65535) problems.push(`PORT must be an integer 0..65535, got "${portText}"`);
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl))
    problems.push('DATABASE_URL must be a postgres:// URL (leave it unset for the embedded SQLite store)');
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const bodyLimitText = env.BODY_LIMIT?.trim() || String(1024 * 1024);
  const bodyLimit = Number(bodyLimitText);
  if (!/^\d+$/.test(bodyLimitText) || bodyLimit < 1024)
    problems.push(`BODY_LIMIT must be an integer of bytes >= 1024, got "${bodyLimitText}"`);
  const oneOf = <T extends string>(name: string, values: readonly T[], fallback: T): T => {
    const text = env[name]?.trim() || fallback;
    if (!values.includes(text as T)) problems.push(`${name} must be one of ${values.join(', ')}, got "${text}"`);
    return text as T;
  };
  const positive = (name: string, fallback: number) => {
    const text = env[name]?.trim() || String(fallback);
    if (!/^\d+$/.test(text) || Number(text) < 1) problems.push(`${name} must be a positive integer, got "${text}"`);
    return Number(text);
  };
  const rateLimit = { burst: positive('RATE_LIMIT_BURST', 1000), perSecond: positive('RATE_LIMIT_PER_SECOND', 300) };
  const mcp = {
    burst: positive('MCP_RATE_LIMIT_BURST', DEFAULT_MCP_LIMITS.burst),
    perSecond: positive('MCP_RATE_LIMIT_PER_SECOND', DEFAULT_MCP_LIMITS.perSecond),
    bodyLimit: positive('MCP_BODY_LIMIT', DEFAULT_MCP_LIMITS.bodyLimit),
    resultChars: positive('MCP_RESULT_LIMIT', DEFAULT_MCP_LIMITS.resultChars),
  };
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must be a redis:// URL');
  const metrics = oneOf('METRICS', ['off', 'public', 'token'] as const, 'token');
  const logFormat = oneOf('LOG_FORMAT', ['json', 'pretty', 'auto'] as const, 'auto');
  const corsOrigins = parseOrigins(env.CORS_ORIGINS, problems);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY, problems);
  const egress = parseEgressAllow(env.EGRESS_ALLOW);
  problems.push(...egress.problems);
  const adminTokenFile = env.ADMIN_TOKEN_FILE?.trim() ? resolve(env.ADMIN_TOKEN_FILE.trim()) : null;
  let secret = env.JUNCTION_SECRET?.trim() || '';
  if (secret && secret.length < 32) problems.push('JUNCTION_SECRET must be at least 32 characters');
  if (!secret && databaseUrl && secretMode !== 'unused')
    problems.push('JUNCTION_SECRET is required when DATABASE_URL is set (every node must share it)');
  const secretFile = join(dataDir, 'secret');
  if (!secret && !databaseUrl && secretMode === 'existing' && !existsSync(secretFile))
    problems.push(`JUNCTION_SECRET is unset and ${secretFile} does not exist: is DATA_DIR right? (serve or init creates it)`);
  if (problems.length > 0) throw new ConfigError(problems);
  if (!secret && !databaseUrl && secretMode !== 'unused') secret = readOrCreateSecret(dataDir);
  return Object.freeze({
    host,
    port,
    dataDir,
    databaseUrl,
    secret,
    logLevel,
    bodyLimit,
    rateLimit,
    redisUrl,
    metrics,
    corsOrigins,
    trustProxy,
    logFormat,
    adminTokenFile,
    egressAllow: egress.allow,
    mcp: Object.freeze(mcp),
  });
}

/** `*`, or origins (`scheme://host[:port]`) separated by commas. */
function parseOrigins(text: string | undefined, problems: string[]): string[] | null {
  const origins = (text ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (origins.length === 0) return null;
  if (origins.includes('*')) {
    if (origins.length > 1) problems.push('CORS_ORIGINS is either * or a list of origins, not both');
    return ['*'];
  }
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://app.example.com`);
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
}

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `true`, a number of hops, or addresses, CIDR ranges and the names loopback/linklocal/uniquelocal. */
function parseTrustProxy(text: string | undefined, problems: string[]): boolean | number | string {
  const value = text?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((e) => e.trim());
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGES.has(entry) && (family === 0 || !bitsOk || extra !== undefined)) {
      problems.push(`TRUST_PROXY: "${entry}" is not true, a hop count, an address, a CIDR range or loopback/linklocal/uniquelocal`);
    }
  }
  return entries.join(',');
}

function readOrCreateSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}
