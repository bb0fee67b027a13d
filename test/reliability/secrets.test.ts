import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { call, startTestServer, type TestServer } from '../helpers/server.js';
import { json, startUpstream, type Upstream } from '../helpers/upstream.js';

const SECRETS = {
  mqttPassword: 'mqtt-pw-7c1e5d0a',
  privateKey: '-----BEGIN KEY----- 4f9a8b7c6d5e -----END KEY-----',
  particleToken: 'particle-token-93ab21',
  sqsSecret: 'sqs-secret-55aa77cc',
  azure: 'Endpoint=sb://hub.example/;SharedAccessKey=azure-key-0d0d0d',
  googleKey: '{"private_key":"google-key-1b2b3b"}',
  celigoToken: 'celigo-conn-token-4e4e4e',
  celigoPassword: 'celigo-basic-pw-5f5f5f',
  trutoClientSecret: 'truto-client-secret-6a6a6a',
  accountApiKey: 'account-api-key-7b7b7b',
};

const logLines: string[] = [];
let server: TestServer;
let upstream: Upstream;
before(async () => {
  server = await startTestServer({ logLines });
  upstream = await startUpstream((_q, r) => json(r, 200, { ok: true }));
});
after(async () => {
  await upstream.close();
  await server.close();
});

/** Everything the store holds, as text: the SQLite files on disk, or every row of every table. */
async function rawStore(): Promise<string> {
  if (server.dialect === 'sqlite') {
    await sql`pragma wal_checkpoint(PASSIVE)`.execute(server.core.store.db);
    return readdirSync(server.dataDir)
      .filter((f) => f.startsWith('junction.db'))
      .map((f) => readFileSync(join(server.dataDir, f)).toString('latin1'))
      .join('\n');
  }
  const tables = await sql<{ tablename: string }>`select tablename from pg_tables where schemaname = current_schema()`.execute(
    server.core.store.db,
  );
  const dumps = [];
  for (const { tablename } of tables.rows) {
    dumps.push(JSON.stringify((await sql`select * from ${sql.table(tablename)}`.execute(server.core.store.db)).rows));
  }
  return dumps.join('\n');
}

test('known secret values are nowhere in the store or the logs, and never reach another organization', async () => {
  const path = `/applications/${server.tenant.applicationId}/integrations`;
  const bodies = [
    {
      name: 'm',
      integrationType: 'mqtt',
      mqttConfig: { host: 'h', port: 8883, protocol: 'mqtts', password: SECRETS.mqttPassword, privateKey: SECRETS.privateKey },
    },
    { name: 'p', integrationType: 'particle', particleConfig: { accessToken: SECRETS.particleToken } },
    { name: 's', integrationType: 'sqs', sqsConfig: { queueUrl: 'https://q', secretAccessKey: SECRETS.sqsSecret } },
    {
      name: 'a',
      integrationType: 'azureEventHub',
      azureEventHubConfig: { hubName: 'h', consumerGroup: 'c', connectionString: SECRETS.azure },
    },
    { name: 'g', integrationType: 'googlePubSub', googlePubSubConfig: { projectId: 'p', keyJson: SECRETS.googleKey } },
  ];
  const ids = [];
  for (const body of bodies) {
    const reply = await call(server, 'POST', path, { body });
    assert.equal(reply.status, 201);
    ids.push(reply.body.id);
  }
  // Also through a PATCH, and through a refused request that carried a secret.
  await call(server, 'PATCH', `${path}/${ids[0]}`, {
    body: { mqttConfig: { ...bodies[0].mqttConfig, password: `${SECRETS.mqttPassword}-2` } },
  });
  await call(server, 'POST', path, { body: { ...bodies[0], extra: true } });

  // integrator.io connections, a Truto config and a connected account carry their own credentials.
  const connection = await call(server, 'POST', '/v1/connections', {
    body: {
      name: 'c',
      type: 'http',
      http: { baseURI: 'https://a.example', auth: { type: 'token', token: { token: SECRETS.celigoToken } } },
    },
  });
  assert.equal(connection.status, 201, JSON.stringify(connection.body));
  assert.equal(JSON.stringify(connection.body).includes(SECRETS.celigoToken), false, 'connection credentials are never returned');
  const basic = await call(server, 'POST', '/v1/connections', {
    body: {
      name: 'b',
      type: 'http',
      http: { baseURI: 'https://b.example', auth: { type: 'basic', basic: { username: 'u', password: SECRETS.celigoPassword } } },
    },
  });
  assert.equal(basic.status, 201, JSON.stringify(basic.body));
  const truto = await call(server, 'POST', '/integration', {
    body: {
      name: 'secret-holder',
      sharing: 'allow',
      config: {
        base_url: 'https://api.example',
        credentials: { format: 'oauth2_client_credentials', config: { client: { id: 'cid', secret: SECRETS.trutoClientSecret } } },
      },
    },
  });
  assert.equal(truto.status, 201, JSON.stringify(truto.body));
  // An API that wants its key in the URL: the key must still reach no answer, log line or snapshot.
  const keyInUrl = await call(server, 'POST', '/integration', {
    body: {
      name: 'key-in-url',
      config: {
        base_url: `${upstream.url}/bot{{context.api_key}}`,
        credentials: { format: 'api_key' },
        resources: { me: { get: { path: '/me' } } },
      },
    },
  });
  assert.equal(keyInUrl.status, 201, JSON.stringify(keyInUrl.body));
  const account = await call(server, 'POST', '/integrated-account', {
    body: { integration_id: keyInUrl.body.id, context: { api_key: SECRETS.accountApiKey } },
  });
  assert.equal(account.status, 201, JSON.stringify(account.body));
  assert.equal(JSON.stringify(account.body).includes(SECRETS.accountApiKey), false, 'account credentials are masked');
  assert.equal((await call(server, 'GET', `/proxy/me/1?integrated_account_id=${account.body.id}`)).status, 200);
  assert.equal(upstream.seen[0].url.pathname, `/bot${SECRETS.accountApiKey}/me`, 'the upstream got the key');
  // A key with characters a URL writes otherwise (space, braces, plus) is masked in every written form.
  for (const odd of ['sk live/9f8e7d6c5b4a', 'sk+live 9f8e7d6c', 'sk{live}=9f8e7d6c']) {
    const oddAccount = await call(server, 'POST', '/integrated-account', {
      body: { integration_id: keyInUrl.body.id, context: { api_key: odd } },
    });
    assert.equal((await call(server, 'GET', `/proxy/me/1?integrated_account_id=${oddAccount.body.id}`)).status, 200);
    const calls = await call(server, 'GET', `/integrated-account/${oddAccount.body.id}/calls`);
    assert.deepEqual(
      calls.body.result.map((c: { path: string }) => c.path),
      ['/bot********/me'],
    );
  }
  const seenAs = [
    await call(server, 'GET', `/integrated-account/${account.body.id}/calls`),
    await call(server, 'GET', `/v1/connections/${account.body.id}`),
  ];
  const holder = await call(server, 'POST', '/v1/integrations', { body: { name: 'registers the account' } });
  await call(server, 'PUT', `/v1/integrations/${holder.body._id}/connections/register`, { body: [account.body.id] });
  assert.equal((await call(server, 'POST', `/v1/integrations/${holder.body._id}/revisions/create`, { body: {} })).status, 201);
  for (const reply of seenAs) assert.equal(JSON.stringify(reply.body).includes(SECRETS.accountApiKey), false, JSON.stringify(reply.body));

  const other = await server.otherTenant();
  const shared = await call(server, 'GET', `/integration/${truto.body.id}`, { token: other.token });
  assert.equal(shared.status, 200, 'a shared (allow) integration is visible to another team');
  assert.equal(JSON.stringify(shared.body).includes(SECRETS.trutoClientSecret), false, "another team never sees the owner's secrets");
  for (const url of [`/v1/connections/${connection.body._id}`, `/integrated-account/${account.body.id}`]) {
    const reply = await call(server, 'GET', url, { token: other.token });
    assert.equal(reply.status, 404, url);
  }
  for (const id of ids) {
    const reply = await call(server, 'GET', `${path}/${id}`, { token: other.token });
    assert.equal(reply.status, 404);
    for (const secret of Object.values(SECRETS)) assert.equal(JSON.stringify(reply.body).includes(secret), false);
  }

  const stored = await rawStore();
  const logs = logLines.join('\n');
  assert.ok(logs.length > 0, 'the logger captured lines');
  assert.ok(stored.length > 0);
  for (const [name, secret] of Object.entries(SECRETS)) {
    assert.equal(stored.includes(secret), false, `${name} is in the store in clear text`);
    assert.equal(logs.includes(secret), false, `${name} is in the logs`);
  }
  assert.equal(logs.includes(server.tenant.token), false, 'bearer tokens are not logged');
});
