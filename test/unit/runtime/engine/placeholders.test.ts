import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolve } from '../../../../src/runtime/engine/placeholders.js';

const scope = {
  id: '42',
  query: { n: '17', f: '2.5', yes: 'true', no: '0', obj: '{"a":[1,2]}', list: ['x', 'y'] },
  body: { name: 'Ada', tags: ['a', 'b'], nested: { deep: 3 } },
  context: { subdomain: 'acme', count: 5 },
  credentials: { api_key: 'k-1' },
  oauth: { token: { access_token: 'at' } },
  pagination: { page: 2, per_page: 50 },
};

test('every cast: int, num, bool, json, str, null', () => {
  assert.equal(resolve('{{query.n:int}}', scope), 17);
  assert.equal(resolve('{{query.f:int}}', scope), 2);
  assert.equal(resolve('{{query.f:num}}', scope), 2.5);
  assert.equal(resolve('{{query.yes:bool}}', scope), true);
  assert.equal(resolve('{{query.no:bool}}', scope), false);
  assert.deepEqual(resolve('{{query.obj:json}}', scope), { a: [1, 2] });
  assert.equal(resolve('{{context.count:str}}', scope), '5');
  assert.equal(resolve('{{body.nested:str}}', scope), '{"deep":3}');
  assert.equal(resolve('{{query.missing:null}}', scope), null);
  assert.equal(resolve('{{body.name:int}}', scope), undefined);
});

test('a whole-string placeholder keeps its type; inside a string it is stringified', () => {
  assert.deepEqual(resolve('{{body.tags}}', scope), ['a', 'b']);
  assert.equal(resolve('{{pagination.page}}', scope), 2);
  assert.equal(resolve('https://{{context.subdomain}}.example.com/v{{context.count}}/x/{{id}}', scope), 'https://acme.example.com/v5/x/42');
  assert.equal(resolve('p={{body.nested}}', scope), 'p={"deep":3}');
  assert.equal(resolve('a{{query.missing}}b', scope), 'ab');
});

test('fallbacks take the first defined value, then the cast applies', () => {
  assert.equal(resolve('{{query.missing|context.count}}', scope), 5);
  assert.equal(resolve('{{query.missing|query.n:int}}', scope), 17);
  assert.equal(resolve('{{query.missing|body.missing}}', scope), undefined);
  assert.equal(resolve('Bearer {{oauth.token.access_token|credentials.api_key}}', scope), 'Bearer at');
});

test('objects and arrays are recursed into; keys whose value is undefined are dropped', () => {
  const out = resolve({ a: '{{id}}', b: ['{{body.name}}', '{{nope}}'], c: { d: '{{query.missing}}', e: '{{context.count:str}}' } }, scope);
  assert.deepEqual(out, { a: '42', b: ['Ada'], c: { e: '5' } });
  assert.equal(resolve('{{body.tags.1}}', scope), 'b');
  assert.equal(resolve('{{body.tags[0]}}', scope), 'a');
});
