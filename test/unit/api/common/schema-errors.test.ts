import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { type SchemaIssue, schemaError, schemaProblems } from '../../../../src/api/common/schema-errors.js';

const ajv = new Ajv({ verbose: true, allErrors: false, strict: false });
const validate = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { anyOf: [{ const: 'a' }, { const: 'b c' }] },
    size: { type: 'integer', maximum: 3 },
    label: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    mode: { enum: ['x', 'y'] },
    pair: { type: 'object', oneOf: [{ required: ['p'] }, { required: ['q'] }] },
  },
});
const problems = (data: unknown, context = 'body') => {
  assert.equal(validate(data), false);
  return schemaProblems(validate.errors as SchemaIssue[], context);
};

test('union branches fold into one problem listing what is allowed', () => {
  assert.deepEqual(problems({ kind: 'z' }), [{ field: 'kind', message: 'kind must be one of: a, "b c"', code: 'invalid_field' }]);
  assert.deepEqual(problems({ kind: 'a', label: 1 }), [
    { field: 'label', message: 'label must be a string or null', code: 'invalid_field' },
  ]);
  assert.equal(problems({ kind: 'a', pair: {} })[0].message, 'pair must be an object with p or an object with q');
  assert.equal(
    problems({ kind: 'a', pair: { p: 1, q: 1 } })[0].message,
    'pair must be exactly one of: an object with p or an object with q (it matches several)',
  );
});

test('required and additional properties name the property', () => {
  assert.deepEqual(problems({}), [{ field: 'kind', message: 'kind is required', code: 'missing_required_field' }]);
  assert.deepEqual(problems({ kind: 'a', extra: 1 }), [
    { field: 'extra', message: 'extra is not an allowed property (allowed: kind, size, label, mode, pair)', code: 'invalid_field' },
  ]);
});

test('other keywords keep their wording after the field; non-body parts say where', () => {
  assert.equal(problems({ kind: 'a', size: 9 })[0].message, 'size must be <= 3');
  assert.equal(problems({ kind: 'a', mode: 'z' }, 'querystring')[0].message, 'query parameter mode must be one of: x, y');
  assert.equal(problems([], 'body')[0].message, 'body must be object');
});

test('the AppError carries one detail per problem with its path', () => {
  assert.equal(validate({ kind: 'z' }), false);
  const error = schemaError(validate.errors as SchemaIssue[], 'body');
  assert.equal(error.status, 400);
  assert.equal(error.message, 'kind must be one of: a, "b c"');
  assert.deepEqual(error.details, [{ path: 'body.kind', message: 'kind must be one of: a, "b c"' }]);
});
