// A sandbox data folder whose stored change list no longer applies (an inserted mailbox without a
// Guid): opening it fails only after the server is listening, the case a user meets after an upgrade.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../../src/sandbox/index.js';
import { STORE_FILE } from '../../../src/sandbox/store/index.js';

export async function damagedStoreFolder(prefix: string): Promise<string> {
  const data = mkdtempSync(join(tmpdir(), prefix));
  const first = await startSandbox({ dataDir: data, mailboxes: 10, quiet: true });
  await first.close();
  const path = join(data, STORE_FILE);
  const stored = JSON.parse(readFileSync(path, 'utf8'));
  stored.changes = { 'c2b8e1f0-7d6a-4b5c-8e9f-0a1b2c3d4e03': { Mailbox: { removed: [], patched: {}, inserted: [{ Name: 'no guid' }] } } };
  writeFileSync(path, JSON.stringify(stored));
  return data;
}
