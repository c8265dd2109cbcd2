// exosh --sandbox: the child listens before its mailboxes are generated, so a store that fails to
// open ends it after it was ready. The user hears why, not only "connection refused" afterwards.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { damagedStoreFolder } from '../../sandbox/server/damaged-store.js';
import { startSandboxProcess } from '../../../src/exchange/connection/sandbox-process.js';

const CLI = fileURLToPath(new URL('../../../dist/cli.js', import.meta.url));

describe('a sandbox child that stops after it was ready', () => {
  it('reports what the sandbox printed', async () => {
    const data = await damagedStoreFolder('exosh-child-exit-');
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
