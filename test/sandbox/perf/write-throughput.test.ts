// `Import-Csv users.csv | Set-Mailbox …` against a persistent sandbox: 2,000 acknowledged
// Set-Mailbox calls over HTTPS from 8 concurrent clients. Prints the rate (no timing assertion:
// shared machines vary) and checks that every acknowledged change is in the reopened store.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/sandbox/index.js';
import { openStore } from '../../../src/sandbox/store/index.js';

const DATA = join(tmpdir(), `exosh-sandbox-throughput-${process.pid}`);
const CALLS = 2_000;
const CLIENTS = 8;
afterAll(() => rmSync(DATA, { recursive: true, force: true }));

describe('write throughput with a data directory', () => {
  it(`acknowledges ${CALLS} Set-Mailbox calls (300 from one client, the rest from ${CLIENTS} and all of them are on disk`, async () => {
    rmSync(DATA, { recursive: true, force: true });
    const sandbox = await startSandbox({ dataDir: process.env['NODATA'] ? undefined : DATA, mailboxes: 2_500, quiet: true });
    const agent = new Agent({ connect: { ca: sandbox.caCertPem }, connections: CLIENTS });
    try {
      const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
      const contoso = (await openStore({ mailboxes: 2_500 })).tenant('contoso')!;
      const targets = contoso.list('Mailbox').slice(0, CALLS).map((m) => String(m['UserPrincipalName']));
      // One client first (a pipeline: each call waits for the previous one), then eight at once.
      const phases = [
        { clients: 1, from: 0, to: 300 },
        { clients: CLIENTS, from: 300, to: CALLS },
      ];
      for (const phase of phases) {
      let next = phase.from;
      const started = performance.now();
      const client = async () => {
        for (let i = next++; i < phase.to; i = next++) {
          const res = await request(`${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
            method: 'POST',
            dispatcher: agent,
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ CmdletInput: { CmdletName: 'Set-Mailbox', Parameters: { Identity: targets[i], CustomAttribute7: `row-${i}` } } }),
          });
          await res.body.text();
          expect(res.statusCode).toBe(200);
        }
      };
      await Promise.all(Array.from({ length: phase.clients }, client));
      const seconds = (performance.now() - started) / 1000;
      const n = phase.to - phase.from;
      console.log(`write throughput: ${n} Set-Mailbox over HTTPS, ${phase.clients} client(s): ${seconds.toFixed(1)} s, ${(n / seconds).toFixed(0)} per second`);
      }
    } finally {
      await agent.close();
      await sandbox.close();
    }
    const reopened = await openStore({ dataDir: DATA });
    const mailboxes = reopened.tenant('contoso')!.list('Mailbox');
    const written = mailboxes.filter((m) => /^row-\d+$/.test(String(m['CustomAttribute7'])));
    expect(written).toHaveLength(CALLS);
    await reopened.close();
  }, 600_000);
});
