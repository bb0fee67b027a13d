import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toPage } from '../../../../src/core/shared/page.js';

const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, created_at: `2026-01-0${n}T00:00:00.000Z` }));

test('toPage cuts the extra row and keys the next page on the last row kept', () => {
  assert.deepEqual(toPage(rows, { after: null, limit: 2 }), {
    items: rows.slice(0, 2),
    next: { createdAt: rows[1].created_at, id: 'id2' },
    limit: 2,
  });
});

test('toPage: no extra row is the last page', () => {
  assert.deepEqual(toPage(rows, { after: null, limit: 3 }), { items: rows, next: null, limit: 3 });
});
