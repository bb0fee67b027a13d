import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { buildConnector, Dispatcher } from 'undici';
import { addressRefusal, type EgressAllow, hostAllowed, isIpLiteral, NO_EGRESS_ALLOW } from '../../lib/egress-rule.js';
import { AppError } from '../../lib/errors.js';

/** The error of a connection the egress policy refuses (403 in every surface, in the call log). */
export function egressRefused(host: string, address: string, kind: string): AppError {
  const where = address === host ? host : `${host} (${address})`;
  return new AppError(
    'egress_refused',
    `Junction does not connect to ${where}: it is ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} address. An administrator can allow it with EGRESS_ALLOW.`,
    [{ path: 'egress', message: `${kind} address refused`, code: 'egress_refused' }],
  );
}

/** The refusal inside what a connection failure was wrapped in (fetch's `TypeError: fetch failed`), if any. */
export function egressRefusalOf(error: unknown): AppError | null {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof AppError && e.code === 'egress_refused') return e;
  }
  return null;
}

/** The addresses of `host` Junction may connect to, or the refusal: every address is checked. */
function allowedAddresses(allow: EgressAllow, host: string, addresses: LookupAddress[]): LookupAddress[] | AppError {
  if (hostAllowed(allow, host)) return addresses;
  const allowed = addresses.filter((a) => addressRefusal(allow, a.address) === null);
  if (allowed.length > 0 || addresses.length === 0) return allowed;
  return egressRefused(host, addresses[0].address, addressRefusal(allow, addresses[0].address) as string);
}

/** A `lookup` for `net.connect` that resolves a name and hands on only the addresses the policy allows. */
export function checkingLookup(allow: EgressAllow): LookupFunction {
  return (hostname, options, callback) => {
    const all: LookupAllOptions = { ...options, all: true };
    dnsLookup(hostname, all, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const allowed = allowedAddresses(allow, hostname, addresses);
      if (allowed instanceof AppError) return callback(allowed as unknown as NodeJS.ErrnoException, '', 4);
      if (allowed.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
      callback(null, allowed[0].address, allowed[0].family);
    });
  };
}

/** Resolves a host and checks it: the address to connect to (a literal address is checked as it is). */
function resolveChecked(allow: EgressAllow, host: string): Promise<LookupAddress> {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (isIpLiteral(bare)) {
    const kind = hostAllowed(allow, bare) ? null : addressRefusal(allow, bare);
    if (kind) return Promise.reject(egressRefused(host, bare, kind));
    return Promise.resolve({ address: bare, family: bare.includes(':') ? 6 : 4 });
  }
  return new Promise((resolve, reject) => {
    checkingLookup(allow)(bare, { all: false }, (error, address, family) =>
      error ? reject(error) : resolve({ address: address as string, family: family ?? 4 }),
    );
  });
}

/** How every call Junction makes for a user leaves the process. */
export interface Egress {
  readonly allow: EgressAllow;
  /** An undici dispatcher (keep-alive pool) whose every new connection, redirect hops included, is checked. */
  dispatcher(): Promise<Dispatcher>;
  /** For a connection Junction opens itself (a broker): the checked address to connect to `host` at. */
  resolve(host: string): Promise<{ address: string; family: number }>;
  close(): Promise<void>;
}

export function createEgress(allow: EgressAllow = NO_EGRESS_ALLOW): Egress {
  // undici is loaded on the first call: most nodes start without ever calling out.
  let agent: Promise<Dispatcher> | undefined;
  return {
    allow,
    dispatcher() {
      agent ??= import('undici').then(({ Agent, buildConnector }) => {
        const connectChecked = buildConnector({ lookup: checkingLookup(allow) });
        // Literal addresses never reach `lookup`: they are checked here.
        const connect: buildConnector.connector = (options, callback) => {
          const host = options.hostname;
          const kind = isIpLiteral(host) && !hostAllowed(allow, host) ? addressRefusal(allow, host) : null;
          if (kind) return callback(egressRefused(host, host, kind), null);
          connectChecked(options, callback);
        };
        return new Agent({ keepAliveTimeout: 10_000, connections: 128, connect });
      });
      return agent;
    },
    resolve: (host) => resolveChecked(allow, host),
    async close() {
      const open = agent;
      agent = undefined;
      if (open) await (await open).close();
    },
  };
}
