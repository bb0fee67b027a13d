import assert from 'node:assert/strict';
import { test } from 'node:test';
import { patchIntegration } from '../../../../src/api/celigo/integration-patch.js';
import type { Integration } from '../../../../src/core/integrations/integration-model.js';
import { AppError } from '../../../../src/lib/errors.js';

const current: Integration = {
  id: 'abcdefabcdefabcdefabcdef',
  organizationId: 'o',
  applicationId: null,
  name: 'n',
  description: null,
  integrationType: null,
  category: null,
  enabled: true,
  sharing: 'deny',
  isBeta: false,
  version: 3,
  attributes: { version: '1.0', flowGroupings: [{ name: 'g', settings: { a: 1 } }], other: 'kept' },
  config: {},
  settings: { mode: 'x' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const refused = (code: string, path?: string) => (e: unknown) =>
  e instanceof AppError && e.code === 'unprocessable' && e.details?.[0].code === code && e.details?.[0].path === path;

test('settings, version, tag and flow-group settings can be patched; other attributes stay', () => {
  const next = patchIntegration(current, [
    { op: 'replace', path: '/settings/mode', value: 'y' },
    { op: 'add', path: '/tag', value: 't' },
    { op: 'remove', path: '/version' },
    { op: 'replace', path: '/flowGroupings/0/settings', value: { b: 2 } },
  ]);
  assert.deepEqual(next.settings, { mode: 'y' });
  assert.deepEqual(next.attributes, { flowGroupings: [{ name: 'g', settings: { b: 2 } }], other: 'kept', tag: 't' });
  assert.deepEqual(current.settings, { mode: 'x' }, 'the input is not changed');
});

test('a path outside the patchable fields, or an unknown op, is refused before anything applies', () => {
  assert.throws(() => patchIntegration(current, [{ op: 'replace', path: '/name', value: 'x' }]), refused('invalid_patch', '0.path'));
  assert.throws(() => patchIntegration(current, [{ op: 'move', from: '/other', path: '/settings/o' }]), refused('invalid_patch', '0.from'));
  assert.throws(() => patchIntegration(current, [{ op: 'merge', path: '/settings' }]), refused('invalid_patch', '0.op'));
});

test('a failing test op or a wrong type after the patch refuses the whole patch', () => {
  assert.throws(() => patchIntegration(current, [{ op: 'test', path: '/settings/mode', value: 'nope' }]), refused('invalid_patch', '0'));
  assert.throws(() => patchIntegration(current, [{ op: 'replace', path: '/settings', value: [] }]), refused('invalid_patch', 'settings'));
  assert.throws(() => patchIntegration(current, [{ op: 'add', path: '/tag', value: 5 }]), refused('invalid_patch', 'tag'));
});
