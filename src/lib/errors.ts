export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'precondition_failed'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'unavailable'
  | 'internal'
  | 'unprocessable'
  | 'upstream_error'
  /** A connection the egress policy refuses (EGRESS_ALLOW). */
  | 'egress_refused'
  | 'upstream_timeout';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
  unprocessable: 422,
  upstream_error: 502,
  egress_refused: 403,
  upstream_timeout: 504,
};

export interface ErrorDetail {
  path?: string;
  message: string;
  /** A surface-specific reason (integrator.io's `invalid_ref`, …), when one applies. */
  code?: string;
}

/** The one error type core throws; each surface encodes it in its own shape. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = (resource: string) => new AppError('not_found', `${resource} was not found`);
export const badRequest = (message: string, details?: ErrorDetail[]) => new AppError('bad_request', message, details);
