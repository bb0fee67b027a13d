import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingCredentialFields } from '../../../../src/core/connections/credential-fields.js';

const config = {
  credentials: {
    api_key: { format: 'api_key', config: { fields: [{ name: 'api_key', required: true }, { name: 'region' }] } },
    oauth2: { format: 'oauth2', config: { fields: [{ name: 'subdomain', required: true }] } },
  },
};

test("the required fields of the account's format that the context lacks", () => {
  assert.deepEqual(missingCredentialFields(config, 'api_key', { region: 'eu' }), [
    { path: 'body.context.api_key', message: "context.api_key is required by the integration's api_key credentials" },
  ]);
  assert.deepEqual(missingCredentialFields(config, 'api_key', { api_key: 'k' }), []);
  assert.equal(missingCredentialFields(config, 'oauth2', { subdomain: '  ' }).length, 1, 'blank counts as missing');
  assert.equal(missingCredentialFields(config, 'oauth2', { subdomain: null }).length, 1);
});

test('no declared fields, no format, or another format: nothing is required', () => {
  assert.deepEqual(missingCredentialFields({}, null, {}), []);
  assert.deepEqual(missingCredentialFields({ credentials: { format: 'api_key' } }, 'api_key', {}), []);
  assert.deepEqual(missingCredentialFields(config, 'basic', {}), []);
});
