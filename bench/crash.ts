// Crash safety: SIGKILL the server in the middle of a write load, restart it, and check that every
// acknowledged write is there and nothing is half-written. `--runs N` (default 10).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/database.js';
import { BENCH_EGRESS_ALLOW } from './lib/egress.js';
import { benchPort, JUNCTION_MAIN, startProcess } from './lib/processes.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const WRITERS = 16;
const SECRET = 'crash-secret-crash-secret-crash-secret-00000';
const PORT = benchPort(30);

interface Acknowledged {
  created: Map<string, string>; // integration id → name
  patched: Map<string, number>; // integration id → highest acknowledged topic counter
  flows: Set<string>;
}

const acknowledged = (ack: Acknowledged) => ack.created.size + ack.patched.size + ack.flows.size;

async function writeUntilKilled(url: string, token: string, applicationId: string, ack: Acknowledged, stop: { killed: boolean }) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const base = `${url}/applications/${applicationId}`;
  const writer = async (w: number) => {
    for (let n = 0; !stop.killed; n++) {
      try {
        const name = `w${w}-${n}`;
        const created = await fetch(`${base}/integrations`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            name,
            integrationType: 'mqtt',
            // Disabled: the test is about the store; an enabled one would also open a broker connection.
            enabled: false,
            mqttConfig: { host: '127.0.0.1', port: 1883, protocol: 'mqtt' },
            topics: ['t0'],
          }),
        });
        if (created.status !== 201) continue;
        const { id } = (await created.json()) as { id: string };
        ack.created.set(id, name);
        for (let k = 1; k <= 3; k++) {
          const patched = await fetch(`${base}/integrations/${id}`, {
            method: 'PATCH',
            headers,
            body: JSON.stringify({ topics: [`t${k}`] }),
          });
          if (patched.status === 200) ack.patched.set(id, k);
        }
        const flow = await fetch(`${base}/flows`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `f-${name}`, triggers: [{ type: 'integration', key: id }] }),
        });
        if (flow.status === 201) ack.flows.add(((await flow.json()) as { id: string }).id);
      } catch {
        return; // the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
}

async function verify(dataDir: string, ack: Acknowledged): Promise<string[]> {
  const store = openStore({ dataDir, databaseUrl: null });
  const db = store.db;
  const problems: string[] = [];
  const integrations = new Map(
    (await db.selectFrom('integrations').select(['id', 'name', 'version', 'attributes']).execute()).map((r) => [r.id, r]),
  );
  const audits = await db.selectFrom('audit_events').select(['resource_id', 'event']).execute();
  const flows = await db.selectFrom('flows').select(['id', 'application_id']).execute();
  const applications = new Set((await db.selectFrom('applications').select('id').execute()).map((r) => r.id));
  const eventsOf = new Map<string, string[]>();
  for (const a of audits) eventsOf.set(a.resource_id, [...(eventsOf.get(a.resource_id) ?? []), a.event]);
  for (const [id, name] of ack.created) {
    const row = integrations.get(id);
    if (!row || row.name !== name) problems.push(`acknowledged integration ${id} is missing`);
  }
  for (const [id, k] of ack.patched) {
    const topics = JSON.parse(integrations.get(id)?.attributes ?? '{}').topics as string[] | undefined;
    const stored = Number(topics?.[0]?.slice(1) ?? -1);
    if (stored < k) problems.push(`acknowledged PATCH t${k} of ${id} is lost (stored t${stored})`);
  }
  for (const id of ack.flows) if (!flows.some((f) => f.id === id)) problems.push(`acknowledged flow ${id} is missing`);
  for (const row of integrations.values()) {
    const events = eventsOf.get(row.id) ?? [];
    if (!events.includes('create')) problems.push(`integration ${row.id} has no create audit event`);
    const updates = events.filter((e) => e === 'update').length;
    if (updates !== row.version - 1) problems.push(`integration ${row.id} at version ${row.version} has ${updates} update events`);
  }
  for (const f of flows) {
    if (!f.application_id || !applications.has(f.application_id)) problems.push(`flow ${f.id} has no application`);
    if (!(eventsOf.get(f.id) ?? []).includes('create')) problems.push(`flow ${f.id} has no create audit event`);
  }
  await store.close();
  return problems;
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'junction-crash-'));
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    DATABASE_URL: '',
    JUNCTION_SECRET: SECRET,
    LOG_LEVEL: 'error',
    PORT: String(PORT),
    EGRESS_ALLOW: BENCH_EGRESS_ALLOW,
  };
  const ack: Acknowledged = { created: new Map(), patched: new Map(), flows: new Set() };
  let token = '';
  let applicationId = '';
  let failed = false;
  for (let run = 1; run <= RUNS; run++) {
    const server = await startProcess(JUNCTION_MAIN, ['serve'], env, PORT);
    if (!token) {
      const { execFileSync } = await import('node:child_process');
      const out = JSON.parse(execFileSync(process.execPath, [JUNCTION_MAIN, 'init', '--json', '--new-token'], { env }).toString());
      token = out.token;
      applicationId = out.applicationId;
    }
    const stop = { killed: false };
    const load = writeUntilKilled(server.url, token, applicationId, ack, stop);
    // Killed mid-load, not before the first answer: a few more writes acknowledged first (or 15 s), then a random moment.
    const before = acknowledged(ack);
    const wanted = before + 5 + Math.floor(Math.random() * 40);
    for (const until = Date.now() + 15_000; acknowledged(ack) < wanted && Date.now() < until; ) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, Math.random() * 200));
    server.child.kill('SIGKILL');
    stop.killed = true;
    await new Promise((r) => server.child.once('exit', r));
    await load;
    const problems = await verify(dataDir, ack);
    process.stdout.write(
      `run ${run}: killed mid-load; acknowledged so far: ${ack.created.size} integrations, ${ack.patched.size} patched, ${ack.flows.size} flows; problems: ${problems.length}\n`,
    );
    for (const p of problems.slice(0, 10)) process.stdout.write(`  - ${p}\n`);
    if (problems.length > 0) failed = true;
  }
  if (acknowledged(ack) === 0) {
    process.stdout.write('no write was acknowledged before any kill: the test proved nothing\n');
    failed = true;
  }
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write(
    failed ? 'crash safety: FAILED\n' : `crash safety: ${RUNS} kills, every acknowledged write found, nothing half-written\n`,
  );
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`crash test failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
