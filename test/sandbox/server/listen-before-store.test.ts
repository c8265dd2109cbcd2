// `exosh sandbox serve` listens before the tenant data is generated: `exosh --sandbox` signs in
// while 20,000 mailboxes are made, and its first Exchange request waits for them instead of failing.
import { Agent, request } from 'undici';
import { describe, expect, it } from 'vitest';
import { damagedStoreFolder } from './damaged-store.js';
import { startSandbox } from '../../../src/sandbox/index.js';
import { runSandboxServe } from '../../../src/sandbox/serve.js';

const MODULE_CLIENT = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

describe('listening before the store is ready', () => {
  it('answers a sign-in while the mailboxes are generated; Get-Mailbox waits for them and succeeds', async () => {
    // The store waits for the test's go: the sign-in below is answered with no mailbox made yet.
    let go!: () => void;
    const holdStore = new Promise<void>((resolve) => (go = resolve));
    const sandbox = await startSandbox({ mailboxes: 300, listenBeforeStore: true, quiet: true, holdStore });
    let storeDone = false;
    void sandbox.storeReady.then(() => void (storeDone = true));
    const agent = new Agent({ connect: { ca: sandbox.caCertPem } });
    try {
      const tokenRes = await request(`${sandbox.url}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'password', client_id: MODULE_CLIENT, scope: 'https://outlook.office365.com/.default', username: 'admin@contoso.onmicrosoft.com', password: 'Sandbox-Pa55!' }).toString(),
      });
      const { access_token: token } = (await tokenRes.body.json()) as { access_token: string };
      expect(tokenRes.statusCode).toBe(200);
      expect(storeDone).toBe(false);
      const answered = request(`${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
        method: 'POST',
        dispatcher: agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', prefer: 'odata.maxpagesize=1' },
        body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 1 } } }),
      });
      go();
      const res = await answered;
      const page = (await res.body.json()) as { value: { Name: string }[] };
      expect(res.statusCode).toBe(200);
      expect(page.value.map((m) => m.Name)).toEqual(['admin']);
      // Answered from the complete store, not a half-made one.
      expect(storeDone).toBe(true);
    } finally {
      await agent.close();
      await sandbox.close();
    }
  });

  it('serve: a stored change list that no longer applies is reported after the banner, exit code 1', async () => {
    const data = await damagedStoreFolder('exosh-serve-damaged-');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runSandboxServe(['--data', data], { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) });
    expect(code).toBe(1);
    expect(out.join('')).toContain('exosh --sandbox-url');
    expect(err.join('')).toMatch(/^exosh sandbox serve: The sandbox store file '.*' cannot be read: its change list does not apply \(A record needs a non-empty string Guid\.\).*--reset/);
  });
});
