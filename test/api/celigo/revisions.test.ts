import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, startTestServer, type TestServer } from '../../helpers/server.js';
import { assertCeligoError, createFlow, createIntegration, createSetup, MISSING_ID } from './fixtures.js';

let server: TestServer;

before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const snapshot = (id: string, query = '', description = 'before the release') =>
  call(server, 'POST', `/v1/integrations/${id}/revisions/create${query}`, { body: { description } });

describe('POST /v1/integrations/{_id}/revisions/create', () => {
  test('without ignoreIfNoChanges, or with it false, always creates (201), even with no changes', async () => {
    const integration = await createIntegration(server);
    const first = await snapshot(integration._id);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.type, 'snapshot');
    assert.equal(first.body.status, 'completed');
    assert.equal(first.body.description, 'before the release');
    assert.equal(first.body._integrationId, integration._id);
    assert.match(first.body.beforeRevisionHash, /^[a-f\d]{64}$/);
    assert.equal(first.body.afterRevisionHash, first.body.beforeRevisionHash, 'a snapshot changes nothing');
    const second = await snapshot(integration._id, '?ignoreIfNoChanges=false');
    assert.equal(second.status, 201);
    assert.equal(second.body.beforeRevisionHash, first.body.beforeRevisionHash, 'same content, same hash');
    assert.notEqual(second.body._id, first.body._id);
    const list = await call(server, 'GET', `/v1/integrations/${integration._id}/revisions`);
    assert.deepEqual(
      list.body.map((r: { _id: string }) => r._id),
      [second.body._id, first.body._id],
      'newest first',
    );
  });

  test('with ignoreIfNoChanges=true: 201 when something changed since the last snapshot, else 204 and nothing created', async () => {
    const { integration, exp, imp } = await createSetup(server);
    const first = await snapshot(integration._id, '?ignoreIfNoChanges=true');
    assert.equal(first.status, 201, 'no snapshot yet counts as a change');
    const unchanged = await snapshot(integration._id, '?ignoreIfNoChanges=true');
    assert.equal(unchanged.status, 204);
    assert.equal(unchanged.body, undefined);
    await createFlow(server, integration._id, exp._id, imp._id, 'a second flow');
    const changed = await snapshot(integration._id, '?ignoreIfNoChanges=true');
    assert.equal(changed.status, 201);
    assert.notEqual(changed.body.beforeRevisionHash, first.body.beforeRevisionHash);
    const patched = await call(server, 'PATCH', `/v1/integrations/${integration._id}`, {
      body: [{ op: 'add', path: '/tag', value: 'v2' }],
    });
    assert.equal(patched.status, 204);
    assert.equal((await snapshot(integration._id, '?ignoreIfNoChanges=true')).status, 201);
    assert.equal((await snapshot(integration._id, '?ignoreIfNoChanges=true')).status, 204);
    const list = await call(server, 'GET', `/v1/integrations/${integration._id}/revisions`);
    assert.equal(list.body.length, 3);
    assertCeligoError(await snapshot(integration._id, '?ignoreIfNoChanges=maybe'), 400, 'invalid_query_params', 'ignoreIfNoChanges');
    assertCeligoError(await snapshot(MISSING_ID), 404, 'invalid_ref');
  });
});

describe('revert and diff', () => {
  test('a revert restores a deleted flow and the integration fields, and is itself a revision of type revert', async () => {
    const { integration, flow } = await createSetup(server);
    const saved = await snapshot(integration._id);
    assert.equal(saved.status, 201);
    assert.equal((await call(server, 'DELETE', `/v1/flows/${flow._id}`)).status, 204);
    await call(server, 'PATCH', `/v1/integrations/${integration._id}`, { body: [{ op: 'add', path: '/settings/x', value: 1 }] });
    const changed = await snapshot(integration._id, '', 'the state the revert replaces');
    assert.notEqual(changed.body.beforeRevisionHash, saved.body.beforeRevisionHash);
    const reverted = await call(server, 'POST', `/v1/integrations/${integration._id}/revisions/${saved.body._id}/revert`, { body: {} });
    assert.equal(reverted.status, 201, JSON.stringify(reverted.body));
    assert.equal(reverted.body.type, 'revert');
    assert.equal(reverted.body._revertedToRevisionId, saved.body._id);
    assert.equal(reverted.body.beforeRevisionHash, changed.body.beforeRevisionHash, 'before: the state the revert replaced');
    assert.equal(reverted.body.afterRevisionHash, saved.body.afterRevisionHash, 'after: the content is back as it was');
    const again = await snapshot(integration._id, '?ignoreIfNoChanges=true');
    assert.equal(again.status, 204, 'the revert is the latest content');
    const restored = await call(server, 'GET', `/v1/flows/${flow._id}`);
    assert.equal(restored.status, 200);
    assert.equal(restored.body.name, flow.name);
    assert.deepEqual(restored.body.pageGenerators, flow.pageGenerators);
    const flows = await call(server, 'GET', `/v1/integrations/${integration._id}/flows`);
    assert.deepEqual(
      flows.body.map((f: { _id: string }) => f._id),
      [flow._id],
    );
    assert.deepEqual((await call(server, 'GET', `/v1/integrations/${integration._id}`)).body.settings, {});
    const one = await call(server, 'GET', `/v1/integrations/${integration._id}/revisions/${reverted.body._id}`);
    assert.deepEqual(one.body, reverted.body);
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${integration._id}/revisions/${MISSING_ID}`), 404, 'invalid_ref');
    assertCeligoError(await call(server, 'POST', `/v1/integrations/${integration._id}/revisions/${MISSING_ID}/revert`), 404, 'invalid_ref');
  });

  test('a diff between two revisions lists what was created, updated and deleted', async () => {
    const { integration, flow, exp, imp } = await createSetup(server);
    const from = await snapshot(integration._id);
    const added = await createFlow(server, integration._id, exp._id, imp._id, 'added later');
    assert.equal((await call(server, 'DELETE', `/v1/flows/${flow._id}`)).status, 204);
    await call(server, 'PATCH', `/v1/integrations/${integration._id}`, { body: [{ op: 'add', path: '/tag', value: 'green' }] });
    const to = await snapshot(integration._id);
    const diff = await call(server, 'GET', `/v1/integrations/${integration._id}/revisions/${to.body._id}/diff?against=${from.body._id}`);
    assert.equal(diff.status, 200, JSON.stringify(diff.body));
    assert.equal(diff.body._fromRevisionId, from.body._id);
    assert.equal(diff.body._toRevisionId, to.body._id);
    const find = (type: string, id: string) =>
      diff.body.changes.find((c: { resourceType: string; _resourceId: string }) => c.resourceType === type && c._resourceId === id);
    assert.equal(find('flow', added._id)?.action, 'create');
    assert.equal(find('flow', flow._id)?.action, 'delete');
    const integrationChange = find('integration', integration._id);
    assert.equal(integrationChange?.action, 'update');
    assert.deepEqual(integrationChange.fieldChanges, [{ fieldPath: 'attributes.tag', oldValue: null, newValue: 'green' }]);
    const byDefault = await call(server, 'GET', `/v1/integrations/${integration._id}/revisions/${to.body._id}/diff`);
    assert.deepEqual(byDefault.body, diff.body, 'the default is the revision before');
  });

  test("another organization's integration and its revisions answer 404", async () => {
    const integration = await createIntegration(server);
    const saved = await snapshot(integration._id);
    const other = await server.otherTenant();
    const opts = { token: other.token };
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${integration._id}/revisions`, opts), 404, 'invalid_ref');
    assertCeligoError(await call(server, 'GET', `/v1/integrations/${integration._id}/revisions/${saved.body._id}`, opts), 404);
    assertCeligoError(await call(server, 'POST', `/v1/integrations/${integration._id}/revisions/create`, opts), 404);
  });
});
