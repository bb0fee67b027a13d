import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal } from '../../../../src/auth/principal.js';
import { checkIssuable } from '../../../../src/core/tenancy/token-service.js';

const principal = (scopes: string[], applicationId: string | null = 'a'.repeat(24)): Principal => ({
  tokenId: 'f'.repeat(24),
  organizationId: 'o'.repeat(24),
  applicationId,
  scopes,
});
const refusal = (creator: Principal | null, scopes: string[]) => {
  try {
    checkIssuable(creator, scopes);
    return null;
  } catch (error) {
    const e = error as { code: string; status: number; message: string };
    return { code: e.code, status: e.status, message: e.message };
  }
};

test('unknown scopes are a validation error naming each, for every creator, the system included', () => {
  assert.deepEqual(refusal(null, ['integration.get', 'nope.nope', 'all.Device']), {
    code: 'validation',
    status: 400,
    message: 'Unknown scope "nope.nope", "all.Device"',
  });
  assert.equal(refusal(principal(['all.Organization'], null), ['nope.nope'])?.status, 400);
});

test('the system issues any known scope; a token only what it covers', () => {
  assert.equal(refusal(null, ['all.Organization']), null);
  assert.equal(refusal(principal(['all.Application']), ['integration.*', 'flows.get']), null);
  assert.deepEqual(refusal(principal(['integration.*']), ['integration.get', 'flows.get', 'integration.*']), {
    code: 'forbidden',
    status: 403,
    message: 'The access token cannot issue a token with scope flows.get: it does not grant it',
  });
});

test('an application token issues no organization scope, even one it holds; an organization token may', () => {
  assert.equal(refusal(principal(['all.Organization']), ['applications.get'])?.status, 403);
  assert.match(refusal(principal(['all.Organization']), ['all.Organization'])?.message ?? '', /organization scope all\.Organization/);
  assert.equal(refusal(principal(['all.Organization']), ['all.Application']), null);
  assert.equal(refusal(principal(['all.Organization'], null), ['all.Organization', 'applications.post']), null);
  assert.equal(refusal(principal(['all.Organization.read'], null), ['applications.post'])?.status, 403);
});
