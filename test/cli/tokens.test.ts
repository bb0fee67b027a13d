import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createCore } from '../../src/core/index.js';
import { openStore } from '../../src/store/database.js';

const execFileP = promisify(execFile);
const BIN = join(process.cwd(), 'bin', 'junction');
const dataDir = mkdtempSync(join(tmpdir(), 'junction-cli-tokens-'));
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JUNCTION_SECRET: '', LOG_LEVEL: 'warn' };
after(() => rmSync(dataDir, { recursive: true, force: true }));

async function junction(...args: string[]) {
  try {
    const { stdout, stderr } = await execFileP(BIN, args, { env, timeout: 15_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
const json = async (...args: string[]) => {
  const out = await junction(...args);
  assert.equal(out.code, 0, out.stderr);
  return JSON.parse(out.stdout);
};

/** Whether the store still honours a token, asked of the core over the same files. */
async function authenticates(token: string): Promise<boolean> {
  const store = openStore({ dataDir, databaseUrl: null });
  const core = createCore(store, readFileSync(join(dataDir, 'secret'), 'utf8').trim());
  try {
    await core.auth.authenticate(`Bearer ${token}`);
    return true;
  } catch {
    return false;
  } finally {
    await core.close();
  }
}

let first: { organizationId: string; applicationId: string; token: string };
before(async () => {
  first = await json('init', '--json');
});

test('a rerun of init issues no token unless --new-token asks', async () => {
  const adminTokens = async () =>
    (await json('token', 'list', '--json')).filter((t: { ownerType: string }) => t.ownerType === 'organization');
  assert.equal((await adminTokens()).length, 1);
  const rerun = await junction('init');
  assert.equal(rerun.code, 0);
  assert.match(rerun.stdout, new RegExp(`organizationId: ${first.organizationId}`));
  assert.match(rerun.stdout, /token: none issued/);
  assert.equal((await json('init', '--json')).token, null);
  assert.equal((await adminTokens()).length, 1);
  const fresh = await json('init', '--json', '--new-token');
  assert.equal(fresh.organizationId, first.organizationId);
  assert.equal(typeof fresh.token, 'string');
  assert.equal(await authenticates(fresh.token), true);
  assert.equal((await adminTokens()).length, 2);
});

test('token list shows organization and application tokens without the token string; revoke ends one', async () => {
  const issued = await json(
    'token',
    'create',
    `--application=${first.applicationId}`,
    '--scope',
    'integration.get',
    '--scope',
    'flows.get',
    '--json',
  );
  assert.deepEqual(issued.scope, ['integration.get', 'flows.get']);
  const listed = await json('token', 'list', '--json');
  const admin = listed.find((t: { ownerType: string }) => t.ownerType === 'organization');
  assert.deepEqual(
    { ...admin, id: undefined, creationDate: undefined },
    {
      id: undefined,
      creationDate: undefined,
      organizationId: first.organizationId,
      applicationId: null,
      ownerType: 'organization',
      name: 'admin',
      scope: ['all.Organization'],
      status: 'active',
      expirationDate: null,
    },
  );
  assert.ok(listed.some((t: { id: string; applicationId: string }) => t.id === issued.id && t.applicationId === first.applicationId));
  assert.doesNotMatch(JSON.stringify(listed), /eyJ/, 'no token string is listed');
  const text = await junction('token', 'list');
  assert.match(text.stdout, new RegExp(`${admin.id}  organization ${first.organizationId}  active  "admin"  all.Organization`));

  const adminJwt = first.token;
  assert.equal(await authenticates(adminJwt), true);
  const revoked = await junction('token', 'revoke', admin.id);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.equal(revoked.stdout, `revoked ${admin.id}\n`);
  assert.equal(await authenticates(adminJwt), false);
  assert.equal(
    (await json('token', 'list', '--json')).some((t: { id: string }) => t.id === admin.id),
    false,
  );
  const again = await junction('token', 'revoke', admin.id);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /API token was not found/);
  assert.equal((await junction('token', 'revoke', issued.id)).code, 0);
  assert.equal(await authenticates(issued.token), false);
});

test('token create refuses an unknown scope, naming it, and stores nothing', async () => {
  const before = (await json('token', 'list', '--json')).length;
  const out = await junction('token', 'create', '--application', first.applicationId, '--scope', 'integration.get', 'nope.nope');
  assert.equal(out.code, 1);
  assert.match(out.stderr, /Unknown scope "nope\.nope"/);
  assert.doesNotMatch(out.stderr, /integration\.get/);
  assert.equal((await json('token', 'list', '--json')).length, before);
});

test('token create --token issues only what that token grants, and never an organization scope from an application token', async () => {
  const app = first.applicationId;
  const holder = await json('token', 'create', '--application', app, '--scope', 'all.Application', '--json');
  const refused = await junction('token', 'create', '--application', app, '--scope', 'all.Organization', '--token', holder.token);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /all\.Organization/);
  const narrower = await json('token', 'create', '--application', app, '--scope', 'integration.*', '--token', holder.token, '--json');
  assert.deepEqual(narrower.scope, ['integration.*']);
  const tooWide = await junction('token', 'create', '--application', app, '--scope', 'all.Application', '--token', narrower.token);
  assert.equal(tooWide.code, 1);
  assert.match(tooWide.stderr, /applicationApiTokens\.post/);
  const bad = await junction('token', 'create', '--application', app, '--scope', 'integration.get', '--token', 'not-a-token');
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /Invalid access token/);
});
