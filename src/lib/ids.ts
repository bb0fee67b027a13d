import { randomBytes } from 'node:crypto';

const OBJECT_ID = /^[a-f\d]{24}$/i;

// One call into the random source per 512 ids instead of one per id (ids are made on every write and call).
const POOL_IDS = 512;
let pool = '';
let poolOffset = 0;

function randomHex16(): string {
  if (poolOffset >= pool.length) {
    pool = randomBytes(8 * POOL_IDS).toString('hex');
    poolOffset = 0;
  }
  const hex = pool.slice(poolOffset, poolOffset + 16);
  poolOffset += 16;
  return hex;
}

/** 24 lowercase hex characters: 4-byte seconds timestamp then 8 random bytes. */
export function newId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + randomHex16();
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}

export function normalizeId(value: string): string {
  return value.toLowerCase();
}
