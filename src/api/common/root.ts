import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

const Links = Type.Object({
  name: Type.String(),
  console: Type.String(),
  docs: Type.String(),
  openapi: Type.String(),
  health: Type.String(),
});

/** `GET /`: where a person (or a client) opening the server's address goes next. */
export async function rootRoute(app: FastifyInstance) {
  app.get(
    '/',
    {
      schema: { tags: ['health'], summary: 'Where to go: the console, the API reference, the OpenAPI document', response: { 200: Links } },
    },
    async (_request, reply) => {
      reply.header('link', '</console>; rel="alternate", </docs>; rel="help", </openapi.json>; rel="service-desc"');
      return { name: 'Junction', console: '/console', docs: '/docs', openapi: '/openapi.json', health: '/health' };
    },
  );
}
