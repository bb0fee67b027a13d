import type { Dispatcher } from 'undici';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { LivePublisher } from '../live/live-events.js';
import { evaluateExpression } from './expression.js';
import { sendWorkflowRequest } from './http-request.js';
import { getPath, removePath, setPath } from './payload-path.js';
import { render } from './templates.js';
import type { WorkflowNode } from './workflow-model.js';

/** A node that cannot do its work; the run stops with it (as in Losant, a throw halts every path). */
export class NodeError extends Error {
  constructor(
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

export interface DebugEntry {
  nodeId: string;
  time: string;
  level: string;
  message: string;
  value: unknown;
}

export interface NodeContext {
  applicationId: string;
  publisher: LivePublisher;
  /** The checked way out for HTTP nodes (the egress policy). */
  httpDispatcher(): Promise<Dispatcher>;
  /** Whether the integration belongs to the workflow's application. */
  integrationInApplication(applicationId: string, integrationId: string): Promise<boolean>;
  debug(entry: DebugEntry): void;
  /** Epoch ms by which the run must end. */
  deadline: number;
}

export type Payload = Record<string, unknown>;
/** What a node answers: the output index whose nodes run next. */
type NodeRun = (node: WorkflowNode, payload: Payload, ctx: NodeContext) => Promise<number> | number;

const MAX_DEBUG_CHARS = 32_768;
const MAX_HTTP_TIMEOUT_S = 30;

/** A payload value as the debug log keeps it: a JSON copy, cut when it is too large. */
function snapshot(value: unknown): unknown {
  const text = JSON.stringify(value ?? null) ?? 'null';
  return text.length <= MAX_DEBUG_CHARS ? JSON.parse(text) : { truncated: true, json: text.slice(0, MAX_DEBUG_CHARS) };
}

const text = (config: JsonObject, field: string) => (typeof config[field] === 'string' ? (config[field] as string) : '');

const BROKERS = new Set(['losant', 'local', 'external']);

const mqttMessage: NodeRun = async (node, payload, ctx) => {
  const integrationId = render(node.config.integrationId, payload, 'integrationId').trim().toLowerCase();
  if (integrationId === '' || BROKERS.has(integrationId)) {
    throw new NodeError(
      'ValidationError',
      'MqttMessageNode: Junction has no built-in broker; set config.integrationId to an MQTT integration of this application',
    );
  }
  const topic = render(node.config.topicTemplate, payload, 'topicTemplate');
  if (topic === '') throw new NodeError('ValidationError', 'MqttMessageNode: topicTemplate rendered an empty topic');
  const message = render(node.config.messageTemplate, payload, 'messageTemplate');
  if (!(await ctx.integrationInApplication(ctx.applicationId, integrationId))) {
    throw new NodeError('NotFound', `MqttMessageNode: integration ${integrationId} was not found in this application`);
  }
  try {
    await ctx.publisher.publish(integrationId, topic, message);
  } catch (error) {
    throw new NodeError('MqttError', `MqttMessageNode: ${(error as Error).message}`);
  }
  return 0;
};

function httpBody(config: JsonObject, payload: Payload, headers: Record<string, string>): string | undefined {
  const type = text(config, 'bodyType') || 'string';
  if (type === 'none') return undefined;
  if (type === 'urlencoded') {
    const fields = (Array.isArray(config.bodyFields) ? config.bodyFields : []).filter(isObject);
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    const pairs = fields.map((f): [string, string] => [
      render(f.keyTemplate, payload, 'bodyFields'),
      render(f.valueTemplate, payload, 'bodyFields'),
    ]);
    return new URLSearchParams(pairs).toString();
  }
  const body = render(config.bodyTemplate, payload, 'bodyTemplate');
  if (type === 'jsonTemplate') {
    try {
      JSON.parse(body);
    } catch {
      throw new NodeError('ValidationError', 'HttpNode: bodyTemplate did not render valid JSON');
    }
    headers['content-type'] ??= 'application/json';
  } else if (type !== 'string') {
    throw new NodeError('ValidationError', `HttpNode: bodyType "${type}" is not supported (string, jsonTemplate, urlencoded, none)`);
  }
  return body === '' ? undefined : body;
}

const http: NodeRun = async (node, payload, ctx) => {
  const { config } = node;
  const method = (render(config.method, payload, 'method') || 'GET').toUpperCase();
  const url = render(config.uriTemplate, payload, 'uriTemplate').trim();
  if (!/^https?:\/\//i.test(url))
    throw new NodeError('ValidationError', `HttpNode: uriTemplate must render an http(s) URL, not "${url.slice(0, 200)}"`);
  const headers: Record<string, string> = {};
  for (const h of (Array.isArray(config.headerInfo) ? config.headerInfo : []).filter(isObject)) {
    const name = render(h.key ?? h.keyTemplate, payload, 'headerInfo')
      .trim()
      .toLowerCase();
    if (name !== '') headers[name] = render(h.valueTemplate, payload, 'headerInfo');
  }
  const authType = text(config, 'authType') || 'none';
  if (authType === 'basic') {
    const creds = isObject(config.authCredentials) ? config.authCredentials : {};
    const user = render(creds.usernameTemplate, payload, 'authCredentials.usernameTemplate');
    const password = render(creds.passwordTemplate, payload, 'authCredentials.passwordTemplate');
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  } else if (authType !== 'none') {
    throw new NodeError('ValidationError', `HttpNode: authType "${authType}" is not supported (none, basic)`);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : httpBody(config, payload, headers);
  const seconds = Number(render(config.timeoutTemplate, payload, 'timeoutTemplate') || 10);
  const timeoutMs = Math.min(
    (Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, MAX_HTTP_TIMEOUT_S) : 10) * 1000,
    ctx.deadline - Date.now(),
  );
  const started = Date.now();
  try {
    const answer = await sendWorkflowRequest(
      {
        method,
        url,
        headers,
        body,
        timeoutMs: Math.max(1, timeoutMs),
        followRedirects: config.disableRedirects !== true,
      },
      await ctx.httpDispatcher(),
    );
    let parsed: unknown = answer.body;
    try {
      parsed = JSON.parse(answer.body);
    } catch {}
    const response = { statusCode: answer.statusCode, headers: answer.headers, body: parsed, requestDuration: Date.now() - started };
    if (text(config, 'responsePath')) setPath(payload, text(config, 'responsePath'), response);
  } catch (error) {
    const failure = { name: (error as Error).name === 'TimeoutError' ? 'TimeoutError' : 'HttpError', message: (error as Error).message };
    if (config.errorBehavior === 'payloadPath' && text(config, 'errorPath')) {
      setPath(payload, text(config, 'errorPath'), failure);
      return 0;
    }
    throw new NodeError(failure.name, `HttpNode: ${failure.message}`);
  }
  return 0;
};

const conditional: NodeRun = (node, payload) => {
  const expression = text(node.config, 'expression');
  try {
    return evaluateExpression(expression, payload) ? 1 : 0;
  } catch (error) {
    throw new NodeError(
      'ExpressionError',
      `ConditionalNode: the expression "${expression.slice(0, 200)}" cannot be evaluated: ${(error as Error).message}`,
    );
  }
};

const debug: NodeRun = (node, payload, ctx) => {
  const property = text(node.config, 'property');
  ctx.debug({
    nodeId: node.id,
    time: new Date().toISOString(),
    level: text(node.config, 'level') || 'verbose',
    message: render(node.config.message, payload, 'message'),
    value: snapshot(property ? getPath(payload, property) : payload),
  });
  return 0;
};

function copyOf(value: unknown): unknown {
  return value === undefined ? undefined : structuredClone(value);
}

const mutate: NodeRun = (node, payload) => {
  const rules = (Array.isArray(node.config.rules) ? node.config.rules : []).filter(isObject);
  for (const rule of rules) {
    const source = text(rule, 'source');
    const destination = text(rule, 'destination');
    if (rule.type === 'set') {
      const rendered = render(rule.valueTemplate, payload, 'valueTemplate');
      let value: unknown = rendered;
      if (rule.valueTemplateType === 'json') {
        try {
          value = JSON.parse(rendered);
        } catch {
          value = undefined;
        }
      }
      setPath(payload, destination, value);
    } else if (rule.type === 'copy' || rule.type === 'move') {
      setPath(payload, destination, copyOf(getPath(payload, source)));
      if (rule.type === 'move') removePath(payload, source);
    } else if (rule.type === 'remove') {
      removePath(payload, source);
    } else {
      throw new NodeError('ValidationError', `MutateNode: rule type "${String(rule.type)}" is not one of set, remove, copy, move`);
    }
  }
  return 0;
};

/** The node types Junction runs, by Losant's names. */
export const NODE_TYPES: Record<string, NodeRun> = {
  MqttMessageNode: mqttMessage,
  HttpNode: http,
  ConditionalNode: conditional,
  DebugNode: debug,
  MutateNode: mutate,
};
