import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../../lib/errors.js';
import { pointerToPath } from '../../lib/json.js';
import { isStoreUnavailable } from '../../lib/store-unavailable.js';
import { allowedMethods } from './route-catalogue.js';

const FASTIFY_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'unavailable',
  502: 'upstream_error',
  504: 'upstream_timeout',
};

/** The property a `required` or `additionalProperties` failure is about, as a JSON Pointer suffix. */
function namedProperty(params: Record<string, unknown> | undefined): string {
  const name = params?.missingProperty ?? params?.additionalProperty;
  return typeof name === 'string' ? `/${name.replaceAll('~', '~0').replaceAll('/', '~1')}` : '';
}

/** Turns anything thrown while handling a request into an AppError, whatever the surface. */
export function toAppError(error: unknown, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const details = fastifyError.validation.map((v) => ({
      path: pointerToPath(fastifyError.validationContext ?? 'body', `${v.instancePath || ''}${namedProperty(v.params)}`),
      message: v.message ?? 'is invalid',
    }));
    return new AppError('validation', fastifyError.message, details);
  }
  if (isStoreUnavailable(error)) {
    request.log.error({ err: error }, 'store unavailable');
    return new AppError('unavailable', 'The store is unavailable; retry shortly');
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(FASTIFY_STATUS_CODES[status] ?? 'bad_request', fastifyError.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return new AppError('internal', 'An internal error occurred');
}

/**
 * What a request no route serves gets: 405 with `Allow` when the path is served with other methods,
 * else 404.
 */
export function unroutedError(request: FastifyRequest, reply: FastifyReply): AppError {
  const path = request.url.split('?')[0];
  const allowed = allowedMethods(request.server.routeCatalogue, path);
  if (allowed.length === 0 || allowed.includes(request.method)) {
    return new AppError('not_found', `Route ${request.method} ${path} was not found`);
  }
  reply.header('allow', allowed.join(', '));
  return new AppError('method_not_allowed', `Method ${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`);
}

export type ErrorEncoder = (error: AppError) => unknown;

/** Answers an error raised before routing (a malformed URL, an over-long path parameter). */
export function sendFrameworkError(error: unknown, request: FastifyRequest, reply: FastifyReply, encode: ErrorEncoder) {
  const appError = toAppError(error, request);
  return reply
    .status(appError.status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify(encode(appError)));
}

/** Installs one error handler and one not-found handler on a surface's plugin scope. */
export function useErrorEncoder(app: ErrorHandlerHost, encode: ErrorEncoder): void {
  useErrorEncoderFor(app, () => encode);
}

type ErrorHandlerHost = {
  setErrorHandler: (h: (e: unknown, req: FastifyRequest, reply: FastifyReply) => unknown) => unknown;
  setNotFoundHandler: (h: (req: FastifyRequest, reply: FastifyReply) => unknown) => unknown;
};

/** Like useErrorEncoder, with the encoder picked by the request's path (for the root scope). */
export function useErrorEncoderFor(app: ErrorHandlerHost, encoderFor: (url: string) => ErrorEncoder): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error, request);
    if (appError.code === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
    return reply
      .status(appError.status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(encoderFor(request.url)(appError)));
  });
  app.setNotFoundHandler((request, reply) => {
    const appError = unroutedError(request, reply);
    return reply
      .status(appError.status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(encoderFor(request.url)(appError)));
  });
}
