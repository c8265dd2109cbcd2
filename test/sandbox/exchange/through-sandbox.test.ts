// The whole sandbox, as a client meets it: HTTPS with the sandbox's CA, a real token from the
// identity provider, the seeded store, and the Exchange service behind the sandbox's server.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_RESOURCE } from '../../../src/sandbox/contracts.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';

const DATA = join(tmpdir(), `exosh-sandbox-test-exchange-${process.pid}`);
let sandbox: RunningSandbox;
let agent: Agent;

beforeAll(async () => {
  rmSync(DATA, { recursive: true, force: true });
  sandbox = await startSandbox({ dataDir: DATA, mailboxes: 300, quiet: true });
  agent = new Agent({ connect: { ca: sandbox.caCertPem } });
}, 120_000);
afterAll(async () => {
  await agent?.close();
  await sandbox?.close();
  rmSync(DATA, { recursive: true, force: true });
});

async function invoke(token: string, tenant: string, cmdlet: string, parameters: Record<string, unknown>) {
  const res = await request(`${sandbox.url}/adminapi/beta/${tenant}/InvokeCommand`, {
    method: 'POST',
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-cmdletname': cmdlet, prefer: 'odata.maxpagesize=100' },
    body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
  });
  return { status: res.statusCode, headers: res.headers, body: (await res.body.json()) as Record<string, unknown> & { value: Record<string, unknown>[] } };
}

describe('through startSandbox', () => {
  it('serves the seeded tenant to a token minted by the identity provider', async () => {
    expect(sandbox.exchangeAvailable).toBe(true);
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    const r = await invoke(token, 'contoso.onmicrosoft.com', 'Get-Mailbox', { ResultSize: 'Unlimited' });
    expect(r.status).toBe(200);
    expect(r.body.value).toHaveLength(100);
    expect(typeof r.body['@odata.nextLink']).toBe('string');
    expect(String(r.body['@odata.nextLink']).startsWith(sandbox.url)).toBe(true);
    const admin = await invoke(token, 'contoso.onmicrosoft.com', 'Get-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com' });
    expect(admin.body.value[0]!['UserPrincipalName']).toBe('admin@contoso.onmicrosoft.com');
  });

  it('runs a Set-Mailbox for the admin and refuses it for the view-only helpdesk', async () => {
    const { token: admin } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    const { token: helpdesk } = await sandbox.identity.mintAccessToken({ upn: 'helpdesk@contoso.onmicrosoft.com' });
    expect((await invoke(admin, 'contoso.onmicrosoft.com', 'Set-Mailbox', { Identity: 'helpdesk@contoso.onmicrosoft.com', CustomAttribute1: 'sandbox' })).status).toBe(200);
    const got = await invoke(helpdesk, 'contoso.onmicrosoft.com', 'Get-Mailbox', { Identity: 'helpdesk@contoso.onmicrosoft.com' });
    expect(got.body.value[0]!['CustomAttribute1']).toBe('sandbox');
    expect((await invoke(helpdesk, 'contoso.onmicrosoft.com', 'Set-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com', CustomAttribute1: 'x' })).status).toBe(403);
  });

  it('lets contoso\'s admin manage fabrikam but not tailspin, and accepts the app-only token', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    expect((await invoke(token, 'fabrikam.onmicrosoft.com', 'Get-AcceptedDomain', {})).status).toBe(200);
    expect((await invoke(token, 'tailspin.onmicrosoft.com', 'Get-AcceptedDomain', {})).status).toBe(403);
    const app = sandbox.apps.find((a) => a.tenantKey === 'contoso')!;
    const { token: appToken } = await sandbox.identity.mintAccessToken({ appId: app.appId });
    expect((await invoke(appToken, 'contoso.onmicrosoft.com', 'Get-OrganizationConfig', {})).status).toBe(200);
    const mi = sandbox.managedIdentities.find((m) => m.tenantId === sandbox.tenants.find((t) => t.key === 'contoso')!.id)!;
    const { token: miToken } = await sandbox.identity.mintAccessToken({ appId: mi.clientId });
    expect((await invoke(miToken, 'contoso.onmicrosoft.com', 'Set-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com', CustomAttribute2: 'runbook' })).status).toBe(200);
  });

  it('runs Get-Mailbox with tokens from the managed-identity endpoint (system- and user-assigned), as a runbook does', async () => {
    const contosoId = sandbox.tenants.find((t) => t.key === 'contoso')!.id;
    const env = sandbox.managedIdentityEnvironment(contosoId);
    const ids = sandbox.managedIdentities.filter((m) => m.tenantId === contosoId);
    expect(ids.length).toBeGreaterThan(0);
    for (const query of ['', ...ids.filter((m) => m.kind === 'user').map((m) => `&client_id=${m.clientId}`)]) {
      const res = await request(`${env.IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=${encodeURIComponent(EXCHANGE_RESOURCE)}${query}`, {
        dispatcher: agent,
        headers: { 'X-IDENTITY-HEADER': env.IDENTITY_HEADER },
      });
      expect(res.statusCode).toBe(200);
      const { access_token: token } = (await res.body.json()) as { access_token: string };
      const r = await invoke(token, 'contoso.onmicrosoft.com', 'Get-Mailbox', { Identity: 'admin@contoso.onmicrosoft.com' });
      expect(r.status).toBe(200);
      expect(r.body.value.map((m) => m['UserPrincipalName'])).toEqual(['admin@contoso.onmicrosoft.com']);
    }
  });

  it('answers a bad token with 401 and a WWW-Authenticate challenge', async () => {
    const r = await invoke('not-a-jwt', 'contoso.onmicrosoft.com', 'Get-Mailbox', {});
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toBeTruthy();
  });

  it('runs every implemented read-only cmdlet over seeded data without a server error', async () => {
    const { token } = await sandbox.identity.mintAccessToken({ upn: 'admin@contoso.onmicrosoft.com' });
    const mbx = 'admin@contoso.onmicrosoft.com';
    const calls: [string, Record<string, unknown>][] = [
      ['Get-Recipient', { ResultSize: 10 }], ['Get-EXORecipient', { ResultSize: 10 }], ['Get-User', { ResultSize: 10 }],
      ['Get-CASMailbox', { Identity: mbx }], ['Get-EXOCasMailbox', { Identity: mbx }], ['Get-MailboxStatistics', { Identity: mbx }],
      ['Get-EXOMailboxStatistics', { Identity: mbx }], ['Get-MailboxFolderStatistics', { Identity: mbx }], ['Get-EXOMailboxFolderStatistics', { Identity: mbx }],
      ['Get-MailboxPermission', { Identity: mbx }], ['Get-EXOMailboxPermission', { Identity: mbx }], ['Get-RecipientPermission', { Identity: mbx }],
      ['Get-EXORecipientPermission', { Identity: mbx }], ['Get-MailboxFolderPermission', { Identity: `${mbx}:\\Calendar` }],
      ['Get-EXOMailboxFolderPermission', { Identity: `${mbx}:\\Calendar` }], ['Get-DistributionGroup', {}], ['Get-UnifiedGroup', {}],
      ['Get-MobileDevice', { Mailbox: mbx }], ['Get-MobileDeviceStatistics', { Mailbox: mbx }], ['Get-EXOMobileDeviceStatistics', { Mailbox: mbx }],
      ['Get-AcceptedDomain', {}], ['Get-OrganizationConfig', {}], ['Get-TransportRule', {}], ['Get-MailboxAutoReplyConfiguration', { Identity: mbx }],
      ['Get-InboxRule', { Mailbox: mbx }], ['Get-RoleGroup', {}], ['Get-RoleGroupMember', { Identity: 'Organization Management' }],
      ['Get-ManagementRoleAssignment', {}], ['Get-MessageTraceV2', {}], ['Get-EXOMailbox', { PropertySets: ['All'], ResultSize: 5 }],
    ];
    for (const [cmdlet, params] of calls) {
      const r = await invoke(token, 'contoso.onmicrosoft.com', cmdlet, params);
      expect({ cmdlet, status: r.status, error: r.status === 200 ? undefined : r.body['error'] }).toEqual({ cmdlet, status: 200, error: undefined });
    }
    const groups = await invoke(token, 'contoso.onmicrosoft.com', 'Get-UnifiedGroup', {});
    const g = groups.body.value[0];
    if (g) {
      const links = await invoke(token, 'contoso.onmicrosoft.com', 'Get-UnifiedGroupLinks', { Identity: g['Name'], LinkType: 'Members' });
      expect(links.status).toBe(200);
    }
  });
});
