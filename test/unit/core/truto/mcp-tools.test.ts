/* biome-ignore-all lint/suspicious/noExplicitAny: tool schemas are loosely typed JSON */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodePosition, encodePosition, listResult, valueResult } from '../../../../src/core/truto/mcp-tool-result.js';
import { exposes, snakeCase, toolName, toolsOf } from '../../../../src/core/truto/mcp-tools.js';

const config = {
  base_url: 'http://127.0.0.1:1',
  resources: {
    contacts: {
      list: { path: '/contacts', description: 'All contacts' },
      get: { path: '/contacts/{{id}}' },
      create: {
        path: '/contacts',
        method: 'post',
        body_schema: { type: 'object', required: ['email'], properties: { email: { type: 'string' } } },
      },
      update: { path: '/contacts/{{id}}', method: 'patch' },
      delete: { path: '/contacts/{{id}}', method: 'delete' },
      search: { path: '/contacts/search', method: 'post', body: { q: '{{body.q}}' } },
    },
    ContactGroups: { list: { path: '/groups', query: { status: '{{query.status}}' } } },
    'contact-groups': { list: { path: '/groups2' } },
    broken: { list: { method: 'get' } },
  },
  tool_tags: { contacts: ['crm'], 'contacts.delete': ['danger'], ContactGroups: ['groups'] },
};

test('tool names: snake_case, verb first for the five canonical methods, resource first for a custom one, at most 64 characters', () => {
  assert.equal(snakeCase('ContactGroups'), 'contact_groups');
  assert.equal(snakeCase('contact-groups'), 'contact_groups');
  assert.equal(snakeCase('HTTPRequests v2'), 'http_requests_v2');
  assert.equal(toolName('contacts', 'list'), 'list_contacts');
  assert.equal(toolName('contacts', 'get'), 'get_contacts_by_id');
  assert.equal(toolName('contacts', 'update'), 'update_contacts_by_id');
  assert.equal(toolName('contacts', 'search'), 'contacts_search');
  assert.equal(toolName('tickets', 'addComment'), 'tickets_add_comment');
  const long = toolName('a'.repeat(80), 'list');
  assert.equal(long.length, 64);
  assert.match(long, /^list_a+_[0-9a-f]{8}$/);
  assert.notEqual(long, toolName(`${'a'.repeat(80)}b`, 'list'));
});

test('every method with a path is a tool; names that meet stay apart; descriptions from the config or made up', () => {
  const tools = toolsOf(config, {}, 'Acme CRM');
  assert.deepEqual(
    tools.map((t) => t.name),
    [
      'list_contacts',
      'get_contacts_by_id',
      'create_contacts',
      'update_contacts_by_id',
      'delete_contacts_by_id',
      'contacts_search',
      'list_contact_groups',
      'list_contact_groups_2',
    ],
  );
  const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
  assert.match(byName.list_contacts.description, /^All contacts\. The result is paged/);
  assert.equal(byName.get_contacts_by_id.description, 'Get one contacts record of Acme CRM by its id.');
  assert.deepEqual(byName.delete_contacts_by_id.tags, ['crm', 'danger']);
  assert.equal(byName.delete_contacts_by_id.annotations.destructiveHint, true);
  assert.equal(byName.list_contacts.annotations.readOnlyHint, true);
});

test("input schemas: id required where the method takes one, the config's body schema, placeholders named, paging arguments on lists", () => {
  const byName = Object.fromEntries(toolsOf(config, {}, 'Acme').map((t) => [t.name, t.inputSchema as any]));
  assert.deepEqual(byName.get_contacts_by_id.required, ['id']);
  assert.equal(byName.get_contacts_by_id.properties.body, undefined);
  assert.equal(byName.list_contacts.properties.id, undefined);
  assert.ok(byName.list_contacts.properties.next_cursor && byName.list_contacts.properties.limit);
  assert.deepEqual(byName.create_contacts.properties.body.required, ['email']);
  assert.equal(byName.create_contacts.required, undefined);
  assert.deepEqual(Object.keys(byName.contacts_search.properties.body.properties), ['q']);
  assert.equal(byName.contacts_search.properties.body.additionalProperties, true);
  assert.deepEqual(Object.keys(byName.list_contact_groups.properties.query.properties), ['status']);
  assert.equal(byName.delete_contacts_by_id.additionalProperties, false);
});

test('methods filter: read, write, custom and method names; tags filter: any tag of the resource or the method', () => {
  const names = (filter: object) => toolsOf(config, filter, 'x').map((t) => t.name);
  assert.deepEqual(names({ methods: ['read'] }), ['list_contacts', 'get_contacts_by_id', 'list_contact_groups', 'list_contact_groups_2']);
  assert.deepEqual(names({ methods: ['write'] }), ['create_contacts', 'update_contacts_by_id', 'delete_contacts_by_id']);
  assert.deepEqual(names({ methods: ['custom'] }), ['contacts_search']);
  assert.deepEqual(names({ methods: ['get', 'search'] }), ['get_contacts_by_id', 'contacts_search']);
  assert.deepEqual(names({ tags: ['danger'] }), ['delete_contacts_by_id']);
  assert.deepEqual(names({ tags: ['groups'], methods: ['read'] }), ['list_contact_groups']);
  assert.deepEqual(names({ methods: [], tags: [] }).length, 8);
  assert.equal(exposes({ methods: ['write'] }, 'list', []), false);
});

test('list results fit the cap: records that fit, and a cursor that continues within the same upstream page', () => {
  const items = Array.from({ length: 10 }, (_, i) => ({ id: i, text: 'x'.repeat(50) }));
  const first = listResult(items, { cursor: null, skip: 0, limit: 10 }, 'UP2', 10, 400);
  const body = first.structuredContent as any;
  assert.ok(first.content[0].text.length <= 400);
  assert.ok(body.result_count >= 1 && body.result_count < 10);
  const position = decodePosition(body.next_cursor);
  assert.deepEqual(position, { cursor: null, skip: body.result_count, limit: 10 });
  const rest = listResult(items, position, 'UP2', 10, 10_000).structuredContent as any;
  assert.equal(rest.result[0].id, body.result_count);
  assert.equal(rest.result.length, 10 - body.result_count);
  assert.deepEqual(decodePosition(rest.next_cursor), { cursor: 'UP2', skip: 0, limit: 10 });
  const last = listResult(items, { cursor: 'UP2', skip: 0, limit: 10 }, null, 10, 10_000).structuredContent as any;
  assert.equal(last.next_cursor, null);
  assert.throws(() => decodePosition('nope'), /not a cursor/);
  assert.throws(() => decodePosition(encodePosition({ cursor: null, skip: -1, limit: null })), /not a cursor/);
});

test('a record over the cap is cut and marked, with no structured content', () => {
  const small = valueResult({ id: 1 }, 100);
  assert.deepEqual(small.structuredContent, { id: 1 });
  const big = valueResult({ text: 'y'.repeat(500) }, 200);
  assert.equal(big.structuredContent, undefined);
  assert.ok(big.content[0].text.length <= 200);
  assert.match(big.content[0].text, /\[cut: the result is \d+ characters, over this server's limit of 200\]$/);
});
