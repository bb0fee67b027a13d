import type * as SerializerModule from '@fastify/fast-json-stringify-compiler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { TSchema } from 'typebox';
import { lazyModule } from '../../lib/lazy-module.js';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** What identifies one stored state of a resource: a write bumps the version and the time. */
export interface Stamp {
  id: string;
  version: number;
  updatedAt: string;
  /** What else the view shows that changes apart from the version ('' when nothing). */
  status: string;
}

/**
 * A surface's encoded wire body per resource, valid for one stamp: a resource changes only with its
 * version, so a hit is the answer the encoder would give now (kept in `EncodedStates`, keyed by id).
 */
export class EncodedBodies {
  readonly #states: EncodedStates;

  constructor(maxChars = 4_000_000) {
    this.#states = new EncodedStates(maxChars);
  }

  get(stamp: Stamp): string | undefined {
    return this.#states.get(stamp.id, stateOf(stamp));
  }

  set(stamp: Stamp, body: string): void {
    this.#states.set(stamp.id, stateOf(stamp), body);
  }
}

const stateOf = (stamp: Stamp) => `${stamp.version}|${stamp.updatedAt}|${stamp.status}`;

/**
 * Encoded bodies valid for one state of what they show, named by a `state` string the caller reads in one
 * query (a generation, a stamp with what else the view depends on): a hit is the answer the encoder would
 * give now. Bounded by characters held; the oldest entries go first.
 */
export class EncodedStates {
  readonly #entries = new Map<string, { state: string; body: string }>();
  #chars = 0;

  constructor(private readonly maxChars = 4_000_000) {}

  get(key: string, state: string): string | undefined {
    const entry = this.#entries.get(key);
    return entry !== undefined && entry.state === state ? entry.body : undefined;
  }

  set(key: string, state: string, body: string): void {
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#chars -= old.body.length + key.length;
      this.#entries.delete(key);
    }
    if (body.length > this.maxChars / 16) return;
    this.#entries.set(key, { state, body });
    this.#chars += body.length + key.length;
    for (const [oldest, entry] of this.#entries) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= entry.body.length + oldest.length;
    }
  }
}

/** A strong validator: the same stamp always encodes to the same bytes. */
export function tagOf(stamp: Stamp): string {
  const time = Date.parse(stamp.updatedAt).toString(36);
  return stamp.status === '' ? `"${stamp.version}-${time}"` : `"${stamp.version}-${time}-${hash(stamp.status)}"`;
}

/** FNV-1a, 32 bits, base 36: tells status states apart in a tag. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function matches(ifNoneMatch: string, tag: string): boolean {
  if (ifNoneMatch === tag) return true;
  for (const part of ifNoneMatch.split(',')) {
    const candidate = part.trim();
    if (candidate === '*' || candidate === tag || candidate === `W/${tag}`) return true;
  }
  return false;
}

/** Sends an encoded JSON body with its ETag; a matching If-None-Match gets 304 and no body. */
export function sendEncoded(request: FastifyRequest, reply: FastifyReply, stamp: Stamp, body: string): FastifyReply {
  const tag = tagOf(stamp);
  reply.header('etag', tag);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, tag)) return reply.code(304).send();
  return reply.header('content-type', JSON_TYPE).send(body);
}

/**
 * Sends a body encoded from a full read: kept and tagged under the stamp read before it when both saw the
 * same version, else (a write came between) sent as it is.
 */
export function sendFresh(
  request: FastifyRequest,
  reply: FastifyReply,
  bodies: EncodedBodies,
  stamp: Stamp | undefined,
  state: { version: number; updatedAt: string },
  body: string,
): FastifyReply {
  if (stamp === undefined || stamp.version !== state.version || stamp.updatedAt !== state.updatedAt) {
    return reply.header('content-type', JSON_TYPE).send(body);
  }
  bodies.set(stamp, body);
  return sendEncoded(request, reply, stamp, body);
}

type SelectSerializer = (
  external: unknown,
  options: unknown,
) => (route: { schema: TSchema; method: string; url: string; httpStatus: string }) => (data: unknown) => string;
const serializerCompiler = lazyModule<typeof SerializerModule>('@fastify/fast-json-stringify-compiler');
let selectSerializer: SelectSerializer | undefined;

/** The encoder Fastify would compile for a response schema (same compiler, same bytes), compiled on first use. */
export function encoderOf<T>(schema: TSchema): (value: T) => string {
  let compiled: ((data: unknown) => string) | undefined;
  return (value) => {
    selectSerializer ??= serializerCompiler().SerializerSelector() as unknown as SelectSerializer;
    compiled ??= selectSerializer({}, {})({ schema, method: 'GET', url: '/', httpStatus: '200' });
    return compiled(value);
  };
}
