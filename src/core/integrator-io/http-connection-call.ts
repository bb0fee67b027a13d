import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { EngineCall } from '../../runtime/engine/execute.js';
import { joinUrl } from '../../runtime/engine/request-builder.js';
import type { StepRequest } from '../../runtime/flows/ports.js';
import { authorization, placeholders } from './http-connection-ping.js';

/**
 * The method of a flow step: its rendered URI and headers are read from `context._step` by whole-value
 * placeholders, so text a record put there is sent as it is and never read as a placeholder itself.
 */
export function stepMethod(request: StepRequest, base: JsonObject = {}): JsonObject {
  const headers: JsonObject = { ...(isObject(base.headers) ? base.headers : {}) };
  Object.keys(request.headers).forEach((name, i) => {
    headers[name] = `{{context._step.headers.${i}}}`;
  });
  return { ...base, method: request.method.toLowerCase(), path: '{{context._step.uri}}', headers };
}

export const stepContext = (request: StepRequest) => ({ uri: request.uri, headers: Object.values(request.headers) });

/** A next-page URL an upstream handed out is followed only on the connection's own origin (it gets its credentials). */
export function checkOrigin(baseUri: string, request: StepRequest) {
  if (!/^https?:\/\//i.test(request.uri)) return;
  let same = false;
  try {
    same = new URL(request.uri).origin === joinUrl(baseUri, '').origin;
  } catch {
    same = false;
  }
  if (!same) throw new AppError('unprocessable', `The step's URL ${new URL(request.uri).origin} is not on the connection's origin.`);
}

/** The engine call of one flow step over a plain `http` connection (`doc` with its secrets). */
export function httpStepCall(doc: JsonObject, request: StepRequest): EngineCall {
  if (doc.type !== 'http') throw new AppError('unprocessable', `Flows run over http connections; this one is ${String(doc.type)}.`);
  const http = isObject(doc.http) ? doc.http : {};
  if (typeof http.baseURI !== 'string' || !/^https?:\/\//i.test(http.baseURI)) {
    throw new AppError('unprocessable', 'The connection has no http(s) http.baseURI.');
  }
  checkOrigin(http.baseURI, request);
  const connectionHeaders: JsonObject = {};
  for (const header of Array.isArray(http.headers) ? http.headers : []) {
    if (isObject(header) && typeof header.name === 'string') connectionHeaders[header.name] = placeholders(String(header.value ?? ''));
  }
  const auth = authorization(isObject(http.auth) ? http.auth : {});
  const method = stepMethod(request, {
    headers: connectionHeaders,
    ...(auth.query ? { query: auth.query } : {}),
    ...(auth.authorization ? { authorization: auth.authorization } : { no_auth: true }),
  });
  return {
    config: { base_url: placeholders(http.baseURI), resources: { flow: { step: method } } },
    resource: 'flow',
    method: 'step',
    query: {},
    body: request.body,
    context: { connection: doc, _auth: auth.values, _step: stepContext(request) },
    anyStatus: true,
  };
}
