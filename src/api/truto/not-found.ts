import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { unroutedError } from '../common/errors.js';

const WRITE_METHODS: HTTPMethods[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The root not-found handler answers in the Losant shape. Under the Truto collections, an unserved
 * method or a deeper path answers a Truto-shaped 404 (or 405) instead: these routes catch what the real
 * ones do not.
 */
export async function trutoNotFoundRoutes(app: FastifyInstance, { collections }: { collections: Record<string, HTTPMethods[]> }) {
  const notFound = async (request: FastifyRequest, reply: FastifyReply) => {
    throw unroutedError(request, reply);
  };
  const config = { catchAll: true };
  for (const [path, served] of Object.entries(collections)) {
    const unserved = WRITE_METHODS.filter((m) => !served.includes(m));
    if (unserved.length > 0) app.route({ method: unserved, url: path, config, schema: { hide: true }, handler: notFound });
    // Parametric routes take precedence over the wildcard, method by method.
    app.all(`${path}/*`, { config, schema: { hide: true } }, notFound);
  }
}
