import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../../lib/package-root.js';

/** Where `npm install` builds the console: console/dist at the repository root. */
export const CONSOLE_DIR = `${join(packageRoot(), 'console', 'dist')}/`;

// The console's own files and its calls to this server only; CodeMirror writes its styles inline.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** The web console (a built single-page app) under /console; a clear 404 when it was not built. */
export async function consoleRoutes(app: FastifyInstance, { dir = CONSOLE_DIR }: { dir?: string }) {
  const index = `${dir.replace(/\/$/, '')}/index.html`;
  if (!existsSync(index)) {
    const missing = { type: 'NotFound', message: 'The console is not built: run `npm run console:build`' };
    app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.status(404).send(missing));
    app.get('/console/*', { schema: { hide: true } }, async (_request, reply) => reply.status(404).send(missing));
    return;
  }
  app.addHook('onSend', async (request, reply) => {
    if (request.url === '/console' || request.url.startsWith('/console/')) reply.header('content-security-policy', CSP);
  });
  app.get('/console', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console/', 301));
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/console/',
    index: 'index.html',
    // Hashed asset names never change; the page itself is always revalidated.
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
    cacheControl: false,
    decorateReply: false,
    schemaHide: true,
  });
}
