import { once } from 'node:events';
import type { MqttClient } from 'mqtt';

/** What one phase measured on the output topic. */
export interface PhaseResult {
  phase: string;
  /** The rate asked for (null: as fast as the client can publish). */
  asked: number | null;
  sent: number;
  /** Rate the client actually published at. */
  offered: number;
  delivered: number;
  /** Echoes received ÷ (last echo − first send). */
  deliveredPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  duplicates: number;
  /** Junction's CPU (user + system) over the phase's wall time, in % of one core. */
  junctionCpu: number;
  /** Junction's CPU time per echoed message, in µs (clock ticks of 10 ms: coarse for short phases). */
  cpuPerMessageUs: number;
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Echoes arriving on the output topic: each message is `<phase>:<seq>:<send time>` (performance.now()
 * of this process, which both sent and receives it), so latency is broker → Junction → broker → here.
 */
export function echoCounter(subscriber: MqttClient) {
  let phase = '';
  let seen = new Uint8Array(0);
  let latencies: number[] = [];
  let duplicates = 0;
  let stray = 0;
  let lastAt = 0;
  let total = 0;
  subscriber.on('message', (_topic, payload) => {
    const now = performance.now();
    total++;
    const [p, s, t] = payload.toString('utf8').split(':');
    const seq = Number(s);
    if (p !== phase || !(seq >= 0 && seq < seen.length)) {
      stray++;
      return;
    }
    if (seen[seq]) {
      duplicates++;
      return;
    }
    seen[seq] = 1;
    latencies.push(now - Number(t));
    lastAt = now;
  });
  return {
    /** Starts counting a phase of `count` messages (echoes of earlier phases are stray from now on). */
    begin(name: string, count: number) {
      phase = name;
      seen = new Uint8Array(count);
      latencies = [];
      duplicates = 0;
      lastAt = 0;
    },
    get received() {
      return latencies.length;
    },
    get total() {
      return total;
    },
    get stray() {
      return stray;
    },
    /** Waits until `sent` echoes came, or none came for `quietMs`. */
    async drain(sent: number, quietMs: number) {
      let last = latencies.length;
      let quietSince = performance.now();
      while (latencies.length < sent) {
        await tick(20);
        if (latencies.length !== last) {
          last = latencies.length;
          quietSince = performance.now();
        } else if (performance.now() - quietSince > quietMs) break;
      }
    },
    summary() {
      const sorted = Float64Array.from(latencies).sort();
      const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] : Number.NaN);
      return { received: sorted.length, p50: at(0.5), p99: at(0.99), max: at(1), duplicates, lastAt };
    },
  };
}

export const message = (phase: string, seq: number) => `${phase}:${seq}:${performance.now().toFixed(3)}`;

/**
 * Publishes `rate` messages a second for `seconds` (QoS 0), catching up each millisecond tick to where the
 * schedule says it should be; answers the time of the first send and the rate achieved.
 */
export async function offerSteady(client: MqttClient, topic: string, phase: string, rate: number, seconds: number) {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) * rate) / 1000) + 1);
    while (sent < due) client.publish(topic, message(phase, sent++), { qos: 0 });
    await tick(1);
  }
  return { started, sent, offered: sent / ((performance.now() - started) / 1000) };
}

/** Publishes `total` messages as fast as the client's socket takes them (chunks, waiting for it to drain). */
export async function offerBurst(client: MqttClient, topic: string, phase: string, total: number, chunk = 200) {
  const started = performance.now();
  let sent = 0;
  while (sent < total) {
    const end = Math.min(total, sent + chunk);
    while (sent < end) client.publish(topic, message(phase, sent++), { qos: 0 });
    if (client.stream.writableNeedDrain) await once(client.stream, 'drain');
    else await new Promise((r) => setImmediate(r));
  }
  return { started, sent, offered: sent / ((performance.now() - started) / 1000) };
}
