import type { LiveEvent, LivePublisher } from '../../src/runtime/live/live-events.js';
import { call, type TestServer } from './server.js';

export interface Published {
  integrationId: string;
  topic: string | undefined;
  message: string;
}

/** A LivePublisher that keeps what workflows publish; `failWith` makes it refuse instead. */
export function recordingPublisher() {
  const published: Published[] = [];
  let failure: string | null = null;
  const publisher: LivePublisher = {
    async publish(integrationId, topic, message) {
      if (failure) throw new Error(failure);
      published.push({ integrationId, topic, message: message.toString() });
    },
  };
  return {
    publisher,
    published,
    failWith(message: string | null) {
      failure = message;
    },
  };
}

/** An MQTT integration whose broker is a loopback address (nothing here connects to it). */
export const LOOPBACK_MQTT = {
  name: 'Loopback broker',
  integrationType: 'mqtt',
  mqttConfig: { clientId: 'junction-test', host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
  topics: ['in/#'],
};

export async function createIntegration(server: TestServer, tenant = server.tenant): Promise<string> {
  const reply = await call(server, 'POST', `/applications/${tenant.applicationId}/integrations`, {
    body: LOOPBACK_MQTT,
    token: tenant.token,
  });
  if (reply.status !== 201) throw new Error(`integration create: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id;
}

export async function createWorkflow(
  server: TestServer,
  body: Record<string, unknown>,
  applicationId = server.tenant.applicationId,
): Promise<string> {
  const reply = await call(server, 'POST', `/applications/${applicationId}/flows`, { body: { name: 'wf', ...body } });
  if (reply.status !== 201) throw new Error(`workflow create: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.id;
}

export function messageEvent(server: TestServer, integrationId: string, message: unknown, topic = 'in/a'): LiveEvent {
  return {
    integrationId,
    organizationId: server.tenant.organizationId,
    applicationId: server.tenant.applicationId,
    integrationType: 'mqtt',
    time: new Date(),
    data: { type: 'message', message, topic },
  };
}

export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  ms = 5_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const runsPath = (server: TestServer, flowId: string) => `/applications/${server.tenant.applicationId}/flows/${flowId}/runs`;

/** The workflow's kept runs, newest first, once there are at least `count`. */
export async function runsOf(server: TestServer, flowId: string, count = 1) {
  // A run goes through the job queue: on PostgreSQL under the whole suite's load that can take seconds.
  return waitFor(
    `${count} run(s) of ${flowId}`,
    async () => {
      const reply = await call(server, 'GET', `${runsPath(server, flowId)}?limit=100`);
      return reply.status === 200 && reply.body.items.length >= count ? reply.body.items : null;
    },
    15_000,
  );
}
