#!/usr/bin/env node
// Bundles the server entry (dist/src/main.js, built by tsc) into dist/server/: start-up is mostly module
// loading, and one file loads much faster than ~1,800. Run by `npm run build` after tsc; bin/junction uses it.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Left to Node: native addons, packages that find their own files at run time, and those loaded on demand.
const EXTERNAL = [
  'better-sqlite3',
  'pg',
  'pg-native',
  'pg-boss',
  'ioredis',
  'undici',
  'ws',
  'mqtt',
  'jsonata',
  'handlebars',
  '@modelcontextprotocol/sdk',
  '@fastify/swagger-ui',
  'pino',
  // Required on first use only (schema compilers, inject): parsing them at start-up would be wasted.
  'ajv',
  '@fastify/ajv-compiler',
  '@fastify/fast-json-stringify-compiler',
  'fast-json-stringify',
  'light-my-request',
];

rmSync('dist/server', { recursive: true, force: true });
await build({
  entryPoints: ['dist/src/main.js'],
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS dependencies call require(): give the bundle one.
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
});
