import { randomBytes } from 'node:crypto';

const OBJECT_ID = /^[a-f\d]{24}$/i;

// The ObjectId layout: seconds, a random value fixed for the process, and a counter. Ids made by one
// process in one second therefore sort in the order they were made, which breaks ties between rows
// created in the same millisecond in creation order.
const PROCESS_PART = randomBytes(5).toString('hex');
const COUNTER_LIMIT = 0x1000000;
let counter = 0;

/** 24 lowercase hex characters: 4-byte seconds timestamp, 5 random bytes per process, 3-byte counter. */
export function newId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  counter = (counter + 1) % COUNTER_LIMIT;
  return seconds + PROCESS_PART + counter.toString(16).padStart(6, '0');
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}

export function normalizeId(value: string): string {
  return value.toLowerCase();
}
