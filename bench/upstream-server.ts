// A stand-in third-party API for the proxy benchmark: plain node:http, one small JSON answer.
import { createServer } from 'node:http';

const body = JSON.stringify({ id: 'item-1', name: 'An item', tags: ['a', 'b'], updated_at: '2026-01-01T00:00:00.000Z' });
const server = createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' });
    return response.end('{"status":"ok"}');
  }
  response.writeHead(request.headers.authorization === 'Bearer bench-key' ? 200 : 401, { 'content-type': 'application/json' });
  response.end(body);
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
