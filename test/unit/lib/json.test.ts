import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, isObject, mergePatch, overlay, pointerToPath, readPath } from '../../../src/lib/json.js';

// The document on which the two merges disagree: a null inside an object the base does not have.
const patch = { b: { c: null, d: 2 } };

test('mergePatch (RFC 7396) drops a null even inside an object the target lacks', () => {
  assert.deepEqual(mergePatch({}, patch), { b: { d: 2 } });
  assert.deepEqual(mergePatch({ b: { c: 1, e: 3 } }, patch), { b: { d: 2, e: 3 } });
  assert.deepEqual(mergePatch({ b: 'scalar' }, patch), { b: { d: 2 } });
});

test('overlay keeps a null where the base has no object (a value, not a removal)', () => {
  assert.deepEqual(overlay({}, patch), { b: { c: null, d: 2 } });
  assert.deepEqual(overlay({ b: { c: 1, e: 3 } }, patch), { b: { d: 2, e: 3 } });
  assert.deepEqual(overlay({ b: 'scalar' }, patch), { b: { c: null, d: 2 } });
});

test('both merges: arrays replace, inputs stay untouched, null at the top removes', () => {
  const base = { list: [1, 2], keep: true, gone: 1 };
  const over = { list: [3], gone: null };
  assert.deepEqual(mergePatch(base, over), { list: [3], keep: true });
  assert.deepEqual(overlay(base, over), { list: [3], keep: true });
  assert.deepEqual(base, { list: [1, 2], keep: true, gone: 1 });
  assert.deepEqual(over, { list: [3], gone: null });
});

test('overlay: an undefined override leaves the base; a non-object replaces it', () => {
  const base = { a: 1 };
  assert.equal(overlay(base, undefined), base);
  assert.equal(overlay(base, null), null);
  assert.deepEqual(overlay(base, [1]), [1]);
});

test('mergePatch: a patch that is not an object replaces the target (RFC 7396 section 2)', () => {
  assert.deepEqual(mergePatch({ a: 1 }, [1]), [1]);
  assert.equal(mergePatch({ a: 1 }, 'x'), 'x');
});

test('isObject is true for plain objects only', () => {
  assert.equal(isObject({}), true);
  assert.equal(isObject([]), false);
  assert.equal(isObject(null), false);
  assert.equal(isObject('x'), false);
});

test('readPath reads dotted and bracketed paths, undefined past a missing step', () => {
  const tree = { a: { b: [{ c: 1 }] } };
  assert.equal(readPath(tree, 'a.b.0.c'), 1);
  assert.equal(readPath(tree, 'a.b[0].c'), 1);
  assert.equal(readPath(tree, 'a.x.c'), undefined);
  assert.equal(readPath(tree, ''), tree);
});

test('canonicalJson sorts keys and leaves undefined members out', () => {
  assert.equal(canonicalJson({ b: 1, a: [{ d: undefined, c: 2 }] }), '{"a":[{"c":2}],"b":1}');
});

test('pointerToPath spells a JSON Pointer the one way error details use', () => {
  assert.equal(pointerToPath('body', ''), 'body');
  assert.equal(pointerToPath('body', '/name'), 'body.name');
  assert.equal(pointerToPath('config', '/resources/0/path'), 'config.resources[0].path');
  assert.equal(pointerToPath('config', '/a b/c~1d/e~0f'), 'config["a b"]["c/d"]["e~f"]');
});
