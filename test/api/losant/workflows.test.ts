/* biome-ignore-all lint/suspicious/noExplicitAny: replies are loosely typed JSON */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { createIntegration, createWorkflow, messageEvent, recordingPublisher, runsOf, runsPath, waitFor } from '../../helpers/workflows.js';

const recorder = recordingPublisher();
let server: TestServer;
let integrationId: string;
let upstream: Server;
let upstreamUrl: string;
const received: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];

before(async () => {
  server = await startTestServer({
    runtime: { livePublisher: recorder.publisher, workflows: { maxSteps: 50, maxRunMs: 400, log: { flushMs: 20 } } },
  });
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') return; // never answers: the run's time cap ends it
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: JSON.parse(body || '{}').m ?? null }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
after(async () => {
  upstream.closeAllConnections();
  upstream.close();
  await server.close();
});

/** Each test has its own integration, so workflows of other tests do not fire on its events. */
async function freshIntegration() {
  integrationId = await createIntegration(server);
}

const trigger = (config: Record<string, unknown>, first: string) => ({
  type: 'integration',
  key: integrationId,
  config,
  outputIds: [[first]],
});
const sink = (message: unknown, topic?: string) => server.core.workflowRunner.sink(messageEvent(server, integrationId, message, topic));

test('a message event runs the workflow: MqttMessageNode echoes it to another topic, and the log counts the run', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    name: 'echo',
    triggers: [trigger({}, 'echo')],
    nodes: [
      {
        id: 'echo',
        type: 'MqttMessageNode',
        config: { integrationId, topicTemplate: 'out/{{data.topic}}', messageTemplate: '{{data.message}} back' },
        outputIds: [[]],
      },
    ],
  });
  const before = recorder.published.length;
  await sink('hello', 'in/a');
  const echoed = await waitFor('the echo', () => recorder.published[before]);
  assert.deepEqual(echoed, { integrationId, topic: 'out/in/a', message: 'hello back' });

  const [run] = await runsOf(server, flowId);
  assert.equal(run.status, 'completed');
  assert.equal(run.triggerType, 'integration');
  assert.equal(run.triggerId, integrationId);
  assert.equal(run.steps, 1);
  const logs = await call(server, 'GET', `/applications/${server.tenant.applicationId}/flows/${flowId}/logs?limit=5`);
  assert.equal(logs.status, 200);
  assert.equal(logs.body.length, 1);
  assert.equal(logs.body[0].flowVersionId, flowId);
  assert.equal(logs.body[0].runCount, 1);
  assert.equal(logs.body[0].pathsCompleted, 1);
  assert.equal(logs.body[0].pathsFailed, 0);
  assert.ok(logs.body[0].wallTime >= 0);
  assert.deepEqual(logs.body[0].errors, []);
});

test('an empty trigger config fires on messages only; {connect: true} fires on connect and not on messages', async () => {
  await freshIntegration();
  const messagesOnly = await createWorkflow(server, {
    triggers: [trigger({}, 'd')],
    nodes: [{ id: 'd', type: 'DebugNode', config: {}, outputIds: [[]] }],
  });
  const onConnect = await createWorkflow(server, {
    triggers: [trigger({ connect: true }, 'd')],
    nodes: [{ id: 'd', type: 'DebugNode', config: { message: 'up' }, outputIds: [[]] }],
  });
  const event = { ...messageEvent(server, integrationId, 'x'), data: { type: 'connect' as const, topics: ['in/#'] } };
  await server.core.workflowRunner.sink(event);
  await sink('m');
  const [connected] = await runsOf(server, onConnect);
  assert.equal(connected.debug[0].value.data.type, 'connect');
  await runsOf(server, messagesOnly);
  await server.core.workflowRunner.flushLogs();
  const connectRuns = (await call(server, 'GET', `${runsPath(server, onConnect)}?limit=100`)).body.items;
  assert.deepEqual(
    connectRuns.map((r: any) => r.debug[0].value.data.type),
    ['connect'],
  );
  const messageRuns = (await call(server, 'GET', `${runsPath(server, messagesOnly)}?limit=100`)).body.items;
  assert.ok(messageRuns.every((r: any) => r.debug[0].value.data.type === 'message'));
});

test('the payload is Losant’s: time, data, relayId, relayType, triggerId, triggerType, applicationId, flowId, globals', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({ message: true }, 'd')],
    nodes: [{ id: 'd', type: 'DebugNode', config: { message: 'payload {{data.message}}', level: 'info' }, outputIds: [[]] }],
    globals: [{ key: 'threshold', json: '5' }],
  });
  await sink({ n: 1 });
  const [run] = await runsOf(server, flowId);
  const [entry] = run.debug;
  assert.equal(entry.nodeId, 'd');
  assert.equal(entry.level, 'info');
  assert.equal(entry.message, 'payload [object Object]');
  assert.deepEqual(Object.keys(entry.value).sort(), [
    'applicationId',
    'data',
    'flowId',
    'globals',
    'relayId',
    'relayType',
    'time',
    'triggerId',
    'triggerType',
  ]);
  assert.deepEqual(entry.value.data, { type: 'message', message: { n: 1 }, topic: 'in/a' });
  assert.equal(entry.value.relayType, 'integration');
  assert.equal(entry.value.relayId, integrationId);
  assert.equal(entry.value.triggerType, 'integration');
  assert.equal(entry.value.triggerId, integrationId);
  assert.equal(entry.value.applicationId, server.tenant.applicationId);
  assert.equal(entry.value.flowId, flowId);
  assert.deepEqual(entry.value.globals, { threshold: 5 });
  assert.ok(!Number.isNaN(Date.parse(entry.value.time)));
});

test('MutateNode sets, copies and removes; ConditionalNode picks output 1 when true and 0 when false', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'mutate')],
    nodes: [
      {
        id: 'mutate',
        type: 'MutateNode',
        config: {
          rules: [
            { type: 'set', valueTemplate: '{{data.message}}', valueTemplateType: 'json', destination: 'working.level' },
            { type: 'copy', source: 'data.topic', destination: 'working.topic' },
            { type: 'set', valueTemplate: 'tmp', destination: 'working.tmp' },
            { type: 'remove', source: 'working.tmp' },
          ],
        },
        outputIds: [['check']],
      },
      {
        id: 'check',
        type: 'ConditionalNode',
        config: { expression: "{{working.level}} > 5 && {{working.topic}} === 'in/a'" },
        outputIds: [['low'], ['high']],
      },
      { id: 'low', type: 'DebugNode', config: { message: 'low', property: 'working' }, outputIds: [[]] },
      { id: 'high', type: 'DebugNode', config: { message: 'high', property: 'working' }, outputIds: [[]] },
    ],
  });
  await sink('9');
  const [high] = await runsOf(server, flowId, 1);
  await sink('3');
  const [low] = await runsOf(server, flowId, 2);
  assert.deepEqual(
    high.debug.map((d: any) => [d.nodeId, d.value]),
    [['high', { level: 9, topic: 'in/a' }]],
  );
  assert.deepEqual(
    low.debug.map((d: any) => [d.nodeId, d.value]),
    [['low', { level: 3, topic: 'in/a' }]],
  );
  assert.equal(high.steps, 3);
});

test('a fork gives each branch its own payload; both paths are counted', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'a')],
    nodes: [
      { id: 'a', type: 'DebugNode', config: {}, outputIds: [['left', 'right']] },
      {
        id: 'left',
        type: 'MutateNode',
        config: { rules: [{ type: 'set', valueTemplate: 'L', destination: 'working.side' }] },
        outputIds: [['dl']],
      },
      { id: 'right', type: 'DebugNode', config: { property: 'working' }, outputIds: [[]] },
      { id: 'dl', type: 'DebugNode', config: { property: 'working' }, outputIds: [[]] },
    ],
  });
  await sink('f');
  const [run] = await runsOf(server, flowId);
  assert.equal(run.pathsCompleted, 2);
  const byNode = Object.fromEntries(run.debug.map((d: any) => [d.nodeId, d.value]));
  assert.deepEqual(byNode.dl, { side: 'L' });
  assert.equal(byNode.right, null);
});

test('HttpNode sends the rendered request to a loopback server and puts the answer on the payload', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'http')],
    nodes: [
      {
        id: 'http',
        type: 'HttpNode',
        config: {
          method: 'POST',
          uriTemplate: `${upstreamUrl}/hook/{{data.topic}}`,
          bodyType: 'jsonTemplate',
          bodyTemplate: '{"m": "{{data.message}}"}',
          headerInfo: [{ key: 'X-Trace', valueTemplate: 'run-{{data.message}}' }],
          responsePath: 'working.res',
        },
        outputIds: [['publish']],
      },
      {
        id: 'publish',
        type: 'MqttMessageNode',
        config: { integrationId, topicTemplate: 'http/{{working.res.statusCode}}', messageTemplate: '{{working.res.body.echo}}' },
        outputIds: [[]],
      },
    ],
  });
  const before = recorder.published.length;
  await sink('ping', 'x');
  const out = await waitFor('the publish after the HTTP node', () => recorder.published[before]);
  assert.deepEqual(out, { integrationId, topic: 'http/201', message: 'ping' });
  const request = received.find((r) => r.url === '/hook/x');
  assert.ok(request);
  assert.equal(request.method, 'POST');
  assert.equal(request.headers['x-trace'], 'run-ping');
  assert.equal(request.headers['content-type'], 'application/json');
  assert.deepEqual(JSON.parse(request.body), { m: 'ping' });
  const [run] = await runsOf(server, flowId);
  assert.equal(run.status, 'completed');
});

test('an unknown node type fails the run with its message, kept in the run, the log period and flow.errors', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'fn')],
    nodes: [{ id: 'fn', type: 'FunctionNode', config: { script: 'payload.x = 1' }, meta: { label: 'My function' }, outputIds: [[]] }],
  });
  await sink('boom');
  const [run] = await runsOf(server, flowId);
  assert.equal(run.status, 'failed');
  assert.equal(run.pathsFailed, 1);
  assert.equal(run.errors[0].nodeId, 'fn');
  assert.equal(run.errors[0].name, 'UnknownNodeType');
  assert.match(run.errors[0].message, /type "FunctionNode", which Junction does not run/);
  const logs = await call(server, 'GET', `/applications/${server.tenant.applicationId}/flows/${flowId}/logs`);
  assert.equal(logs.body.length, 1);
  assert.equal(logs.body[0].pathsFailed, 1);
  assert.equal(logs.body[0].errors[0].nodeId, 'fn');
  assert.equal(logs.body[0].errors[0].nodeLabel, 'My function');
  assert.match(logs.body[0].errors[0].error.message, /FunctionNode/);
  const errors = await call(server, 'GET', `/applications/${server.tenant.applicationId}/flows/${flowId}/errors`);
  assert.equal(errors.status, 200);
  assert.equal(errors.body.errors.length, 1);
  assert.equal(errors.body.errors[0].error.name, 'UnknownNodeType');
  // The server is fine: another workflow still runs.
  const ok = await createWorkflow(server, {
    triggers: [trigger({}, 'd')],
    nodes: [{ id: 'd', type: 'DebugNode', config: {}, outputIds: [[]] }],
  });
  await sink('after');
  assert.equal((await runsOf(server, ok))[0].status, 'completed');
});

test('caps: a loop stops at the step cap; a node that hangs stops at the time cap', async () => {
  await freshIntegration();
  const loop = await createWorkflow(server, {
    triggers: [trigger({}, 'again')],
    nodes: [{ id: 'again', type: 'MutateNode', config: { rules: [] }, outputIds: [['again']] }],
  });
  const slow = await createWorkflow(server, {
    triggers: [trigger({}, 'wait')],
    nodes: [
      {
        id: 'wait',
        type: 'HttpNode',
        config: { method: 'GET', uriTemplate: `${upstreamUrl}/slow`, timeoutTemplate: '30' },
        outputIds: [[]],
      },
    ],
  });
  const started = Date.now();
  await sink('loop');
  const [looped] = await runsOf(server, loop);
  assert.equal(looped.status, 'failed');
  assert.equal(looped.steps, 50);
  assert.match(looped.errors[0].message, /after 50 steps, the per-run cap/);
  const [hung] = await runsOf(server, slow);
  assert.equal(hung.status, 'failed');
  assert.ok(hung.wallTime < 2_000, `stopped by the 400 ms cap, took ${hung.wallTime} ms`);
  assert.ok(Date.now() - started < 5_000);
});

test('MqttMessageNode: a publish that fails, and an integration of another application, fail the run with their message', async () => {
  await freshIntegration();
  const foreign = await createIntegration(server, await server.otherTenant());
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'pub')],
    nodes: [
      { id: 'pub', type: 'MqttMessageNode', config: { integrationId: foreign, topicTemplate: 't', messageTemplate: 'm' }, outputIds: [[]] },
    ],
  });
  await sink('x');
  const [run] = await runsOf(server, flowId);
  assert.match(run.errors[0].message, /was not found in this application/);

  const mine = await createWorkflow(server, {
    triggers: [trigger({}, 'pub')],
    nodes: [{ id: 'pub', type: 'MqttMessageNode', config: { integrationId, topicTemplate: 't', messageTemplate: 'm' }, outputIds: [[]] }],
  });
  recorder.failWith(`integration ${integrationId} is not connected`);
  try {
    await sink('y');
    const [failed] = await runsOf(server, mine);
    assert.equal(failed.errors[0].name, 'MqttError');
    assert.match(failed.errors[0].message, /is not connected/);
  } finally {
    recorder.failWith(null);
  }
});

test('a workflow disabled, changed or deleted takes effect at the next event', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'pub')],
    nodes: [
      {
        id: 'pub',
        type: 'MqttMessageNode',
        config: { integrationId, topicTemplate: 'v1', messageTemplate: '{{data.message}}' },
        outputIds: [[]],
      },
    ],
  });
  const path = `/applications/${server.tenant.applicationId}/flows/${flowId}`;
  const topics = () => recorder.published.filter((p) => p.message === 'live').map((p) => p.topic);
  await sink('live');
  await waitFor('v1', () => topics().includes('v1'));
  const nodes = [
    {
      id: 'pub',
      type: 'MqttMessageNode',
      config: { integrationId, topicTemplate: 'v2', messageTemplate: '{{data.message}}' },
      outputIds: [[]],
    },
  ];
  assert.equal((await call(server, 'PATCH', path, { body: { nodes } })).status, 200);
  await sink('live');
  await waitFor('v2', () => topics().includes('v2'));
  assert.equal((await call(server, 'PATCH', path, { body: { enabled: false } })).status, 200);
  await sink('live');
  assert.equal((await call(server, 'DELETE', path)).status, 200);
  await sink('live');
  await server.core.workflowRunner.flushLogs();
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(
    topics().filter((t) => t === 'v1' || t === 'v2'),
    ['v1', 'v2'],
  );
  assert.equal((await call(server, 'GET', `${path}/logs`)).status, 404);
});

test('the log routes: 404 across tenants and for a missing workflow, 400 for bad parameters, 401 without a token', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, { triggers: [], nodes: [] });
  const other = await server.otherTenant();
  const logs = `/applications/${server.tenant.applicationId}/flows/${flowId}/logs`;
  const foreign = await call(server, 'GET', logs, { token: other.token });
  assert.equal(foreign.status, 404);
  assert.equal(foreign.body.type, 'NotFound');
  assert.equal((await call(server, 'GET', `/applications/${server.tenant.applicationId}/flows/5f0000000000000000000000/logs`)).status, 404);
  const bad = await call(server, 'GET', `${logs}?limit=lots`);
  assert.equal(bad.status, 400);
  assert.deepEqual(Object.keys(bad.body).sort(), ['message', 'type']);
  assert.equal((await call(server, 'GET', logs, { token: null })).status, 401);
  assert.equal((await call(server, 'GET', logs, { token: await server.token(['flow.get']) })).status, 403);
  assert.equal((await call(server, 'GET', logs, { token: await server.token(['flow.log']) })).status, 200);
  assert.deepEqual((await call(server, 'GET', logs)).body, []);
});

test('HttpNode with errorBehavior payloadPath puts a transport failure on the payload and goes on', async () => {
  await freshIntegration();
  const flowId = await createWorkflow(server, {
    triggers: [trigger({}, 'http')],
    nodes: [
      {
        id: 'http',
        type: 'HttpNode',
        config: {
          method: 'GET',
          uriTemplate: 'http://127.0.0.1:1/nothing',
          errorBehavior: 'payloadPath',
          errorPath: 'working.err',
          responsePath: 'working.res',
        },
        outputIds: [['d']],
      },
      { id: 'd', type: 'DebugNode', config: { property: 'working' }, outputIds: [[]] },
    ],
  });
  await sink('x');
  const [run] = await runsOf(server, flowId);
  assert.equal(run.status, 'completed');
  assert.equal(run.debug[0].value.err.name, 'HttpError');
  assert.equal(typeof run.debug[0].value.err.message, 'string');
  assert.equal(run.debug[0].value.res, undefined);
});

test('the log is bounded per workflow: the newest runs and errors are kept, every run is counted', async () => {
  const small = await startTestServer({
    runtime: { livePublisher: recorder.publisher, workflows: { log: { flushMs: 5, keepRuns: 3, keepErrors: 2 } } },
  });
  try {
    const id = await createIntegration(small);
    const flowId = await createWorkflow(small, {
      triggers: [{ type: 'integration', key: id, config: {}, outputIds: [['x']] }],
      nodes: [{ id: 'x', type: 'NoSuchNode', config: {}, outputIds: [[]] }],
    });
    for (let i = 0; i < 10; i++) {
      await small.core.workflowRunner.sink(messageEvent(small, id, `m${i}`));
      await new Promise((r) => setTimeout(r, 15));
    }
    const base = `/applications/${small.tenant.applicationId}/flows/${flowId}`;
    const total = await waitFor('ten runs counted', async () => {
      const log = (await call(small, 'GET', `${base}/logs?limit=5`)).body as { runCount: number }[];
      const n = log.reduce((sum, e) => sum + e.runCount, 0);
      return n === 10 ? n : null;
    });
    assert.equal(total, 10);
    assert.equal((await call(small, 'GET', `${base}/runs?limit=100`)).body.items.length, 3);
    assert.equal((await call(small, 'GET', `${base}/errors?limit=100`)).body.errors.length, 2);
  } finally {
    await small.close();
  }
});
