import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertTrutoError, failedPaths, SEED_CONFIG } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const post = (config: unknown) => call(server, 'POST', '/integration', { body: { name: 'checked', config } });

describe('GET /schemas/integration-config.json', () => {
  test('publishes the JSON Schema without a token', async () => {
    const reply = await call(server, 'GET', '/schemas/integration-config.json', { token: null });
    assert.equal(reply.status, 200);
    assert.match(String(reply.headers['content-type']), /^application\/schema\+json/);
    assert.equal(reply.body.$schema, 'http://json-schema.org/draft-07/schema#');
    for (const key of [
      'base_url',
      'credentials',
      'authorization',
      'pagination',
      'rate_limit',
      'resources',
      'actions',
      'webhook',
      'error_expression',
    ]) {
      assert.ok(key in reply.body.properties, key);
    }
  });
});

describe('config validation', () => {
  // Each kind of mistake, and the path `details` must name.
  const kinds: [string, Record<string, unknown>, string][] = [
    ['an unknown top-level key', { base_uri: 'https://x' }, 'config.base_uri'],
    ['a wrong type', { base_url: 42 }, 'config.base_url'],
    ['an unknown query_array_format', { query_array_format: 'pipes' }, 'config.query_array_format'],
    ['an unknown credentials format', { credentials: { format: 'saml' } }, 'config.credentials.format'],
    ['an unknown format key in a credentials map', { credentials: { saml: { format: 'api_key' } } }, 'config.credentials.saml'],
    [
      'a credentials field without a name',
      { credentials: { format: 'api_key', config: { fields: [{ label: 'Key' }] } } },
      'config.credentials.config.fields[0].name',
    ],
    [
      'a bad oauth2 option',
      { credentials: { format: 'oauth2', config: { options: { bodyFormat: 'xml' } } } },
      'config.credentials.config.options.bodyFormat',
    ],
    ['an unknown authorization format', { authorization: { format: 'digest' } }, 'config.authorization.format'],
    ['an unknown pagination format', { pagination: { format: 'pages' } }, 'config.pagination.format'],
    [
      'a resource method without a path',
      { base_url: 'http://127.0.0.1', resources: { users: { list: { method: 'get' } } } },
      'config.resources.users.list.path',
    ],
    [
      'an unknown HTTP method',
      { base_url: 'http://127.0.0.1', resources: { users: { list: { path: '/u', method: 'fetch' } } } },
      'config.resources.users.list.method',
    ],
    ['an unknown action step type', { actions: { sync: { steps: [{ type: 'jump' }] } } }, 'config.actions.sync.steps[0].type'],
    [
      'a malformed placeholder',
      { base_url: 'http://127.0.0.1', resources: { users: { get: { path: '/users/{{id' } } } },
      'config.resources.users.get.path',
    ],
    ['a placeholder with a bad cast', { headers: { 'X-Page': '{{query.page:float}}' } }, 'config.headers.X-Page'],
    ['a malformed JSONata error_expression', { error_expression: '$exists(response.error' }, 'config.error_expression'],
    [
      'a malformed JSONata in dynamic pagination',
      { pagination: { format: 'dynamic', config: { get_pagination_values_expression: 'response.(' } } },
      'config.pagination.config.get_pagination_values_expression',
    ],
    ['a malformed JSONata rate-limit expression', { rate_limit: { is_rate_limited: 'status = ' } }, 'config.rate_limit.is_rate_limited'],
    [
      'a malformed JSONata webhook verification',
      { webhook: { handle_verification: '{"statusCode": 200' } },
      'config.webhook.handle_verification',
    ],
  ];
  for (const [what, config, path] of kinds) {
    test(`refuses ${what}, naming ${path}`, async () => {
      const reply = await post(config);
      assertTrutoError(reply, 400, 'Bad Request');
      assert.deepEqual(failedPaths(reply), [path], JSON.stringify(reply.body.details));
    });
  }

  test('lists every failing path at once', async () => {
    const config = Object.fromEntries(kinds.filter(([, c]) => !('pagination' in c)).flatMap(([, c]) => Object.entries(c)));
    const reply = await post({ ...config, base_url: 42, pagination: { format: 'pages' } });
    assertTrutoError(reply, 400, 'Bad Request');
    const paths = failedPaths(reply);
    assert.ok(paths.length >= 12, paths.join('\n'));
    for (const path of ['config.base_url', 'config.pagination.format', 'config.error_expression', 'config.webhook.handle_verification']) {
      assert.ok(paths.includes(path), `${path} in ${paths.join(', ')}`);
    }
    assert.equal((await call(server, 'GET', '/integration?name=checked')).body.result.length, 0);
  });

  test('accepts placeholders with fallbacks and casts, and JSONata with functions', async () => {
    const config = {
      base_url: 'https://{{context.subdomain}}.example.com',
      headers: { 'X-Limit': '{{query.limit|pagination.per_page:int}}', 'X-Keep': null },
      authorization: { format: 'header', config: { expression: '{"Authorization": "Bearer " & context.token}' } },
      pagination: {
        format: 'dynamic',
        config: { get_pagination_values_expression: 'response.next ? {"cursor": response.next} : null' },
      },
      rate_limit: { is_rate_limited: 'status = 429', retry_after_header_expression: '$number(headers.`retry-after`)' },
      resources: { tickets: { search: { method: 'post', path: '/tickets/search', body: { q: '{{body.q:json}}' }, pagination: null } } },
      actions: {
        refresh_token: {
          steps: [
            { type: 'request', config: { path: '/token', method: 'post' } },
            { type: 'transform', config: {} },
          ],
        },
      },
      credentials: { api_key: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } } },
    };
    const reply = await post(config);
    assert.equal(reply.status, 201, JSON.stringify(reply.body));
    assert.deepEqual(reply.body.config, config);
  });

  test('an environment override is checked too, but may be partial', async () => {
    const integration = (await call(server, 'POST', '/integration', { body: { name: 'overridden', config: SEED_CONFIG } })).body;
    const partial = await call(server, 'POST', '/environment-integration', {
      body: {
        integration_id: integration.id,
        environment_id: server.tenant.applicationId,
        override: { resources: { users: { list: { query: { per_page: 50 } } } } },
      },
    });
    assert.equal(partial.status, 201, JSON.stringify(partial.body));
    const bad = await call(server, 'PATCH', `/environment-integration/${partial.body.id}`, {
      body: { override: { error_expression: '(', pagination: { format: 'none' } } },
    });
    assertTrutoError(bad, 400, 'Bad Request');
    assert.deepEqual(failedPaths(bad).sort(), ['override.error_expression', 'override.pagination.format']);
  });
});
