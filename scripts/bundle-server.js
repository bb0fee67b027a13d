#!/usr/bin/env node
// Bundles the server entry (dist/src/main.js, built by tsc) into dist/server/: start-up is mostly module
// loading, and one file loads much faster than ~1,800. Run by `npm run build` after tsc; bin/junction uses it.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative } from 'node:path';
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
  'pino',
  // Required on first use only (schema compilers, inject): parsing them at start-up would be wasted.
  'ajv',
  '@fastify/ajv-compiler',
  '@fastify/fast-json-stringify-compiler',
  'fast-json-stringify',
  'light-my-request',
];

// @fastify/swagger-ui is bundled (it then shares yaml, @fastify/static and glob with the bundle instead of loading
// second copies: ~60 ms of start-up); it reads its own files by __dirname, so that becomes its real folder at run time.
const SWAGGER_UI = /[\\/]node_modules[\\/]@fastify[\\/]swagger-ui[\\/].*\.js$/;
const swaggerUiDirname = {
  name: 'swagger-ui-dirname',
  setup(build) {
    build.onLoad({ filter: SWAGGER_UI }, ({ path }) => {
      const root = path.slice(0, path.lastIndexOf('swagger-ui') + 'swagger-ui'.length);
      const folder = JSON.stringify(relative(root, dirname(path)).split('\\').join('/') || '.');
      const real = `require('node:path').join(require('node:path').dirname(require.resolve('@fastify/swagger-ui/package.json')), ${folder})`;
      return { contents: readFileSync(path, 'utf8').replaceAll('__dirname', `(${real})`), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

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
  plugins: [swaggerUiDirname],
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
});
