/**
 * A Junction node in its own process over a test server's store, for crash tests: prints its port, then
 * serves until killed. argv: dataDir, pgSchema ('-' for none), flow runtime options as JSON, other runtime
 * options (webhook deliveries…) as JSON.
 */
import { buildApp } from '../../src/app.js';
import { createCore } from '../../src/core/index.js';
import { openStore } from '../../src/store/database.js';
import { egressAllowing } from './egress.js';
import { FAST_FLOWS } from './flows.js';
import { TEST_SECRET } from './server.js';

const [dataDir, pgSchema, flows, runtime] = process.argv.slice(2);
const store = openStore({ dataDir, databaseUrl: process.env.DATABASE_URL || null, ...(pgSchema !== '-' ? { pgSchema } : {}) });
const core = createCore(store, TEST_SECRET, {
  egress: egressAllowing(),
  ...FAST_FLOWS,
  flows: { ...FAST_FLOWS.flows, ...JSON.parse(flows ?? '{}') },
  ...JSON.parse(runtime ?? '{}'),
});
const app = await buildApp({
  config: { bodyLimit: 1024 * 1024, rateLimit: { burst: 1_000_000, perSecond: 1_000_000 }, redisUrl: null },
  core,
});
const address = await app.listen({ host: '127.0.0.1', port: 0 });
await core.start();
process.stdout.write(`${address}\n`);
