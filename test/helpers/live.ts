import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type MqttClient } from 'mqtt';
import type { LiveEvent } from '../../src/runtime/live/live-events.js';

/** Polls `check` until it answers something truthy, or fails after `ms` with `what`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, ms = 5_000): Promise<NonNullable<T>> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A free loopback port (closed again, so a server may take it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every live event handed to the sink, to wait on by integration and type. */
export function eventLog() {
  const events: LiveEvent[] = [];
  const of = (id: string, type?: string) => events.filter((e) => e.integrationId === id && (!type || e.data.type === type));
  return {
    events,
    tap: (event: LiveEvent) => {
      events.push(event);
    },
    of,
    next: (id: string, type: string, after: number, ms = 5_000) =>
      waitFor(`a ${type} event of ${id}`, () => of(id, type).slice(after)[0], ms),
  };
}

/** A plain subscriber on the broker, to see what Junction publishes. */
export async function subscriber(url: string, topic: string) {
  const client: MqttClient = await connectAsync(url, { clientId: `test-sub-${Math.random().toString(36).slice(2, 10)}` });
  const received: Array<{ topic: string; message: string }> = [];
  client.on('message', (t, payload) => received.push({ topic: t, message: payload.toString() }));
  await client.subscribeAsync(topic);
  return { received, client, close: () => client.endAsync(true) };
}

export async function publishOnce(url: string, topic: string, message: string) {
  const client = await connectAsync(url, { clientId: `test-pub-${Math.random().toString(36).slice(2, 10)}` });
  await client.publishAsync(topic, message);
  await client.endAsync();
}

export const MOSQUITTO = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto', '/usr/local/sbin/mosquitto'].find(existsSync);

/** A Mosquitto of the test's own on a free loopback port, refusing anonymous clients; null without the binary. */
export async function startMosquitto(users: Record<string, string>) {
  if (!MOSQUITTO) return null;
  const dir = mkdtempSync(join(tmpdir(), 'junction-mosquitto-'));
  // Started as root, Mosquitto drops to its own user, which must still read its files.
  chmodSync(dir, 0o755);
  const passwords = join(dir, 'passwords');
  writeFileSync(passwords, '');
  for (const [user, password] of Object.entries(users)) {
    const made = spawnSync('mosquitto_passwd', ['-b', passwords, user, password]);
    if (made.status !== 0) throw new Error(`mosquitto_passwd failed: ${made.stderr}`);
  }
  chmodSync(passwords, 0o644);
  const port = await freePort();
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, `listener ${port} 127.0.0.1\nallow_anonymous false\npassword_file ${passwords}\npersistence false\n`);
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', config], { stdio: 'ignore' });
  const url = `mqtt://127.0.0.1:${port}`;
  await waitFor('the test Mosquitto to listen', async () => {
    try {
      const client = await connectAsync(url, { username: Object.keys(users)[0], password: Object.values(users)[0], reconnectPeriod: 0 });
      await client.endAsync();
      return true;
    } catch {
      return false;
    }
  });
  return {
    port,
    url,
    async close() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
