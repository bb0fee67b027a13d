import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dataDir = mkdtempSync(join(tmpdir(), 'junction-start-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** The command the README's "Run it" section starts the server with (what follows the last `&&`). */
function readmeStartCommand(): string[] {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const section = readme.split(/^## Run it$/m)[1] ?? '';
  const block = /```sh\n([^`]*)```/.exec(section)?.[1] ?? '';
  const line = block.split('\n').find((l) => l.trim() && !l.trim().startsWith('#')) ?? '';
  return line.split('&&').at(-1)?.trim().split(/\s+/) ?? [];
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test('SIGTERM to what the README starts stops the server process itself', async () => {
  const [command, ...args] = readmeStartCommand();
  assert.ok(command, 'the README names a start command');
  const child = spawn(command, args, {
    cwd: process.cwd(),
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', JUNCTION_SECRET: '', PORT: '0', LOG_LEVEL: 'info' },
  });
  let output = '';
  const { pid, port } = await new Promise<{ pid: number; port: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listen line: ${output}`)), 20_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // pino's line names the pid of the process that listens, whatever launched it.
      const match = /"pid":(\d+)[^\n]*listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ pid: Number(match[1]), port: Number(match[2]) });
      }
    });
  });
  let serverPid = pid;
  try {
    assert.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200);
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
    const deadline = Date.now() + 10_000;
    while (alive(serverPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(alive(serverPid), false, `server process ${serverPid} outlived SIGTERM to "${command} ${args.join(' ')}"`);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/health`), 'the port is closed');
    serverPid = 0;
  } finally {
    // Never leave a server behind, whatever failed above.
    if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
  }
});
