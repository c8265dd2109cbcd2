// exosh --sandbox: the child listens before its mailboxes are generated, so a store that fails to
// open ends it after it was ready. The user hears why, not only "connection refused" afterwards.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSandboxProcess } from '../../../src/exchange/connection/sandbox-process.js';
import { startSandbox } from '../../../src/sandbox/index.js';
import { STORE_FILE } from '../../../src/sandbox/store/index.js';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

describe('a sandbox child that stops after it was ready', () => {
  it('reports what the sandbox printed', async () => {
    const data = mkdtempSync(join(tmpdir(), 'exosh-child-exit-'));
    const first = await startSandbox({ dataDir: data, mailboxes: 10, quiet: true });
    await first.close();
    const path = join(data, STORE_FILE);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    stored.changes = { 'c2b8e1f0-7d6a-4b5c-8e9f-0a1b2c3d4e03': { Mailbox: { removed: [], patched: {}, inserted: [{ Name: 'no guid' }] } } };
    writeFileSync(path, JSON.stringify(stored));
    let report!: (m: string) => void;
    const reported = new Promise<string>((resolve) => (report = resolve));
    const child = await startSandboxProcess({ cliPath: CLI, dataDir: data, onUnexpectedExit: report });
    try {
      const message = await reported;
      expect(message).toMatch(/^exosh --sandbox: the sandbox stopped \(exit code 1\)\.\nexosh sandbox serve: The sandbox store file .* cannot be read: its change list does not apply/);
    } finally {
      child.stop();
    }
  }, 60_000);
});
