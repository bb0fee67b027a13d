import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parsePrometheus, type Sample, sampleSum } from '../helpers/prometheus.js';
import { bearer, call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';
import { connect, createIntegration, oauthConfig } from './proxy/fixtures.js';

async function scrape(server: TestServer, token: string | null): Promise<Sample[]> {
  const reply = await server.app.inject({ method: 'GET', url: '/metrics', headers: token ? bearer(token) : {} });
  assert.equal(reply.statusCode, 200, reply.body);
  assert.match(String(reply.headers['content-type']), /^text\/plain; version=0\.0\.4/);
  return parsePrometheus(reply.body);
}

describe('METRICS=token', () => {
  let server: TestServer;
  let upstream: Upstream;
  let metricsToken: string;
  before(async () => {
    server = await startTestServer({ metrics: 'token', runtime: { maxRetries: 0, backoffMs: 1 } });
    metricsToken = await server.token(['metrics.get']);
    upstream = await startUpstream((request, response) => {
      if (request.url.pathname === '/oauth/token') {
        const grant = new URLSearchParams(request.body).get('grant_type');
        return grant === 'client_credentials'
          ? json(response, 200, { access_token: 'at-1', token_type: 'bearer', expires_in: 3600 })
          : json(response, 400, { error: 'invalid_grant' });
      }
      if (request.url.pathname === '/me') return json(response, 200, { ok: true });
      return json(response, 503, { error: 'down' });
    });
  });
  after(async () => {
    await upstream.close();
    await server.close();
  });

  test('no token is a 401, a tenant-wide admin token a 403, a metrics.get token reads the text format', async () => {
    assert.equal((await call(server, 'GET', '/metrics', { token: null })).status, 401);
    assert.equal((await call(server, 'GET', '/metrics')).status, 403, 'all.Organization does not read server metrics');
    const samples = await scrape(server, metricsToken);
    assert.ok(
      samples.some((s) => s.name === 'process_cpu_user_seconds_total'),
      'process metrics are there',
    );
  });

  test('request counters and latency histograms move by surface, method, route pattern and status', async () => {
    const route = { surface: 'losant', method: 'GET', route: '/applications/:applicationId/integrations', status: '200' };
    const before = await scrape(server, metricsToken);
    const url = `/applications/${server.tenant.applicationId}/integrations`;
    // Three different pages: a page answered again comes from the kept encoded page (one prepared query).
    for (let i = 0; i < 3; i++) assert.equal((await call(server, 'GET', `${url}?perPage=${10 + i}`)).status, 200);
    assert.equal((await call(server, 'GET', '/v1/integrations/5f00000000000000000000aa')).status, 404);
    assert.equal((await call(server, 'GET', '/no/such/thing/5f00000000000000000000ab')).status, 404);
    const after = await scrape(server, metricsToken);
    const delta = (name: string, labels: Record<string, string>) => sampleSum(after, name, labels) - sampleSum(before, name, labels);
    assert.equal(delta('junction_http_requests_total', route), 3);
    assert.equal(delta('junction_http_request_duration_seconds_count', route), 3);
    assert.equal(delta('junction_http_request_duration_seconds_bucket', { ...route, le: '+Inf' }), 3);
    assert.ok(delta('junction_http_request_duration_seconds_sum', route) > 0);
    const celigo = { surface: 'integrator.io', route: '/v1/integrations/:_id', status: '404' };
    assert.equal(delta('junction_http_requests_total', celigo), 1);
    assert.equal(delta('junction_http_requests_total', { route: 'unmatched', status: '404' }), 1);
    // Route patterns only: no id or raw URL ever becomes a label value.
    const values = after.flatMap((s) => Object.values(s.labels));
    assert.ok(!values.some((v) => /[0-9a-f]{24}/.test(v)), 'no id in any label');
    assert.ok(delta('junction_store_query_duration_seconds_count', { operation: 'select' }) >= 3);
  });

  test('upstream calls by integration and status, with latency; OAuth token requests and failures', async () => {
    const resources = { me: { get: { path: '/me' } }, down: { get: { path: '/down' } } };
    const integration = await createIntegration(server, oauthConfig(upstream.url, 'oauth2_client_credentials', resources));
    const account = await connect(server, integration.id, {});
    const before = await scrape(server, metricsToken);
    assert.equal((await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`)).status, 200);
    assert.equal((await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account}`)).status, 200);
    assert.ok((await call(server, 'GET', `/proxy/down/1?integrated_account_id=${account}`)).status >= 500);
    const expired = { access_token: 'old', refresh_token: 'rt', expires_at: new Date(Date.now() - 60_000).toISOString() };
    const withRefresh = await createIntegration(server, oauthConfig(upstream.url, 'oauth2', resources));
    const refused = await connect(server, withRefresh.id, { oauth: { token: expired } });
    assert.ok((await call(server, 'GET', `/proxy/me/1?integrated_account_id=${refused}`)).status >= 400);
    const after = await scrape(server, metricsToken);
    const delta = (name: string, labels: Record<string, string>) => sampleSum(after, name, labels) - sampleSum(before, name, labels);
    const of = { integration: integration.id };
    assert.equal(delta('junction_upstream_requests_total', { ...of, status: '200' }), 2);
    assert.equal(delta('junction_upstream_requests_total', { ...of, status: '503' }), 1);
    assert.equal(delta('junction_upstream_request_duration_seconds_count', of), 3);
    assert.equal(delta('junction_oauth_token_requests_total', { ...of, grant_type: 'client_credentials' }), 1);
    assert.equal(delta('junction_oauth_token_failures_total', { ...of, grant_type: 'client_credentials' }), 0);
    const refresh = { integration: withRefresh.id, grant_type: 'refresh_token' };
    assert.equal(delta('junction_oauth_token_requests_total', refresh), 1);
    assert.equal(delta('junction_oauth_token_failures_total', refresh), 1);
  });

  test('the PostgreSQL pool is reported by state', { skip: !process.env.DATABASE_URL && 'SQLite has no pool' }, async () => {
    const samples = await scrape(server, metricsToken);
    assert.equal(sampleSum(samples, 'junction_store_pool_connections', { state: 'max' }), 10);
    assert.ok(sampleSum(samples, 'junction_store_pool_connections', { state: 'total' }) >= 1);
  });
});

describe('METRICS=public and off', () => {
  let open: TestServer;
  let off: TestServer;
  before(async () => {
    open = await startTestServer({ metrics: 'public', rateLimit: { burst: 3, perSecond: 1 } });
    off = await startTestServer({ metrics: 'off' });
  });
  after(async () => {
    await open.close();
    await off.close();
  });

  test('public needs no token and counts rate-limit refusals by surface; off has no /metrics', async () => {
    const url = `/applications/${open.tenant.applicationId}/integrations`;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(open, 'GET', url)).status);
    assert.ok(statuses.includes(429), statuses.join());
    const samples = await scrape(open, null);
    const refused = statuses.filter((s) => s === 429).length;
    assert.equal(sampleSum(samples, 'junction_rate_limit_refusals_total', { surface: 'losant' }), refused);
    assert.equal(sampleSum(samples, 'junction_http_requests_total', { status: '429' }), refused);
    assert.equal((await call(off, 'GET', '/metrics', { token: null })).status, 404);
  });
});
