import { randomBytes } from 'node:crypto';
import type { MqttClient } from 'mqtt';
import { dial, REFUSE_INTERNAL } from './dial.js';
import { mqttOptions, mqttUrl } from './mqtt-options.js';
import type { LiveIntegration } from './ports.js';
import { ConnectFailure, errorText, type OpenOptions, type Session, type SessionEvents } from './session.js';

/** Subscriptions are QoS 0: a message is handed over at most once, never twice. */
const QOS = 0;

function waitConnected(client: MqttClient): Promise<void> {
  return new Promise((resolve, reject) => {
    let lastError: unknown = null;
    const onError = (error: unknown) => {
      lastError = error;
    };
    const onClose = () => {
      client.off('connect', onConnect).off('error', onError);
      const message = lastError ? errorText(lastError) : 'The broker closed the connection before accepting it';
      reject(new ConnectFailure(message, message));
    };
    const onConnect = () => {
      client.off('close', onClose).off('error', onError);
      resolve();
    };
    client.once('connect', onConnect).on('error', onError).once('close', onClose);
  });
}

async function subscribe(client: MqttClient, topics: string[], events: SessionEvents) {
  if (topics.length === 0) return;
  const granted = await client.subscribeAsync(topics, { qos: QOS });
  const refused = granted.filter((g) => g.qos === 128).map((g) => g.topic);
  if (refused.length > 0) events.problem(`The broker refused the subscription to ${refused.join(', ')}`);
}

/** One connection to the integration's broker, its topics subscribed. */
export async function openMqtt(integration: LiveIntegration, events: SessionEvents, options: OpenOptions): Promise<Session> {
  const config = integration.mqttConfig;
  if (!config) throw new ConnectFailure('The integration has no mqttConfig', 'The integration has no mqttConfig');
  const own = `junction-${integration.id}`;
  const clientOptions = mqttOptions(config, own, options);
  // A transient publisher must not take the held connection's client id: the broker would drop that one.
  if (options.transient) clientOptions.clientId = `${clientOptions.clientId}-p${randomBytes(3).toString('hex')}`;
  const client = await dial({ kind: 'mqtt', url: mqttUrl(config), options: clientOptions }, options.egress ?? REFUSE_INTERNAL);
  const abort = () => client.end(true);
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    await waitConnected(client);
  } catch (error) {
    client.end(true);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  let topics = options.transient ? [] : [...integration.topics];
  let ending = false;
  let lastError: string | null = null;
  client.on('packetreceive', () => events.heard());
  client.on('message', (topic, payload) => events.message(payload.toString('utf8'), topic));
  client.on('error', (error) => {
    lastError = errorText(error);
  });
  client.on('disconnect', (packet) => {
    lastError = `The broker disconnected the client (reason code ${packet.reasonCode ?? 0})`;
  });
  client.once('close', () => {
    if (ending) return;
    const error = lastError ?? 'The connection to the broker closed';
    events.closed(error, error);
  });
  try {
    await subscribe(client, topics, events);
  } catch (error) {
    events.problem(`Subscribing failed: ${errorText(error)}`);
  }
  // The publishes of one event-loop turn leave in one write (mqtt.js writes each packet on its own).
  let corked = false;
  const batchWrites = () => {
    if (corked) return;
    const stream = client.stream;
    corked = true;
    stream.cork();
    setImmediate(() => {
      corked = false;
      stream.uncork();
    });
  };
  return {
    async publish(topic, message) {
      if (!topic) throw new Error('An MQTT publish needs a topic');
      batchWrites();
      await client.publishAsync(topic, message, { qos: QOS });
    },
    async setTopics(next) {
      const gone = topics.filter((t) => !next.includes(t));
      const added = next.filter((t) => !topics.includes(t));
      topics = [...next];
      if (gone.length > 0) await client.unsubscribeAsync(gone);
      await subscribe(client, added, events);
    },
    async close() {
      ending = true;
      await client.endAsync(true);
    },
  };
}
