import assert from 'node:assert/strict';
import { test } from 'node:test';
import { auditTarget } from '../../../../src/core/shared/audit-service.js';

test('auditTarget takes the id and tenant fields of a row or a model, missing ones as null', () => {
  const row = { id: 'r1', organization_id: 'o1', application_id: 'a1', integration_id: null };
  assert.deepEqual(auditTarget('flow', row), {
    organizationId: 'o1',
    applicationId: 'a1',
    integrationId: null,
    resourceType: 'flow',
    resourceId: 'r1',
  });
  const model = { id: 'm1', organizationId: 'o2', applicationId: null };
  assert.deepEqual(auditTarget('apiToken', model), {
    organizationId: 'o2',
    applicationId: null,
    integrationId: null,
    resourceType: 'apiToken',
    resourceId: 'm1',
  });
});

test('auditTarget: ids given override the resource, an explicit null included', () => {
  const row = { id: 'i1', organization_id: 'o1', application_id: 'a1' };
  assert.deepEqual(auditTarget('integration', row, { integrationId: row.id, applicationId: null }), {
    organizationId: 'o1',
    applicationId: null,
    integrationId: 'i1',
    resourceType: 'integration',
    resourceId: 'i1',
  });
  assert.equal(auditTarget('revision', row, { resourceId: 'v1' }).resourceId, 'v1');
});
