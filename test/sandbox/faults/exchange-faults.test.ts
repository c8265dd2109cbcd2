// Faults against the real Exchange service: a token from msal-style client credentials, a throttled
// Get-Mailbox, and the 401 Exchange answers after the revocation fault fires.
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

let sandbox: RunningSandbox;
let agent: Agent;

beforeAll(async () => {
  sandbox = await startSandbox({ dataDir: join(tmpdir(), 'exosh-sandbox-test-exchange-faults'), mailboxes: 100, quiet: true });
  agent = new Agent({ connect: { ca: sandbox.caCertPem } });
});

afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
});

async function getMailbox(token: string): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const res = await request(`${sandbox.url}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-cmdletname': 'Get-Mailbox' },
    body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 2 } } }),
    dispatcher: agent,
  });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

async function adminPut(path: string, body: unknown): Promise<void> {
  const res = await request(`${sandbox.url}${path}`, {
    method: 'PUT',
    headers: { 'x-sandbox-admin-key': sandbox.adminKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    dispatcher: agent,
  });
  expect(res.statusCode).toBe(200);
  await res.body.text();
}

describe('faults on the real Exchange service', () => {
  it('serves Get-Mailbox, then throttles the caller once its budget is spent', async () => {
    expect(sandbox.exchangeAvailable).toBe(true);
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    await adminPut('/_sandbox/faults/contoso', { throttle: { requests: 1, windowSeconds: 600 } });
    const ok = await getMailbox(token);
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.text) as { value: unknown[] }).value).toHaveLength(2);
    const throttled = await getMailbox(token);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    await adminPut('/_sandbox/faults', {});
  });

  it('after revokeTokensAfterRequests the same token gets Exchange\'s 401 challenge', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    await adminPut('/_sandbox/faults/contoso', { revokeTokensAfterRequests: 1 });
    expect((await getMailbox(token)).status).toBe(200);
    const refused = await getMailbox(token);
    expect(refused.status).toBe(401);
    expect(String(refused.headers['www-authenticate'])).toContain('error="invalid_token"');
    const fresh = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    expect((await getMailbox(fresh.token)).status).toBe(200);
  });

  it('logs the cmdlet and caller of Exchange requests', async () => {
    const res = await request(`${sandbox.url}/_sandbox/requests?limit=1&tenant=contoso`, { headers: { 'x-sandbox-admin-key': sandbox.adminKey }, dispatcher: agent });
    const [entry] = (JSON.parse(await res.body.text()) as { value: Record<string, unknown>[] }).value;
    expect(entry).toMatchObject({ cmdlet: 'Get-Mailbox', caller: 'admin@contoso.onmicrosoft.com', status: 200 });
  });
});
