// "The store survives a kill during a write": a child process mutates a persistent store in a
// tight loop and is killed with SIGKILL at random moments; each time the store must reopen, hold
// every mutation the child saw acknowledged, and be internally consistent. Four more writers in the
// child change other records concurrently, so kills also land in the middle of group commits.
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

interface Acked {
  /** The last step of the sequential loop acknowledged. */
  main: number;
  /** The last value each concurrent writer saw acknowledged. */
  writers: number[];
}

/** Runs the child until `afterReadyMs` past its first line, kills it, returns what was acknowledged. */
function runAndKill(dir: string, afterReadyMs: number): Promise<Acked> {
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
      const writers = [0, 1, 2, 3].map((w) => {
        const mine = [...out.matchAll(new RegExp(`^ack${w} (\\d+)$`, 'gm'))].map((m) => Number(m[1]));
        return mine.length > 0 ? mine[mine.length - 1]! : 0;
      });
      resolve({ main: acks.length > 0 ? acks[acks.length - 1]! : 0, writers });
    });
  });
}

describe('kill during a write', () => {
  it('reopens after each SIGKILL with every acknowledged mutation and nothing half-applied', async () => {
    expect(existsSync(built), 'the child imports the built product: run `npm run build` first').toBe(true);
    dataDir = await mkdtemp(join(tmpdir(), 'exosh-kill-'));
    let previous = 0;
    let previousWriters = [0, 0, 0, 0];
    for (let round = 0; round < 6; round++) {
      const { main: acked, writers } = await runAndKill(dataDir, 20 + Math.floor(Math.random() * 300));
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
      // The concurrent writers, whose changes were group-committed together: the same guarantee each.
      const fabrikam = store.tenant('fabrikam')!.list('Mailbox').slice(0, 4);
      previousWriters = fabrikam.map((m, w) => {
        // Seeded mailboxes may hold text there; it counts as 0.
        const stored = Number(m['CustomAttribute2']) || 0;
        const floor = Math.max(writers[w]!, previousWriters[w]!);
        expect(stored, `writer ${w}`).toBeGreaterThanOrEqual(floor);
        expect(stored, `writer ${w}`).toBeLessThanOrEqual(floor + 1);
        return stored;
      });
      await store.close();
    }
    expect(previous).toBeGreaterThan(0);
    expect(Math.min(...previousWriters)).toBeGreaterThan(0);
  }, 120_000);
});
