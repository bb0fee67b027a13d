import type WebSocket from 'ws';
import type { ClientOptions } from 'ws';
import { dial, REFUSE_INTERNAL } from './dial.js';
import type { LiveIntegration, WebSocketConfig } from './ports.js';
import { ConnectFailure, errorText, type OpenOptions, type Session, type SessionEvents } from './session.js';

/** How long a clean close may take before the socket is cut. */
const CLOSE_GRACE_MS = 250;

export function webSocketOptions(config: WebSocketConfig, connectTimeoutMs: number): ClientOptions {
  const headers = Object.fromEntries((config.headers ?? []).map((h) => [h.headerKey, h.headerValue]));
  return {
    headers,
    handshakeTimeout: connectTimeoutMs,
    ...(config.username !== undefined ? { auth: `${config.username}:${config.password ?? ''}` } : {}),
    ...(config.privateKey ? { key: config.privateKey } : {}),
    ...(config.certificate ? { cert: config.certificate } : {}),
    ...(config.caCertificate ? { ca: config.caCertificate } : {}),
    rejectUnauthorized: config.disableSSLVerification !== true,
  };
}

function waitOpen(socket: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (statusCode: number | null, reason: string) => {
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.terminate();
      reject(new ConnectFailure(reason, { statusCode, reason }));
    };
    socket.once('open', () => {
      socket.removeAllListeners();
      resolve();
    });
    socket.once('unexpected-response', (_request, response) =>
      fail(response.statusCode ?? null, `The server answered ${response.statusCode} ${response.statusMessage ?? ''}`.trim()),
    );
    socket.once('error', (error) => fail(null, errorText(error)));
    socket.once('close', (code, reason) => fail(code, reason.toString() || 'The server closed the connection'));
  });
}

/** One WebSocket connection; each message is `{data, length}`, keep-alive is a ping every interval. */
export async function openWebSocket(integration: LiveIntegration, events: SessionEvents, options: OpenOptions): Promise<Session> {
  const config = integration.websocketConfig;
  if (!config) throw new ConnectFailure('The integration has no websocketConfig', { statusCode: null, reason: 'no websocketConfig' });
  const socket = await dial(
    { kind: 'websocket', url: config.url, options: webSocketOptions(config, options.connectTimeoutMs) },
    options.egress ?? REFUSE_INTERNAL,
  );
  const abort = () => socket.terminate();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    await waitOpen(socket);
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  let ending = false;
  let answered = true;
  let lastError: string | null = null;
  // A ping unanswered by the next one means the connection is dead: cut it.
  const pinger = setInterval(() => {
    if (!answered) return socket.terminate();
    answered = false;
    socket.ping();
  }, options.keepaliveSeconds * 1000);
  pinger.unref();
  socket.on('pong', () => {
    answered = true;
    events.heard();
  });
  socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
    const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    events.heard();
    events.message({ data: buffer.toString('utf8'), length: buffer.length });
  });
  socket.on('error', (error) => {
    lastError = errorText(error);
  });
  socket.once('close', (code, reason) => {
    clearInterval(pinger);
    if (ending) return;
    const text = reason.toString();
    events.closed({ statusCode: code, reason: text }, lastError ?? `The server closed the connection (${code}${text ? ` ${text}` : ''})`);
  });
  return {
    async publish(_topic, message) {
      await new Promise<void>((resolve, reject) => socket.send(message, (error) => (error ? reject(error) : resolve())));
    },
    async setTopics() {},
    async close() {
      ending = true;
      clearInterval(pinger);
      if (socket.readyState === socket.CLOSED) return;
      await new Promise<void>((resolve) => {
        const cut = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
        socket.once('close', () => {
          clearTimeout(cut);
          resolve();
        });
        socket.close(1000, 'Integration closed');
      });
    },
  };
}
