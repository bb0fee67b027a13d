import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { LOOPBACK_MQTT, messageEvent, recordingPublisher, waitFor } from '../../helpers/workflows.js';

// The published, unmodified Losant REST client (CommonJS), pointed at Junction.
const losant = createRequire(import.meta.url)('losant-rest');

const recorder = recordingPublisher();
let server: TestServer;
// biome-ignore lint/suspicious/noExplicitAny: the client is untyped JavaScript
let client: any;

before(async () => {
  server = await startTestServer({ runtime: { livePublisher: recorder.publisher, workflows: { log: { flushMs: 20 } } } });
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  client = losant.createClient({ accessToken: server.tenant.token, url: `http://127.0.0.1:${port}` });
});
after(() => server.close());

test('the official client creates a workflow with triggers and nodes, and reads its runs with flow.getLogEntries and flow.errors', async () => {
  const applicationId = server.tenant.applicationId;
  const integration = await client.integrations.post({ applicationId, integration: LOOPBACK_MQTT });
  const flow = await client.flows.post({
    applicationId,
    flow: {
      name: 'echo through the client',
      triggers: [{ type: 'integration', key: integration.id, config: {}, outputIds: [['check']] }],
      nodes: [
        { id: 'check', type: 'ConditionalNode', config: { expression: "{{data.message}} !== 'bad'" }, outputIds: [['oops'], ['echo']] },
        {
          id: 'echo',
          type: 'MqttMessageNode',
          config: { integrationId: integration.id, topicTemplate: 'echo/{{data.topic}}', messageTemplate: '{{data.message}}' },
          outputIds: [[]],
        },
        { id: 'oops', type: 'SmsNode', config: {}, outputIds: [[]] },
      ],
    },
  });
  assert.equal(flow.triggers[0].key, integration.id);
  assert.equal(flow.nodes.length, 3);

  const sink = server.core.workflowRunner.sink;
  await sink(messageEvent(server, integration.id, 'one', 'in/x'));
  await sink(messageEvent(server, integration.id, 'two', 'in/y'));
  await sink(messageEvent(server, integration.id, 'bad', 'in/z'));
  await waitFor('two echoes', () => recorder.published.length >= 2);
  assert.deepEqual(recorder.published.map((p) => [p.topic, p.message]).sort(), [
    ['echo/in/x', 'one'],
    ['echo/in/y', 'two'],
  ]);

  // Three runs, in one period (or two, when a minute boundary falls between them).
  type Entry = {
    flowVersionId: string;
    time: string;
    runCount: number;
    pathsCompleted: number;
    pathsFailed: number;
    wallTime: number;
    errors: { nodeId: string; error: { message: string } }[];
  };
  const sum = (list: Entry[], field: 'runCount' | 'pathsCompleted' | 'pathsFailed') => list.reduce((n, e) => n + e[field], 0);
  const entries: Entry[] = await waitFor('log entries counting three runs', async () => {
    const log: Entry[] = await client.flow.getLogEntries({ applicationId, flowId: flow.id, limit: 10 });
    return sum(log, 'runCount') === 3 ? log : null;
  });
  assert.ok(entries.length <= 2);
  assert.equal(sum(entries, 'pathsCompleted'), 2);
  assert.equal(sum(entries, 'pathsFailed'), 1);
  for (const entry of entries) {
    assert.equal(entry.flowVersionId, flow.id);
    assert.equal(typeof entry.wallTime, 'number');
    assert.ok(!Number.isNaN(Date.parse(entry.time)));
  }
  const logged = entries.flatMap((e) => e.errors);
  assert.equal(logged.length, 1);
  assert.equal(logged[0].nodeId, 'oops');
  assert.match(logged[0].error.message, /SmsNode/);
  // The default limit is Losant's: one entry; `since` after the runs finds none.
  assert.equal((await client.flow.getLogEntries({ applicationId, flowId: flow.id })).length, 1);
  assert.deepEqual(await client.flow.getLogEntries({ applicationId, flowId: flow.id, since: Date.now() + 120_000 }), []);

  const errors = await client.flow.errors({ applicationId, flowId: flow.id, duration: 3_600_000, limit: 5 });
  assert.equal(errors.errors.length, 1);
  assert.equal(errors.errors[0].error.name, 'UnknownNodeType');

  await assert.rejects(
    client.flow.getLogEntries({ applicationId, flowId: '5f0000000000000000000000' }),
    (err: { statusCode: number; type: string }) => {
      assert.equal(err.statusCode, 404);
      assert.equal(err.type, 'NotFound');
      return true;
    },
  );
});
