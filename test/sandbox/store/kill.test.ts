// "The store survives a kill during a write": a child process mutates a persistent store in a
// tight loop and is killed with SIGKILL at random moments; each time the store must reopen, hold
// every mutation the child saw acknowledged, and be internally consistent.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openStoreAt } from '../../../src/sandbox/store/index.js';

const child = fileURLToPath(new URL('./fixtures/mutate-forever.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../../dist/sandbox/store/index.js', import.meta.url));
let dataDir = '';
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Runs the child until `afterReadyMs` past its first line, kills it, returns the last acknowledged n. */
function runAndKill(dir: string, afterReadyMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), afterReadyMs);
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited with ${code}: ${err}`));
      const acks = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(acks.length > 0 ? acks[acks.length - 1]! : 0);
    });
  });
}

describe('kill during a write', () => {
  it('reopens after each SIGKILL with every acknowledged mutation and nothing half-applied', async () => {
    expect(existsSync(built), 'the child imports the built product: run `npm run build` first').toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'exosh-kill-'));
    let previous = 0;
    for (let round = 0; round < 6; round++) {
      const acked = await runAndKill(dataDir, 20 + Math.floor(Math.random() * 300));
      const store = await openStoreAt({ dataDir }, new Date());
      const tenant = store.tenant('tailspin')!;
      const counter = Number(tenant.list('Mailbox')[0]!['CustomAttribute1'] || 0);
      // Acknowledged means durable; at most the one step in flight may also have landed.
      expect(counter).toBeGreaterThanOrEqual(Math.max(acked, previous));
      expect(counter).toBeLessThanOrEqual(Math.max(acked, previous) + 1);
      // Every group inserted before the counter moved past it is there, whole.
      const groups = new Map(tenant.list('DistributionGroup').filter((g) => /^g\d+$/.test(String(g['Name']))).map((g) => [g['Name'], g]));
      for (let n = 3; n <= counter; n += 3) {
        expect(groups.get(`g${n}`)?.['CustomAttribute1'], `g${n}`).toBe(String(n));
      }
      expect(groups.size).toBeLessThanOrEqual(Math.floor((counter + 1) / 3) + 1);
      previous = counter;
      await store.close();
    }
    expect(previous).toBeGreaterThan(0);
  }, 120_000);
});
