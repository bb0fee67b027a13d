/* biome-ignore-all lint/suspicious/noExplicitAny: test replies are loosely typed JSON */
import { call, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

export interface Seeded {
  upstream: Upstream;
  losantId: string;
  celigoId: string;
  trutoId: string;
  accountId: string;
}

export const ticketsConfig = (baseUrl: string) => ({
  base_url: baseUrl,
  credentials: { format: 'api_key', config: { fields: [{ name: 'api_key', type: 'password' }] } },
  authorization: { format: 'header', config: { header_name: 'X-Key', header_value: '{{context.api_key}}' } },
  resources: { tickets: { list: { path: '/tickets', response_path: 'tickets' }, get: { path: '/tickets/{{id}}' } } },
});

async function ok(reply: Promise<{ status: number; body: any }>, status = 201) {
  const r = await reply;
  if (r.status !== status) throw new Error(`seed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** One integration made through each surface, a connected account and a few calls in its log (one failed). */
export async function seed(server: TestServer): Promise<Seeded> {
  const upstream = await startUpstream((q, r) => {
    if (q.url.pathname === '/tickets') return json(r, 200, { tickets: [{ id: 1, title: 'first' }] });
    if (q.url.pathname === '/authorize') {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.end('<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Provider</title><h1>Authorize Junction?</h1></html>');
      return;
    }
    return json(r, 500, { message: 'broken upstream' });
  });
  const app = server.tenant.applicationId;
  const losant = await ok(
    call(server, 'POST', `/applications/${app}/integrations`, {
      body: {
        name: 'Plant MQTT',
        integrationType: 'mqtt',
        mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
        topics: ['plant/#'],
      },
    }),
  );
  const celigo = await ok(call(server, 'POST', '/v1/integrations', { body: { name: 'Orders sync', description: 'first description' } }));
  const truto = await ok(
    call(server, 'POST', '/integration', { body: { name: 'tickets', category: 'helpdesk', config: ticketsConfig(upstream.url) } }),
  );
  const account = await ok(
    call(server, 'POST', '/integrated-account', { body: { integration_id: truto.id, context: { api_key: 'k-secret' } } }),
  );
  await ok(call(server, 'GET', `/proxy/tickets?integrated_account_id=${account.id}`), 200);
  await ok(call(server, 'GET', `/proxy/tickets?integrated_account_id=${account.id}`), 200);
  await call(server, 'GET', `/proxy/tickets/7?integrated_account_id=${account.id}`);
  await server.core.flush();
  return { upstream, losantId: losant.id, celigoId: celigo._id, trutoId: truto.id, accountId: account.id };
}
