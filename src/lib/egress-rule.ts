/**
 * The egress rule: which addresses Junction may connect to on a user's behalf. By default every address
 * but a public one is refused; `EGRESS_ALLOW` (CIDR ranges, addresses and host names) allows more.
 */

export type AddressClass = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'reserved';

interface Ip {
  family: 4 | 6;
  value: bigint;
}

interface Range extends Ip {
  bits: number;
}

/** A parsed `EGRESS_ALLOW`: ranges (a lone address is a full-length range) and host names (`*.` suffixes). */
export interface EgressAllow {
  readonly ranges: readonly Range[];
  readonly hosts: readonly string[];
}

export const NO_EGRESS_ALLOW: EgressAllow = Object.freeze({ ranges: [], hosts: [] });

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | null {
  const address = text.replace(/%[\w.-]+$/, '');
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const words: number[] = [];
  const all = [...head, ...tail];
  const last = all[all.length - 1];
  let v4: bigint | null = null;
  if (last?.includes('.')) {
    v4 = parseIpv4(last);
    if (v4 === null) return null;
    if (tail.length > 0) tail.pop();
    else head.pop();
  }
  const width = 8 - (v4 === null ? 0 : 2);
  const missing = width - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  for (const group of [...head, ...Array(missing).fill('0'), ...tail]) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    words.push(Number.parseInt(group, 16));
  }
  let value = 0n;
  for (const word of words) value = (value << 16n) | BigInt(word);
  return v4 === null ? value : (value << 32n) | v4;
}

/** An address as its family and number; IPv6 forms carrying an IPv4 address (mapped, NAT64, compatible) as IPv4. */
function parseIp(text: string): Ip | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const v4 = parseIpv4(bare);
  if (v4 !== null) return { family: 4, value: v4 };
  if (!bare.includes(':')) return null;
  const v6 = parseIpv6(bare);
  if (v6 === null) return null;
  const high = v6 >> 32n;
  const embedded = high === 0xffffn || high === 0x64ff9b0000000000000000n || (high === 0n && v6 > 1n);
  return embedded ? { family: 4, value: v6 & 0xffffffffn } : { family: 6, value: v6 };
}

const inRange = (ip: Ip, range: Range) => {
  if (ip.family !== range.family) return false;
  const shift = BigInt((ip.family === 4 ? 32 : 128) - range.bits);
  return ip.value >> shift === range.value >> shift;
};

function range(cidr: string): Range {
  const [address, bits] = cidr.split('/');
  const ip = parseIp(address) as Ip;
  return { ...ip, bits: Number(bits) };
}

/** Every address class but `public`, most specific first. */
const CLASSES: [AddressClass, Range][] = (
  [
    ['unspecified', '0.0.0.0/8'],
    ['loopback', '127.0.0.0/8'],
    ['private', '10.0.0.0/8'],
    ['private', '172.16.0.0/12'],
    ['private', '192.168.0.0/16'],
    ['private', '100.64.0.0/10'],
    ['link-local', '169.254.0.0/16'],
    ['reserved', '224.0.0.0/3'],
    ['unspecified', '::/128'],
    ['loopback', '::1/128'],
    ['private', 'fc00::/7'],
    ['private', 'fec0::/10'],
    ['link-local', 'fe80::/10'],
    ['reserved', 'ff00::/8'],
  ] as const
).map(([kind, cidr]) => [kind, range(cidr)]);

/** The class of an IP address, or null when the text is not one. */
export function classifyAddress(address: string): AddressClass | null {
  const ip = parseIp(address);
  if (!ip) return null;
  return CLASSES.find(([, r]) => inRange(ip, r))?.[0] ?? 'public';
}

export const isIpLiteral = (host: string) => parseIp(host) !== null;

const HOST_NAME = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const normalHost = (host: string) => host.trim().toLowerCase().replace(/\.$/, '');

/** Reads `EGRESS_ALLOW`: comma-separated CIDR ranges, addresses and host names (`*.corp.example` for subdomains). */
export function parseEgressAllow(text: string | undefined): { allow: EgressAllow; problems: string[] } {
  const ranges: Range[] = [];
  const hosts: string[] = [];
  const problems: string[] = [];
  for (const entry of (text ?? '').split(',').map(normalHost).filter(Boolean)) {
    const [address, bits, extra] = entry.split('/');
    const ip = parseIp(address);
    const v6Text = address.includes(':');
    const max = v6Text ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (ip && extra === undefined && bitsOk) {
      // An IPv4-mapped range (::ffff:10.0.0.0/104) is kept as the IPv4 range it covers.
      const full = bits === undefined ? max : Number(bits);
      ranges.push({ ...ip, bits: v6Text && ip.family === 4 ? Math.max(0, full - 96) : full });
    } else if (bits === undefined && !/^[\d.]+$/.test(address) && HOST_NAME.test(address)) {
      // Dotted digits that are no address (`300.1.1.1`, `10.1`) are refused rather than taken for a name.
      hosts.push(address);
    } else {
      problems.push(`EGRESS_ALLOW: "${entry}" is not a CIDR range, an address or a host name`);
    }
  }
  return { allow: Object.freeze({ ranges, hosts }), problems };
}

/** Whether a host name is on the allow list by name (then any address it resolves to is allowed). */
export function hostAllowed(allow: EgressAllow, host: string): boolean {
  const name = normalHost(host);
  return allow.hosts.some((h) => (h.startsWith('*.') ? name.endsWith(h.slice(1)) : name === h));
}

/** Null when Junction may connect to `address`, else the class that refuses it (an address that is not an IP: `reserved`). */
export function addressRefusal(allow: EgressAllow, address: string): Exclude<AddressClass, 'public'> | null {
  const ip = parseIp(address);
  if (!ip) return 'reserved';
  const kind = CLASSES.find(([, r]) => inRange(ip, r))?.[0] ?? 'public';
  if (kind === 'public' || allow.ranges.some((r) => inRange(ip, r))) return null;
  return kind;
}

/**
 * For a URL being saved (a base URL): the class that refuses it when its host is a literal address the rule
 * refuses, else null. Host names and URLs that are not complete yet (placeholders) wait for connect time.
 */
export function literalUrlRefusal(allow: EgressAllow, url: string): Exclude<AddressClass, 'public'> | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  if (!isIpLiteral(host) || hostAllowed(allow, host)) return null;
  return addressRefusal(allow, host);
}
