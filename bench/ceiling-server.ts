// The ceiling: a bare Fastify server answering fixed JSON bodies, one per path (the bodies Junction's scenarios return).
// PATCH on the same path parses the request's JSON body and answers the same body: a write's ceiling.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const bodies = JSON.parse(readFileSync(String(process.env.CEILING_BODIES), 'utf8')) as Record<string, string>;
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
for (const [path, text] of Object.entries(bodies)) {
  const body = JSON.parse(text);
  app.get(path, async () => body);
  app.patch(path, async () => body);
}
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
