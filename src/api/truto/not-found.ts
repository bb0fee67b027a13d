import type { FastifyInstance, FastifyRequest, HTTPMethods } from 'fastify';
import { AppError } from '../../lib/errors.js';

const WRITE_METHODS: HTTPMethods[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The root not-found handler answers in the Losant shape. Under the Truto collections, an unserved
 * method or a deeper path answers a Truto-shaped 404 instead: these routes catch what the real ones do not.
 */
export async function trutoNotFoundRoutes(app: FastifyInstance, { collections }: { collections: Record<string, HTTPMethods[]> }) {
  const notFound = async (request: FastifyRequest) => {
    throw new AppError('not_found', `Route ${request.method} ${request.url.split('?')[0]} was not found`);
  };
  for (const [path, served] of Object.entries(collections)) {
    const unserved = WRITE_METHODS.filter((m) => !served.includes(m));
    if (unserved.length > 0) app.route({ method: unserved, url: path, schema: { hide: true }, handler: notFound });
    // Parametric routes take precedence over the wildcard, method by method.
    app.all(`${path}/*`, { schema: { hide: true } }, notFound);
  }
}
