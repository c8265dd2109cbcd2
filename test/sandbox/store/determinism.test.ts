// Same seed, same data — also in another process, where no cache or module state is shared.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../../../src/sandbox/contracts.js';
import { openStoreAt } from '../../../src/sandbox/store/index.js';
import { OBJECT_SHAPES } from '../../../src/sandbox/store/object-shapes.js';

const child = fileURLToPath(new URL('./fixtures/hash-seed.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../../dist/sandbox/store/index.js', import.meta.url));
const NOW = '2026-11-24T10:00:00.000Z';

async function hashHere(seed: number, mailboxes: number): Promise<string> {
  const store = await openStoreAt({ seed, mailboxes }, new Date(NOW));
  const hash = createHash('sha256');
  for (const t of store.tenants()) for (const k of Object.keys(OBJECT_SHAPES) as RecordKind[]) hash.update(JSON.stringify(t.list(k)));
  return hash.digest('hex');
}

describe('determinism across processes', () => {
  it('gives a child process byte-identical data for the same seed, and different data for another', async () => {
    expect(existsSync(built), 'the child imports the built product: run `npm run build` first').toBe(true);
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [child, '5', '500', NOW]);
    expect(stdout.trim()).toBe(await hashHere(5, 500));
    expect(stdout.trim()).not.toBe(await hashHere(6, 500));
  }, 60_000);
});
