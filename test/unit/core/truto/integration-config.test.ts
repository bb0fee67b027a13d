import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripSecrets, validateIntegrationConfig } from '../../../../src/core/truto/integration-config.js';
import { AppError } from '../../../../src/lib/errors.js';

/** The detail paths a config is refused with; [] when it is accepted. */
function refusedPaths(config: unknown, options?: { root?: string; partial?: boolean }): string[] {
  try {
    validateIntegrationConfig(config, options);
    return [];
  } catch (error) {
    assert.ok(error instanceof AppError && error.code === 'validation', String(error));
    return (error.details ?? []).map((d) => d.path ?? '');
  }
}

const full = { base_url: 'http://127.0.0.1:9', resources: { users: { list: { path: '/users', method: 'get' } } } };

test('a well-formed config passes, with placeholders and JSONata', () => {
  assert.deepEqual(refusedPaths({ ...full, headers: { 'X-Page': '{{query.page:int}}' }, error_expression: 'status >= 400' }), []);
});

test('each mistake is named by its path under the root', () => {
  assert.deepEqual(refusedPaths({ base_url: 42 }), ['config.base_url']);
  assert.deepEqual(refusedPaths({ base_url: 'http://127.0.0.1:9', resources: { users: { list: { method: 'get' } } } }), [
    'config.resources.users.list.path',
  ]);
  assert.deepEqual(refusedPaths({ actions: { sync: { steps: [{ type: 'jump' }] } } }), ['config.actions.sync.steps[0].type']);
  assert.deepEqual(refusedPaths({ headers: { 'X-Page': '{{query.page:float}}' } }), ['config.headers.X-Page']);
  assert.deepEqual(refusedPaths({ error_expression: '$exists(response.error' }), ['config.error_expression']);
});

test('every problem is reported at once, and the root names an override', () => {
  const paths = refusedPaths({ base_url: 42, pagination: { format: 'pages' }, error_expression: '(' }, { root: 'override', partial: true });
  for (const path of ['override.base_url', 'override.pagination.format', 'override.error_expression'])
    assert.ok(paths.includes(path), path);
});

test('stripSecrets drops secret values but keeps placeholders that point at the caller’s own credentials', () => {
  const config = { credentials: { config: { client_secret: 'real', api_key: '{{context.api_key}}' } }, base_url: 'u' };
  assert.deepEqual(stripSecrets(config), { credentials: { config: { api_key: '{{context.api_key}}' } }, base_url: 'u' });
});
