import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
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

function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface TestCertificates {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate (openssl); null without openssl. */
export function makeCertificates(): TestCertificates | null {
  const dir = mkdtempSync(join(tmpdir(), 'junction-certs-'));
  chmodSync(dir, 0o755);
  const f = (name: string) => join(dir, name);
  writeFileSync(f('san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  const steps = [
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      f('ca.key'),
      '-out',
      f('ca.crt'),
      '-days',
      '2',
      '-subj',
      '/CN=junction-test-ca',
    ],
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=127.0.0.1'],
    [
      'x509',
      '-req',
      '-in',
      f('server.csr'),
      '-CA',
      f('ca.crt'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-out',
      f('server.crt'),
      '-days',
      '2',
      '-extfile',
      f('san.ext'),
    ],
    ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', f('client.key'), '-out', f('client.csr'), '-subj', '/CN=junction-client'],
    [
      'x509',
      '-req',
      '-in',
      f('client.csr'),
      '-CA',
      f('ca.crt'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-out',
      f('client.crt'),
      '-days',
      '2',
    ],
  ];
  for (const args of steps) {
    const made = spawnSync('openssl', args);
    if (made.error || made.status !== 0) return null;
  }
  for (const name of ['ca.crt', 'server.crt', 'server.key']) chmodSync(f(name), 0o644);
  const read = (name: string) => readFileSync(f(name), 'utf8');
  return {
    dir,
    ca: read('ca.crt'),
    serverCert: f('server.crt'),
    serverKey: f('server.key'),
    clientCert: read('client.crt'),
    clientKey: read('client.key'),
  };
}

/**
 * A Mosquitto of the test's own on a loopback port (a free one unless given), refusing anonymous clients:
 * with `users` a password file, with `tls` a TLS listener that requires a client certificate signed by
 * the test CA. Null without the binary.
 */
export async function startMosquitto(options: { users?: Record<string, string>; tls?: TestCertificates; port?: number }) {
  if (!MOSQUITTO) return null;
  const dir = mkdtempSync(join(tmpdir(), 'junction-mosquitto-'));
  // Started as root, Mosquitto drops to its own user, which must still read its files.
  chmodSync(dir, 0o755);
  const port = options.port ?? (await freePort());
  const lines = [`listener ${port} 127.0.0.1`, 'allow_anonymous false', 'persistence false'];
  if (options.users) {
    const passwords = join(dir, 'passwords');
    writeFileSync(passwords, '');
    for (const [user, password] of Object.entries(options.users)) {
      const made = spawnSync('mosquitto_passwd', ['-b', passwords, user, password]);
      if (made.status !== 0) throw new Error(`mosquitto_passwd failed: ${made.stderr}`);
    }
    chmodSync(passwords, 0o644);
    lines.push(`password_file ${passwords}`);
  }
  if (options.tls) {
    const { tls } = options;
    lines.push(`cafile ${join(tls.dir, 'ca.crt')}`, `certfile ${tls.serverCert}`, `keyfile ${tls.serverKey}`);
    lines.push('require_certificate true', 'use_identity_as_username true');
  }
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, `${lines.join('\n')}\n`);
  const child: ChildProcess = spawn(MOSQUITTO, ['-c', config], { stdio: 'ignore' });
  await waitFor('the test Mosquitto to listen', () => accepting(port));
  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
