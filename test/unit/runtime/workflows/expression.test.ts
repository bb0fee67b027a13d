import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateExpression } from '../../../../src/runtime/workflows/expression.js';
import { getPath, parsePath, removePath, setPath } from '../../../../src/runtime/workflows/payload-path.js';

const payload = { data: { temp: 81, status: 'active', items: [1, 2, 3], name: 'Alice', flag: false }, globals: { threshold: 75 } };
const ev = (expression: string) => evaluateExpression(expression, payload);

test('Losant conditional expressions: templates are values, not text pasted into code', () => {
  assert.equal(ev('{{data.temp}} > 80'), true);
  assert.equal(ev('{{data.temp}} > {{globals.threshold}} && {{data.status}} === "active"'), true);
  assert.equal(ev("{{data.name}} === 'Alice'"), true);
  assert.equal(ev('!{{data.flag}}'), true);
  assert.equal(ev('{{data.items.length}} % 2 === 0'), false);
  assert.equal(ev('{{data.items.[1]}} === 2'), true);
  assert.equal(ev('({{data.temp}} - 1) * 2 >= 160 ? "hot" : "cold"'), 'hot');
  assert.equal(ev('{{data.missing}}'), undefined);
  assert.equal(ev('{{data.missing}} == null'), true);
  assert.equal(ev('"81" == {{data.temp}}'), true);
  assert.equal(ev('"81" === {{data.temp}}'), false);
  assert.equal(ev('{{upper data.status}} === "ACTIVE"'), true);
  // A value holding code stays a value.
  assert.equal(evaluateExpression('{{data.x}} === "process.exit(1)"', { data: { x: 'process.exit(1)' } }), true);
});

test('anything beyond the grammar is refused with a message, never run', () => {
  for (const bad of ['process.exit(1)', 'constructor', '{{data.temp}} >', '({{data.temp}}', '', 'a = 1', '{{data.temp']) {
    assert.throws(() => ev(bad), /./, bad);
  }
  assert.throws(() => ev('this'), /is not something an expression can use/);
});

test('payload paths: dots, [index] and [key with spaces]; prototypes are out of reach', () => {
  assert.deepEqual(parsePath('data.items.[0].temp'), ['data', 'items', '0', 'temp']);
  assert.deepEqual(parsePath('data.[key with spaces]'), ['data', 'key with spaces']);
  assert.deepEqual(parsePath('.'), []);
  const root: Record<string, unknown> = { data: { items: [{ temp: 1 }] } };
  assert.equal(getPath(root, 'data.items.[0].temp'), 1);
  setPath(root, 'working.a.b', 2);
  assert.deepEqual(root.working, { a: { b: 2 } });
  removePath(root, 'working.a.b');
  assert.deepEqual(root.working, { a: {} });
  assert.throws(() => setPath(root, '__proto__.polluted', 1), /not allowed/);
  assert.throws(() => setPath(root, 'a.constructor.prototype', 1), /not allowed/);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(getPath(root, 'data.toString'), undefined);
});
