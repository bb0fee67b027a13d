import type { IClientOptions } from 'mqtt';
import type { MqttConfig } from './ports.js';

export interface MqttSettings {
  /** Seconds between MQTT pings when nothing else is sent. */
  keepaliveSeconds: number;
  connectTimeoutMs: number;
}

const hostPart = (host: string) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/**
 * The broker URL of an `mqttConfig`: protocol, host and port. `mqttConfig` has no path; over ws/wss it is
 * `/mqtt`, where brokers conventionally serve MQTT over WebSockets (Mosquitto accepts any path).
 */
export function mqttUrl(config: MqttConfig): string {
  const path = config.protocol === 'ws' || config.protocol === 'wss' ? '/mqtt' : '';
  return `${config.protocol}://${hostPart(config.host)}:${config.port}${path}`;
}

/**
 * mqtt.js options for an `mqttConfig`. Every field is honoured: a blank clientId means Junction assigns
 * one (stable per integration, so a duplicate connection is refused by the broker rather than doubled);
 * certificates and keys go to TLS for mqtts/wss (and to the WebSocket's TLS for wss). Reconnection is the
 * manager's (capped backoff), so mqtt.js's own is off.
 */
export function mqttOptions(config: MqttConfig, defaultClientId: string, settings: MqttSettings): IClientOptions {
  const tls = {
    ...(config.privateKey ? { key: config.privateKey } : {}),
    ...(config.certificate ? { cert: config.certificate } : {}),
    ...(config.caCertificate ? { ca: config.caCertificate } : {}),
    rejectUnauthorized: config.disableSSLVerification !== true,
  };
  const secure = config.protocol === 'mqtts' || config.protocol === 'wss';
  return {
    clientId: config.clientId || defaultClientId,
    ...(config.username !== undefined ? { username: config.username } : {}),
    ...(config.password !== undefined ? { password: config.password } : {}),
    clean: config.clean ?? true,
    protocolVersion: config.protocolVersion === '5' ? 5 : 4,
    keepalive: settings.keepaliveSeconds,
    connectTimeout: settings.connectTimeoutMs,
    reconnectPeriod: 0,
    resubscribe: false,
    ...(secure ? tls : {}),
    ...(config.protocol === 'wss' ? { wsOptions: tls } : {}),
  };
}
