// Who may call what: token, tenant (own or partner-managed), role group, app role.
import { describe, expect, it } from 'vitest';
import { createFakeStore } from './fake-store.js';
import { CONTOSO, errorParts, FABRIKAM, invoke, TAILSPIN, useHarness } from './harness.js';

const store = createFakeStore({ mailboxes: { contoso: 30, fabrikam: 10, tailspin: 5 } });
const h = useHarness(store);

describe('the bearer token', () => {
  it('is refused with 401 and the verifier\'s WWW-Authenticate when missing or bad', async () => {
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer forged' }, { Authorization: 'Basic YTpi' }]) {
      const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/InvokeCommand`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: {} } }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="", error="invalid_token"');
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('Unauthorized');
      expect(JSON.stringify(body)).not.toContain('forged');
    }
  });
});

describe('role groups', () => {
  it('View-Only Organization Management can run Get-* but not Set-*', async () => {
    expect((await invoke(h, 'contoso-helpdesk', 'Get-Mailbox', { Identity: 'user1' })).status).toBe(200);
    const r = await invoke(h, 'contoso-helpdesk', 'Set-Mailbox', { Identity: 'user1', DisplayName: 'x' });
    expect(r.status).toBe(403);
    expect(r.headers.get('x-exceptiontype')).toBe('CommandNotFoundException');
    expect(errorParts(r.body).text).toMatch(/^The term 'Set-Mailbox' is not recognized as a name of a cmdlet/);
    expect(store.byKey('contoso').list('Mailbox').find((m) => m['Alias'] === 'user1')!['DisplayName']).not.toBe('x');
  });

  it('Organization Management can run everything', async () => {
    expect((await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user2', CustomAttribute1: 'ok' })).status).toBe(200);
  });

  it('an app-only token needs Exchange.ManageAsApp', async () => {
    expect((await invoke(h, 'contoso-app', 'Get-Mailbox', { Identity: 'user1' })).status).toBe(200);
    const r = await invoke(h, 'contoso-app-norole', 'Get-Mailbox', { Identity: 'user1' });
    expect(r.status).toBe(401);
    expect((r.body['error'] as { code: string }).code).toBe('Unauthorized');
    expect(errorParts(r.body).text).toBe('User is not allowed to call Get-Mailbox');
  });
});

describe('tenants', () => {
  it('a partner admin (contoso) may manage fabrikam (-DelegatedOrganization)', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', { Identity: 'user1' }, { tenant: FABRIKAM!.initialDomain });
    expect(r.status).toBe(200);
    expect(r.body.value![0]!['PrimarySmtpAddress']).toBe('user1@fabrikam.com');
    expect((await invoke(h, 'contoso-admin', 'Set-Mailbox', { Identity: 'user1', CustomAttribute1: 'partner' }, { tenant: FABRIKAM!.id })).status).toBe(200);
  });

  it('but not tailspin, which it does not manage', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', {}, { tenant: TAILSPIN!.id });
    expect(r.status).toBe(403);
    expect(errorParts(r.body).cls).toBe('Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException');
  });

  it('and fabrikam\'s own admin cannot reach contoso', async () => {
    expect((await invoke(h, 'fabrikam-admin', 'Get-Mailbox', {}, { tenant: 'contoso.com' })).status).toBe(403);
  });

  it('an unknown tenant is not found', async () => {
    const r = await invoke(h, 'contoso-admin', 'Get-Mailbox', {}, { tenant: 'nowhere.example' });
    expect(r.status).toBe(404);
  });
});

describe('cmdlet discovery', () => {
  async function moduleFile(token: string, commandName = '*') {
    const res = await fetch(`${h.url}/adminapi/v1.0/${CONTOSO!.initialDomain}/EXOModuleFile?Version=3.7.1`, {
      headers: { Authorization: `Bearer ${token}`, CommandName: commandName },
    });
    return { status: res.status, body: (await res.json()) as { value: { exportedCmdlets: string; cmdletMetadata: { name: string; parameters: { name: string }[] }[]; exoPropertySets: Record<string, unknown> }[] } };
  }

  it('lists the cmdlets the caller may run, with their parameter metadata', async () => {
    const admin = await moduleFile('contoso-admin');
    expect(admin.status).toBe(200);
    const exported = admin.body.value[0]!.exportedCmdlets.split(',');
    expect(exported).toContain('Set-Mailbox');
    expect(exported).toContain('Get-EXOMailbox');
    const meta = admin.body.value[0]!.cmdletMetadata;
    expect(meta.map((c) => c.name)).toEqual(exported);
    expect(meta.find((c) => c.name === 'Get-Mailbox')!.parameters.map((p) => p.name)).toContain('RecipientTypeDetails');
    expect(admin.body.value[0]!.exoPropertySets).toHaveProperty('Get-EXOMailbox');
  });

  it('gives View-Only callers Get-* only', async () => {
    const helpdesk = await moduleFile('contoso-helpdesk');
    const exported = helpdesk.body.value[0]!.exportedCmdlets.split(',');
    expect(exported.length).toBeGreaterThan(10);
    expect(exported.every((n) => n.startsWith('Get-'))).toBe(true);
  });

  it('narrows to the CommandName header', async () => {
    const some = await moduleFile('contoso-admin', 'Get-Mailbox,Set-*');
    expect(some.body.value[0]!.exportedCmdlets.split(',').sort()).toEqual(
      ['Get-Mailbox', 'Set-CASMailbox', 'Set-DistributionGroup', 'Set-Mailbox', 'Set-MailboxAutoReplyConfiguration', 'Set-MailboxFolderPermission', 'Set-TransportRule'].sort(),
    );
  });

  it('serves the banner', async () => {
    const res = await fetch(`${h.url}/adminapi/beta/${CONTOSO!.id}/EXOBanner('AutogenSession')?Version=3.7.1`, { headers: { Authorization: 'Bearer contoso-admin' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { value: string }).value).toContain('Contoso');
  });
});
