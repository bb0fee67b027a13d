import type { FastifySchema } from 'fastify';

/** Every route with its action and schema; the scope matrix and the fuzz tests are generated from it. */
export interface CataloguedRoute {
  method: string;
  url: string;
  action?: string;
  schema?: FastifySchema;
  /** A route that only answers what no other route serves (a surface's shaped 404). */
  catchAll?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalogue: CataloguedRoute[];
  }
  interface FastifyContextConfig {
    catchAll?: boolean;
  }
}

type Matcher = { test(path: string): boolean; method: string };

/** A route pattern as a test on a path: `:name` is one non-empty segment, `*` the rest. */
function matcherOf(route: CataloguedRoute): Matcher {
  const pattern = route.url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const re = new RegExp(`^${pattern}/?$`);
  return { test: (path) => re.test(path), method: route.method };
}

const matchersOf = new WeakMap<CataloguedRoute[], { size: number; matchers: Matcher[] }>();

/**
 * The methods some route serves on this path (with HEAD where GET is served), for a 405's `Allow`.
 * Empty when no route has the path at all. Only asked on the not-found path, so a scan is fine.
 */
export function allowedMethods(catalogue: CataloguedRoute[], url: string): string[] {
  let cached = matchersOf.get(catalogue);
  if (!cached || cached.size !== catalogue.length) {
    cached = { size: catalogue.length, matchers: catalogue.filter((r) => !r.catchAll).map(matcherOf) };
    matchersOf.set(catalogue, cached);
  }
  const path = url.split('?')[0];
  const methods = new Set(cached.matchers.filter((m) => m.test(path)).map((m) => m.method));
  if (methods.has('GET')) methods.add('HEAD');
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
