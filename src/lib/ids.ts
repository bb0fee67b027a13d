import { randomBytes } from 'node:crypto';

const OBJECT_ID = /^[a-f\d]{24}$/i;

/** 24 lowercase hex characters: 4-byte seconds timestamp then 8 random bytes. */
export function newId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  return seconds + randomBytes(8).toString('hex');
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}

export function normalizeId(value: string): string {
  return value.toLowerCase();
}
