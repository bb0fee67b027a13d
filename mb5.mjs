import { startTestServer } from './dist/test/helpers/server.js';
const s = await startTestServer();
const p = `/applications/${s.tenant.applicationId}/integrations`;
for (let i = 0; i < 300; i++) await s.app.inject({ method: 'POST', url: p, headers: { authorization: 'Bearer ' + s.tenant.token, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x' + i, integrationType: 'mqtt', topics: ['a/' + i], mqttConfig: { host: 'h', port: 1, protocol: 'mqtt', password: 'pw' + i } }) });
const principal = await s.core.auth.authenticate('Bearer ' + s.tenant.token);
const time = async (label, n, fn) => { const t = performance.now(); for (let i = 0; i < n; i++) await fn(); console.log(label, ((performance.now() - t) / n * 1000).toFixed(1), 'µs'); };
await time('core list', 20, () => s.core.integrations.listInApplication(principal, s.tenant.applicationId, null, { sortColumn: 'name', descending: false, offset: 0, limit: 100 }));
await time('inject list', 200, () => s.app.inject({ method: 'GET', url: p, headers: { authorization: 'Bearer ' + s.tenant.token } }));
await s.close();
