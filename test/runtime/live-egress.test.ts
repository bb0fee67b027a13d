/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { after, before, test } from 'node:test';
import { createEgress } from '../../src/runtime/egress/egress-agent.js';
import { egressAllowing } from '../helpers/egress.js';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { createIntegration, createWorkflow, messageEvent, runsOf, waitFor } from '../helpers/workflows.js';

// Broker connections and workflow HTTP nodes leave through the egress policy: under the default one a
// loopback target is refused and sees nothing; with EGRESS_ALLOW covering it, it is reached.
let strict: TestServer;
let allowing: TestServer;
let tcp: Server;
let tcpPort: number;
let tcpConnections = 0;
const httpSeen: string[] = [];
const http = createHttpServer((req, res) => {
  httpSeen.push(req.url ?? '');
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});
let httpPort: number;

const FAST_LIVE = { pollMs: 100, renewMs: 300, baseMs: 100, capMs: 400, connectTimeoutMs: 1_000 };

before(async () => {
  tcp = createServer((socket) => {
    tcpConnections++;
    socket.destroy();
  });
  tcpPort = await new Promise<number>((r) => tcp.listen(0, '127.0.0.1', () => r((tcp.address() as { port: number }).port)));
  httpPort = await new Promise<number>((r) => http.listen(0, '127.0.0.1', () => r((http.address() as { port: number }).port)));
  strict = await startTestServer({ runtime: { egress: createEgress(), live: FAST_LIVE, workflows: { log: { flushMs: 20 } } } });
  allowing = await startTestServer({ runtime: { egress: egressAllowing(), live: FAST_LIVE, workflows: { log: { flushMs: 20 } } } });
  await strict.core.start();
  await allowing.core.start();
});
after(async () => {
  await strict?.close();
  await allowing?.close();
  tcp?.close();
  http.close();
});

async function liveIntegration(server: TestServer, body: Record<string, unknown>) {
  const reply = await call(server, 'POST', `/applications/${server.tenant.applicationId}/integrations`, { body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.id as string;
}

const errorOf = (server: TestServer, id: string) =>
  waitFor(`disconnectInfo.error of ${id}`, async () => {
    const reply = await call(server, 'GET', `/applications/${server.tenant.applicationId}/integrations/${id}`);
    return reply.body.status?.disconnectInfo?.error as string | undefined;
  });

test('under the default policy a broker on loopback, by address or by name, and a WebSocket server are refused unreached', async () => {
  const byAddress = await liveIntegration(strict, {
    name: 'mqtt by address',
    integrationType: 'mqtt',
    topics: ['a/#'],
    mqttConfig: { host: '127.0.0.1', port: tcpPort, protocol: 'mqtt' },
  });
  const byName = await liveIntegration(strict, {
    name: 'mqtt by name',
    integrationType: 'mqtt',
    topics: ['a/#'],
    mqttConfig: { host: 'localhost', port: tcpPort, protocol: 'mqtt' },
  });
  const socket = await liveIntegration(strict, {
    name: 'ws',
    integrationType: 'websocket',
    websocketConfig: { url: `ws://localhost:${tcpPort}/feed` },
  });
  for (const id of [byAddress, byName, socket])
    assert.match(await errorOf(strict, id), /does not connect to .*loopback address.*EGRESS_ALLOW/);
  assert.equal(tcpConnections, 0, 'the refused server saw no connection');
});

test('with EGRESS_ALLOW covering loopback the same broker address is dialed', async () => {
  await liveIntegration(allowing, {
    name: 'mqtt allowed',
    integrationType: 'mqtt',
    topics: ['a/#'],
    mqttConfig: { host: 'localhost', port: tcpPort, protocol: 'mqtt' },
  });
  await waitFor('a connection reaching the server', () => tcpConnections > 0);
});

test('a workflow HttpNode to a loopback server fails its run under the default policy; allowed, it is sent', async () => {
  const outcomes: Record<string, any> = {};
  for (const [name, server] of [
    ['strict', strict],
    ['allowing', allowing],
  ] as const) {
    const integrationId = await createIntegration(server);
    const flowId = await createWorkflow(server, {
      triggers: [{ type: 'integration', key: integrationId, config: {}, outputIds: [['http']] }],
      nodes: [
        { id: 'http', type: 'HttpNode', config: { method: 'GET', uriTemplate: `http://127.0.0.1:${httpPort}/${name}` }, outputIds: [[]] },
      ],
    });
    await server.core.workflowRunner.sink(messageEvent(server, integrationId, 'go'));
    [outcomes[name]] = await runsOf(server, flowId);
  }
  assert.equal(outcomes.strict.status, 'failed');
  assert.match(outcomes.strict.errors[0].message, /does not connect to 127\.0\.0\.1/);
  assert.equal(outcomes.allowing.status, 'completed');
  assert.deepEqual(httpSeen, ['/allowing'], 'only the allowed run reached the server');
});
