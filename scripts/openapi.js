#!/usr/bin/env node
// The OpenAPI document as the server serves it: written to dist/openapi.json, validated with
// swagger-parser, and compared with the typed client's generated types (`--write` regenerates them).
// Run after `npm run build`; `redocly lint dist/openapi.json` lints the written file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';

const TYPES = 'src/client/openapi.ts';
const HEADER = '// Generated from GET /openapi.json by `npm run openapi`; do not edit.\n';

async function serveDocument() {
  const { buildApp } = await import('../dist/src/app.js');
  const { createCore } = await import('../dist/src/core/index.js');
  const { openStore } = await import('../dist/src/store/database.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-openapi-'));
  const store = openStore({ dataDir, databaseUrl: null });
  const core = createCore(store, 'openapi-document-secret-openapi-document-secret');
  const config = { bodyLimit: 1024 * 1024, rateLimit: { burst: 100, perSecond: 10 }, redisUrl: null };
  const app = await buildApp({ config, core });
  try {
    const reply = await app.inject({ method: 'GET', url: '/openapi.json' });
    if (reply.statusCode !== 200) throw new Error(`GET /openapi.json answered ${reply.statusCode}`);
    return reply.json();
  } finally {
    await app.close();
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const document = await serveDocument();
writeFileSync('dist/openapi.json', `${JSON.stringify(document, null, 2)}\n`);
// validate() dereferences its argument in place: give it a copy.
await SwaggerParser.validate(structuredClone(document));
const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
process.stdout.write(`openapi: dist/openapi.json valid (swagger-parser), ${operations} operations\n`);

const types = HEADER + astToString(await openapiTS(document));
if (process.argv.includes('--write')) {
  writeFileSync(TYPES, types);
  process.stdout.write(`openapi: ${TYPES} regenerated\n`);
} else if (readFileSync(TYPES, 'utf8') !== types) {
  process.stderr.write(`openapi: ${TYPES} is out of date with the document; run \`npm run openapi\`\n`);
  process.exit(1);
}
