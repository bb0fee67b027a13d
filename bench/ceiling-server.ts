// The ceiling: a bare Fastify route answering a fixed JSON body (the same body the GET scenario returns).
import Fastify from 'fastify';

const body = JSON.parse(process.env.CEILING_BODY ?? '{}');
const app = Fastify({ logger: false });
app.get('/health', async () => ({ status: 'ok' }));
app.get('/ceiling', async () => body);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));
