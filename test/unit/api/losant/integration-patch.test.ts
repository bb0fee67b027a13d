import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patchIntegration } from '../../../../src/api/losant/integration-patch.js';
import type { Integration } from '../../../../src/core/integrations/integration-model.js';

const current = {
  id: 'abcdefabcdefabcdefabcdef',
  organizationId: 'o',
  applicationId: 'a',
  name: 'n',
  enabled: true,
  attributes: { credentialName: 'c', topics: ['t'], keep: 1 },
} as unknown as Integration;

test('Losant PATCH: top-level fields replace, null removes, name and enabled are columns', () => {
  const next = patchIntegration(current, { name: 'm', enabled: false, credentialName: null, topics: ['u'] } as never);
  assert.equal(next.name, 'm');
  assert.equal(next.enabled, false);
  assert.deepEqual(next.attributes, { topics: ['u'], keep: 1 });
  assert.deepEqual(current.attributes, { credentialName: 'c', topics: ['t'], keep: 1 });
});

test('Losant PATCH: fields left out stay as they are', () => {
  const next = patchIntegration(current, {} as never);
  assert.equal(next.name, 'n');
  assert.equal(next.enabled, true);
  assert.deepEqual(next.attributes, current.attributes);
});
