import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Histogram, Registry } from 'prom-client';
import { FastHistogram } from '../../src/lib/prometheus-series.js';

test("the request histogram renders exactly as prom-client's own histogram of the same observations", async () => {
  const bounds = [0.001, 0.01, 0.1, 1];
  const values = [0.0005, 0.001, 0.002, 0.05, 0.5, 3, 0.01];
  const theirs = new Registry();
  const reference = new Histogram({
    name: 'h_seconds',
    help: 'help',
    labelNames: ['route', 'status'],
    buckets: bounds,
    registers: [theirs],
  });
  const ours = new Registry();
  const fast = new FastHistogram('h_seconds', 'help', bounds);
  ours.registerMetric(fast as unknown as Parameters<Registry['registerMetric']>[0]);
  for (const [i, value] of values.entries()) {
    const labels = { route: i % 2 ? '/a/:id' : '/b "q"\\', status: '200' };
    reference.observe(labels, value);
    fast.child(`${labels.route} ${labels.status}`, labels).observe(value);
  }
  assert.equal(await ours.metrics(), await theirs.metrics());
});
