import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import WebSocket, { type ClientOptions } from 'ws';

export type DialTarget =
  | { kind: 'mqtt'; url: string; options: IClientOptions }
  | { kind: 'websocket'; url: string; options: ClientOptions };

/**
 * The one place where a broker or WebSocket URL becomes a connection: every live connection (held or
 * transient, MQTT or WebSocket) is opened here, so an egress check on the target goes here and nowhere else.
 */
export async function dial(target: DialTarget & { kind: 'mqtt' }): Promise<MqttClient>;
export async function dial(target: DialTarget & { kind: 'websocket' }): Promise<WebSocket>;
export async function dial(target: DialTarget): Promise<MqttClient | WebSocket> {
  if (target.kind === 'mqtt') return connect(target.url, target.options);
  return new WebSocket(target.url, target.options);
}
