import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedMethods, type CataloguedRoute } from '../../../../src/api/common/route-catalogue.js';

const catalogue: CataloguedRoute[] = [
  { method: 'GET', url: '/v1/flows/:_id' },
  { method: 'PUT', url: '/v1/flows/:_id' },
  { method: 'POST', url: '/v1/flows' },
  { method: 'GET', url: '/docs/static/*' },
  { method: 'PUT', url: '/integration/*', catchAll: true },
];

test('the methods served on a path, in a fixed order, HEAD with GET', () => {
  assert.deepEqual(allowedMethods(catalogue, '/v1/flows/abc?x=1'), ['GET', 'HEAD', 'PUT']);
  assert.deepEqual(allowedMethods(catalogue, '/v1/flows'), ['POST']);
  assert.deepEqual(allowedMethods(catalogue, '/docs/static/a/b.js'), ['GET', 'HEAD']);
});

test('a parameter is one non-empty segment; catch-all routes and unknown paths count for nothing', () => {
  assert.deepEqual(allowedMethods(catalogue, '/v1/flows/abc/def'), []);
  assert.deepEqual(allowedMethods(catalogue, '/v1/flows//'), []);
  assert.deepEqual(allowedMethods(catalogue, '/integration/x'), []);
  assert.deepEqual(allowedMethods(catalogue, '/v1/flowsX'), []);
});

test('a route added later is seen', () => {
  const growing: CataloguedRoute[] = [{ method: 'GET', url: '/a' }];
  assert.deepEqual(allowedMethods(growing, '/a'), ['GET', 'HEAD']);
  growing.push({ method: 'DELETE', url: '/a' });
  assert.deepEqual(allowedMethods(growing, '/a'), ['GET', 'HEAD', 'DELETE']);
});
