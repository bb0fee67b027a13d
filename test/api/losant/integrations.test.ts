import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { maskSecrets } from '../../../src/lib/secrets.js';
import { call, type Reply, startTestServer, type TestServer } from '../../helpers/server.js';
import { integrationsPath, MISSING_ID, MQTT_EXAMPLE } from './fixtures.js';

let server: TestServer;
let path: string;

before(async () => {
  server = await startTestServer();
  path = integrationsPath(server.tenant.applicationId);
});
after(() => server.close());

function assertLosantError(reply: Reply, status: number, type?: string, message?: string) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(typeof reply.body, 'object');
  assert.equal(typeof reply.body.type, 'string');
  assert.equal(typeof reply.body.message, 'string');
  assert.deepEqual(Object.keys(reply.body).sort(), ['message', 'type']);
  if (type) assert.equal(reply.body.type, type);
  if (message) assert.equal(reply.body.message, message);
}

describe('POST /applications/:applicationId/integrations', () => {
  test('creates the seed example and answers 201 with the Integration', async () => {
    const reply = await call(server, 'POST', path, { body: MQTT_EXAMPLE });
    assert.equal(reply.status, 201);
    const item = reply.body;
    assert.match(item.id, /^[a-f\d]{24}$/);
    assert.equal(item.integrationId, item.id);
    assert.equal(item.applicationId, server.tenant.applicationId);
    assert.equal(item.name, 'Example Integrations');
    assert.equal(item.integrationType, 'mqtt');
    assert.equal(item.enabled, true);
    assert.deepEqual(item.topics, ['myTopic']);
    assert.deepEqual(item.mqttConfig, { ...MQTT_EXAMPLE.mqttConfig, password: '********' }, 'secrets are answered masked');
    assert.match(item.creationDate, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(item.lastUpdated, item.creationDate);
    assert.equal(item._type, 'integration');
    assert.equal(item._links.self.href, `${path}/${item.id}`);
    const fetched = await call(server, 'GET', `${path}/${item.id}`);
    assert.equal(fetched.status, 200);
    assert.deepEqual(fetched.body, item);
  });

  test('accepts every integration type with its config', async () => {
    const bodies = [
      { name: 'pubsub', integrationType: 'googlePubSub', googlePubSubConfig: { projectId: 'p1', keyJson: '{"k":1}' }, topics: ['sub'] },
      { name: 'particle', integrationType: 'particle', particleConfig: { accessToken: 'abcd', productSlugOrId: 'x' }, topics: ['evt*'] },
      {
        name: 'azure',
        integrationType: 'azureEventHub',
        azureEventHubConfig: { hubName: 'h', consumerGroup: '$Default', connectionString: 'Endpoint=sb://x/' },
      },
      { name: 'azure2', integrationType: 'azureEventHub', azureEventHubConfig: { hubName: 'h', consumerGroup: 'c', hostName: 'x.net' } },
      { name: 'sqs', integrationType: 'sqs', sqsConfig: { queueUrl: 'https://sqs/q', region: 'us-east-1' }, credentialName: 'aws' },
      {
        name: 'ws',
        integrationType: 'websocket',
        enabled: false,
        websocketConfig: { url: 'wss://echo', headers: [{ headerKey: 'X-A', headerValue: '1' }] },
      },
    ];
    for (const body of bodies) {
      const reply = await call(server, 'POST', path, { body });
      assert.equal(reply.status, 201, `${body.name}: ${JSON.stringify(reply.body)}`);
      const { name, ...rest } = body;
      for (const [key, value] of Object.entries(rest)) assert.deepEqual(reply.body[key], maskSecrets(value), `${name}.${key}`);
    }
  });

  const invalid: [string, unknown][] = [
    ['missing name', { integrationType: 'mqtt' }],
    ['missing integrationType', { name: 'x' }],
    ['unknown integrationType', { name: 'x', integrationType: 'awsIoT' }],
    ['empty name', { name: '', integrationType: 'mqtt' }],
    ['name too long', { name: 'x'.repeat(256), integrationType: 'mqtt' }],
    ['unknown top-level field', { name: 'x', integrationType: 'mqtt', id: MISSING_ID }],
    ['server-set status', { name: 'x', integrationType: 'mqtt', status: {} }],
    ['mqttConfig without host', { name: 'x', integrationType: 'mqtt', mqttConfig: { port: 1883, protocol: 'mqtt' } }],
    ['mqttConfig bad port', { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 70000, protocol: 'mqtt' } }],
    ['mqttConfig bad protocol', { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 1, protocol: 'http' } }],
    ['mqttConfig extra field', { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 1, protocol: 'mqtt', qos: 1 } }],
    [
      'mqttConfig protocolVersion number',
      { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 1, protocol: 'mqtt', protocolVersion: 5 } },
    ],
    [
      'short certificate',
      { name: 'x', integrationType: 'mqtt', mqttConfig: { host: 'h', port: 1, protocol: 'mqtts', certificate: 'abc' } },
    ],
    ['particle without accessToken', { name: 'x', integrationType: 'particle', particleConfig: {} }],
    [
      'azure with both connection string and host',
      {
        name: 'x',
        integrationType: 'azureEventHub',
        azureEventHubConfig: { hubName: 'h', consumerGroup: 'c', hostName: 'x', connectionString: 'y' },
      },
    ],
    ['azure with neither', { name: 'x', integrationType: 'azureEventHub', azureEventHubConfig: { hubName: 'h', consumerGroup: 'c' } }],
    ['sqs without queueUrl', { name: 'x', integrationType: 'sqs', sqsConfig: { region: 'us-east-1' } }],
    ['websocket without url', { name: 'x', integrationType: 'websocket', websocketConfig: {} }],
    [
      'websocket with 51 headers',
      {
        name: 'x',
        integrationType: 'websocket',
        websocketConfig: { url: 'ws://a', headers: Array.from({ length: 51 }, (_, i) => ({ headerKey: `k${i}`, headerValue: 'v' })) },
      },
    ],
    ['duplicate topics', { name: 'x', integrationType: 'mqtt', topics: ['a', 'a'] }],
    ['null credentialName on POST', { name: 'x', integrationType: 'mqtt', credentialName: null }],
    ['array body', [{ name: 'x', integrationType: 'mqtt' }]],
    ['string enabled', { name: 'x', integrationType: 'mqtt', enabled: 'true' }],
  ];
  for (const [label, body] of invalid) {
    test(`refuses ${label} with 400 and stores nothing`, async () => {
      const before = await call(server, 'GET', `${path}?perPage=1`);
      const reply = await call(server, 'POST', path, { body });
      assertLosantError(reply, 400, 'Validation');
      const afterList = await call(server, 'GET', `${path}?perPage=1`);
      assert.equal(afterList.body.totalCount, before.body.totalCount);
    });
  }

  test('invalid JSON is 400 in Losant shape; a non-JSON body is 415', async () => {
    assertLosantError(await call(server, 'POST', path, { body: '{"name":' }), 400);
    const reply = await server.app.inject({
      method: 'POST',
      url: path,
      headers: { authorization: `Bearer ${server.tenant.token}`, 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    assert.equal(reply.statusCode, 415);
    assert.equal(reply.json().type, 'UnsupportedMediaType');
  });

  test('404 for an unknown application, 400 for a malformed one', async () => {
    assertLosantError(
      await call(server, 'POST', integrationsPath(MISSING_ID), { body: MQTT_EXAMPLE }),
      404,
      'NotFound',
      'Application was not found',
    );
    assertLosantError(await call(server, 'POST', integrationsPath('not-an-id'), { body: MQTT_EXAMPLE }), 400);
  });
});

describe('GET/PATCH/DELETE /applications/:applicationId/integrations/:integrationId', () => {
  test('GET: 404 NotFound for an unknown integration, 400 for a malformed id, 404 for an unknown application', async () => {
    assertLosantError(await call(server, 'GET', `${path}/${MISSING_ID}`), 404, 'NotFound', 'Integration was not found');
    assertLosantError(await call(server, 'GET', `${path}/xyz`), 400);
    assertLosantError(await call(server, 'GET', `${path}/${'a'.repeat(25)}`), 400);
    const created = await call(server, 'POST', path, { body: MQTT_EXAMPLE });
    assertLosantError(
      await call(server, 'GET', `${integrationsPath(MISSING_ID)}/${created.body.id}`),
      404,
      'NotFound',
      'Application was not found',
    );
  });

  test('ids are accepted in upper case', async () => {
    const created = await call(server, 'POST', path, { body: MQTT_EXAMPLE });
    const reply = await call(
      server,
      'GET',
      `${integrationsPath(server.tenant.applicationId.toUpperCase())}/${created.body.id.toUpperCase()}`,
    );
    assert.equal(reply.status, 200);
    assert.equal(reply.body.id, created.body.id);
  });

  test('PATCH updates the given fields and answers the updated Integration', async () => {
    const created = (await call(server, 'POST', path, { body: { ...MQTT_EXAMPLE, credentialName: 'cred' } })).body;
    const reply = await call(server, 'PATCH', `${path}/${created.id}`, { body: { topics: ['differentTopic'] } });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.topics, ['differentTopic']);
    assert.equal(reply.body.name, created.name);
    assert.deepEqual(reply.body.mqttConfig, created.mqttConfig);
    assert.equal(reply.body.credentialName, 'cred');
    assert.ok(reply.body.lastUpdated >= created.lastUpdated);
    assert.equal(reply.body.creationDate, created.creationDate);

    const renamed = await call(server, 'PATCH', `${path}/${created.id}`, {
      body: { name: 'renamed', enabled: false, mqttConfig: { host: 'other', port: 1883, protocol: 'mqtt' } },
    });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'renamed');
    assert.equal(renamed.body.enabled, false);
    assert.deepEqual(renamed.body.mqttConfig, { host: 'other', port: 1883, protocol: 'mqtt' }, 'a config object replaces the stored one');

    const cleared = await call(server, 'PATCH', `${path}/${created.id}`, { body: { credentialName: null } });
    assert.equal(cleared.status, 200);
    assert.equal('credentialName' in cleared.body, false);
    const fetched = await call(server, 'GET', `${path}/${created.id}`);
    assert.deepEqual(fetched.body, cleared.body);
  });

  test('PATCH refuses integrationType, unknown fields and invalid configs, and changes nothing', async () => {
    const created = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body;
    for (const body of [
      { integrationType: 'particle' },
      { id: MISSING_ID },
      { mqttConfig: { host: 'h' } },
      { name: '' },
      { credentialName: '' },
      { topics: 'a' },
    ]) {
      assertLosantError(await call(server, 'PATCH', `${path}/${created.id}`, { body }), 400, 'Validation');
    }
    assert.deepEqual((await call(server, 'GET', `${path}/${created.id}`)).body, created);
  });

  test('PATCH and DELETE answer 404 for unknown ids and 400 for malformed ones', async () => {
    assertLosantError(
      await call(server, 'PATCH', `${path}/${MISSING_ID}`, { body: { name: 'x' } }),
      404,
      'NotFound',
      'Integration was not found',
    );
    assertLosantError(await call(server, 'PATCH', `${path}/nope`, { body: { name: 'x' } }), 400);
    assertLosantError(await call(server, 'DELETE', `${path}/${MISSING_ID}`, { body: {} }), 404, 'NotFound', 'Integration was not found');
    assertLosantError(await call(server, 'DELETE', `${path}/nope`), 400);
    assertLosantError(
      await call(server, 'DELETE', `${integrationsPath(MISSING_ID)}/${MISSING_ID}`),
      404,
      'NotFound',
      'Application was not found',
    );
  });

  test('DELETE answers {success:true}, with a {} body, an empty JSON body, or none', async () => {
    for (const variant of ['object', 'empty', 'none'] as const) {
      const created = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body;
      const reply =
        variant === 'object'
          ? await call(server, 'DELETE', `${path}/${created.id}`, { body: {} })
          : variant === 'empty'
            ? await call(server, 'DELETE', `${path}/${created.id}`, { headers: { 'content-type': 'application/json' } })
            : await call(server, 'DELETE', `${path}/${created.id}`);
      assert.equal(reply.status, 200, variant);
      assert.deepEqual(reply.body, { success: true });
      assert.equal((await call(server, 'GET', `${path}/${created.id}`)).status, 404);
    }
  });
});

describe('DELETE includeWorkflows', () => {
  async function setup() {
    const integration = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body;
    const other = (await call(server, 'POST', path, { body: MQTT_EXAMPLE })).body;
    const flowsPath = `/applications/${server.tenant.applicationId}/flows`;
    const flow = async (name: string, triggers: unknown[]) =>
      (await call(server, 'POST', flowsPath, { body: { name, triggers, nodes: [] } })).body.id as string;
    const triggered = await flow('triggered', [{ type: 'integration', key: integration.id, config: { message: true } }]);
    const both = await flow('both', [
      { type: 'integration', key: other.id, config: { message: true } },
      { type: 'integration', key: integration.id, config: { connect: true } },
    ]);
    const unrelated = await flow('unrelated', [{ type: 'integration', key: other.id }]);
    const timer = await flow('timer', [{ type: 'timer', config: { seconds: 60 } }]);
    const exists = async (id: string) => (await call(server, 'GET', `${flowsPath}/${id}`)).status === 200;
    return { integration, triggered, both, unrelated, timer, exists };
  }

  for (const value of ['true', 'TRUE', 'True']) {
    test(`includeWorkflows=${value} also deletes every workflow triggered by the integration`, async () => {
      const s = await setup();
      const reply = await call(server, 'DELETE', `${path}/${s.integration.id}?includeWorkflows=${value}`, { body: {} });
      assert.equal(reply.status, 200);
      assert.deepEqual(reply.body, { success: true });
      assert.equal(await s.exists(s.triggered), false);
      assert.equal(await s.exists(s.both), false);
      assert.equal(await s.exists(s.unrelated), true);
      assert.equal(await s.exists(s.timer), true);
    });
  }

  for (const query of ['?includeWorkflows=false', '']) {
    test(`DELETE${query || ' without the flag'} leaves the workflows in place`, async () => {
      const s = await setup();
      assert.equal((await call(server, 'DELETE', `${path}/${s.integration.id}${query}`)).status, 200);
      for (const id of [s.triggered, s.both, s.unrelated, s.timer]) assert.equal(await s.exists(id), true);
    });
  }

  test('includeWorkflows with a value other than true/false is a 400 and deletes nothing', async () => {
    const s = await setup();
    assertLosantError(await call(server, 'DELETE', `${path}/${s.integration.id}?includeWorkflows=yes`), 400);
    assert.equal((await call(server, 'GET', `${path}/${s.integration.id}`)).status, 200);
  });
});
