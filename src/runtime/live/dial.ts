import { isIP } from 'node:net';
import type { IClientOptions, MqttClient } from 'mqtt';
import type WebSocket from 'ws';
import type { ClientOptions } from 'ws';
import { checkingLookup, createEgress, type Egress } from '../egress/egress-agent.js';

export type DialTarget =
  | { kind: 'mqtt'; url: string; options: IClientOptions }
  | { kind: 'websocket'; url: string; options: ClientOptions };

/** What dialing needs of the egress policy. */
export type DialEgress = Pick<Egress, 'allow' | 'resolve'>;

/** The default policy (no EGRESS_ALLOW): loopback, private and link-local brokers are refused. */
export const REFUSE_INTERNAL: DialEgress = createEgress();

/**
 * The one place where a broker or WebSocket URL becomes a connection: every live connection (held or
 * transient, MQTT or WebSocket) is opened here, after the egress policy checked where it goes.
 * MQTT over TCP/TLS connects to the checked address (TLS still names the host); WebSocket transports
 * resolve through the policy's checking lookup, so the Host header stays the configured name.
 */
export async function dial(target: DialTarget & { kind: 'mqtt' }, egress: DialEgress): Promise<MqttClient>;
export async function dial(target: DialTarget & { kind: 'websocket' }, egress: DialEgress): Promise<WebSocket>;
export async function dial(target: DialTarget, egress: DialEgress): Promise<MqttClient | WebSocket> {
  const url = new URL(target.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // Refuses a literal address, or a name none of whose addresses is allowed, before anything is sent.
  const checked = await egress.resolve(host);
  const lookup = checkingLookup(egress.allow);
  // The client libraries load with the first connection, not at start-up.
  if (target.kind === 'websocket') {
    const { default: Socket } = await import('ws');
    return new Socket(target.url, { ...target.options, lookup });
  }
  const { connect } = await import('mqtt');
  if (url.protocol === 'ws:' || url.protocol === 'wss:') {
    return connect(target.url, { ...target.options, wsOptions: { ...target.options.wsOptions, lookup } });
  }
  return connect(target.url, {
    ...target.options,
    hostname: checked.address,
    ...(isIP(host) === 0 ? { servername: host } : {}),
  });
}
